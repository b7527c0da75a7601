package io.pactcontainers.junit5.subjects;

import io.pactcontainers.junit5.PactProviderTest;
import io.pactcontainers.junit5.PactProviderTest.Broker;
import io.pactcontainers.junit5.PactVerification;
import io.pactcontainers.junit5.ProviderUrl;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A Broker behind HTTPS signed by a private CA (its URL and the CA's PEM in system properties),
 * trusted through {@code @Broker(caCertificate)}; it has no pact for this provider, which {@code
 * allowEmpty} lets pass. {@link Untrusted} leaves the CA out.
 */
@PactProviderTest(
    provider = "grill",
    pacts = "no-such-folder",
    brokerUrl = "${pact.junit5.tls.broker}",
    allowEmpty = true,
    outputDirectory = "target/pact-subjects/tls-broker",
    broker = @Broker(caCertificate = "${pact.junit5.tls.ca}", retries = 0))
public class TlsBrokerPactTest {
  @ProviderUrl static String provider = "http://127.0.0.1:9";

  @TestFactory
  Stream<DynamicTest> pacts(PactVerification verification) {
    return verification.tests();
  }

  /** The same Broker without its CA. */
  @PactProviderTest(
      provider = "grill",
      pacts = "no-such-folder",
      brokerUrl = "${pact.junit5.tls.broker}",
      allowEmpty = true,
      outputDirectory = "target/pact-subjects/tls-broker-untrusted",
      broker = @Broker(retries = 0))
  public static class Untrusted extends TlsBrokerPactTest {}
}
