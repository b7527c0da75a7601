package io.pactcontainers.junit5.subjects;

import io.pactcontainers.junit5.PactProviderTest;
import io.pactcontainers.junit5.PactVerification;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Message methods but no provider, and pacts with HTTP interactions: a set-up error. */
@PactProviderTest(
    provider = "grill-chef",
    pacts = "src/test/resources/mixed-pacts",
    outputDirectory = "target/pact-subjects/http-without-provider")
public class HttpWithoutProviderPactTest extends KitchenMessages {
  @TestFactory
  Stream<DynamicTest> pacts(PactVerification verification) {
    return verification.tests();
  }
}
