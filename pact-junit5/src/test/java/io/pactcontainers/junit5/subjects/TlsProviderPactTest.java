package io.pactcontainers.junit5.subjects;

import io.pactcontainers.junit5.PactProviderTest;
import io.pactcontainers.junit5.PactProviderTest.Tls;
import io.pactcontainers.junit5.PactVerification;
import io.pactcontainers.junit5.ProviderUrl;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A provider behind https with a certificate of its own (its URL and its certificate's PEM in
 * system properties), trusted through {@code @Tls(caCertificate)}; {@link Insecure} trusts any
 * certificate, {@link Untrusted} gives no TLS settings, {@link ClientCertificateOverHttp} offers a
 * client certificate to a provider at an http address.
 */
@PactProviderTest(
    provider = "tls-provider",
    pacts = "src/test/resources/tls-pacts",
    outputDirectory = "target/pact-subjects/tls-provider",
    providerTls = @Tls(caCertificate = "${pact.junit5.tls.provider.ca}"))
public class TlsProviderPactTest {
  @ProviderUrl
  static String provider() {
    return System.getProperty("pact.junit5.tls.provider");
  }

  @TestFactory
  Stream<DynamicTest> pacts(PactVerification verification) {
    return verification.tests();
  }

  /** Any certificate trusted. */
  @PactProviderTest(
      provider = "tls-provider",
      pacts = "src/test/resources/tls-pacts",
      outputDirectory = "target/pact-subjects/tls-provider-insecure",
      providerTls = @Tls(insecure = true))
  public static class Insecure extends TlsProviderPactTest {}

  /** The JDK's trust only. */
  @PactProviderTest(
      provider = "tls-provider",
      pacts = "src/test/resources/tls-pacts",
      outputDirectory = "target/pact-subjects/tls-provider-untrusted")
  public static class Untrusted extends TlsProviderPactTest {}

  /** Its CA given by a path relative to the working directory. */
  @PactProviderTest(
      provider = "tls-provider",
      pacts = "src/test/resources/tls-pacts",
      outputDirectory = "target/pact-subjects/tls-provider-relative",
      providerTls = @Tls(caCertificate = "${pact.junit5.tls.provider.ca.relative}"))
  public static class RelativeCa extends TlsProviderPactTest {}

  /** A client certificate for a provider reached over http. */
  @PactProviderTest(
      provider = "tls-provider",
      pacts = "src/test/resources/tls-pacts",
      outputDirectory = "target/pact-subjects/tls-provider-http",
      providerTls = @Tls(clientCertificate = "${pact.junit5.tls.client}"))
  public static class ClientCertificateOverHttp {
    @ProviderUrl static String provider = "http://127.0.0.1:9";

    @TestFactory
    Stream<DynamicTest> pacts(PactVerification verification) {
      return verification.tests();
    }
  }
}
