package io.pactcontainers.junit5.subjects;

import io.pactcontainers.junit5.PactProviderTest;
import io.pactcontainers.junit5.PactVerification;
import io.pactcontainers.junit5.ProviderUrl;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A provider no pact in the folder names: nothing to verify, which passes only with {@code
 * allowEmpty} (pact-jvm's {@code @IgnoreNoPactsToVerify}); {@link Allowed} says so.
 */
@PactProviderTest(
    provider = "nobody",
    pacts = "src/test/resources/grill-chef-pacts",
    outputDirectory = "target/pact-subjects/nothing")
public class NothingToVerifyPactTest {
  @ProviderUrl static String provider = "http://127.0.0.1:9";

  @TestFactory
  Stream<DynamicTest> pacts(PactVerification verification) {
    return verification.tests();
  }

  /** The same, with {@code allowEmpty = true}. */
  @PactProviderTest(
      provider = "nobody",
      pacts = "src/test/resources/grill-chef-pacts",
      outputDirectory = "target/pact-subjects/nothing-allowed",
      allowEmpty = true)
  public static class Allowed extends NothingToVerifyPactTest {}
}
