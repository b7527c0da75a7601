package io.pactcontainers.junit5.subjects;

import io.pactcontainers.junit5.PactProviderTest;
import io.pactcontainers.junit5.PactVerification;
import io.pactcontainers.junit5.ProviderContainer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/** The Grill Chef against a pact it breaks (a waiting time of 12 expected, 10 answered). */
@PactProviderTest(
    provider = "grill-chef",
    pacts = "src/test/resources/broken-pacts",
    stateChangeUrl = "/_pact/state",
    outputDirectory = "target/pact-subjects/broken")
public class BrokenGrillChefPactTest {
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
