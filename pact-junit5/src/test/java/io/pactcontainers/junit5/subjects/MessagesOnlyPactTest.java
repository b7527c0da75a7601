package io.pactcontainers.junit5.subjects;

import io.pactcontainers.junit5.PactProviderTest;
import io.pactcontainers.junit5.PactVerification;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Message pacts only, produced by the class's methods: no provider container, no URL. */
@PactProviderTest(
    provider = "grill-chef",
    pacts = "src/test/resources/message-pacts",
    outputDirectory = "target/pact-subjects/messages-only")
public class MessagesOnlyPactTest extends KitchenMessages {
  @TestFactory
  Stream<DynamicTest> pacts(PactVerification verification) {
    return verification.tests();
  }
}
