package io.pactcontainers.junit5.subjects;

import io.pactcontainers.junit5.PactProviderTest;
import io.pactcontainers.junit5.PactVerification;
import io.pactcontainers.junit5.ProviderContainer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * An HTTP pact verified against the Grill Chef's container and a message pact (asynchronous and
 * synchronous) whose messages the class's inherited {@code @MessageProvider} methods produce, in
 * one class: the container has no message endpoint.
 */
@PactProviderTest(
    provider = "grill-chef",
    pacts = "src/test/resources/mixed-pacts",
    stateChangeUrl = "/_pact/state",
    outputDirectory = "target/pact-subjects/mixed")
public class MixedPactTest extends KitchenMessages {
  @ProviderContainer
  static GenericContainer<?> chef =
      new GenericContainer<>("pactcontainers/example-grill-chef:latest")
          .withExposedPorts(8000)
          .waitingFor(Wait.forHttp("/health"));

  @TestFactory
  Stream<DynamicTest> pacts(PactVerification verification) {
    return verification.tests();
  }
}
