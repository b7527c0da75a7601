package com.example.grillchef;

import io.pactcontainers.junit5.PactProviderTest;
import io.pactcontainers.junit5.PactVerification;
import io.pactcontainers.junit5.ProviderContainer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * The same pacts as the plugin's verify goal, each interaction a test of its own; its reports go to
 * target/pact-junit5/reports, the plugin's to target/pact/reports.
 */
@PactProviderTest(
    provider = "grill-chef",
    pacts = "../grill-chef/pacts",
    stateChangeUrl = "/_pact/state")
class GrillChefPactTest {
  @ProviderContainer
  static GenericContainer<?> chef =
      new GenericContainer<>("pactcontainers/example-grill-chef:latest")
          .withExposedPorts(8000)
          .waitingFor(Wait.forHttp("/health"));

  // Surefire's phrased test names put the factory's display name before each interaction's:
  // "Pact sous-chef: an order ..." instead of "pacts(PactVerification) sous-chef: an order ...".
  @DisplayName("Pact")
  @TestFactory
  Stream<DynamicTest> pacts(PactVerification verification) {
    return verification.tests();
  }
}
