package io.pactcontainers.junit5.subjects;

import io.pactcontainers.junit5.PactProviderTest;
import io.pactcontainers.junit5.PactVerification;
import io.pactcontainers.junit5.ProviderContainer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/** The settings and the container on the outer class, the test factory in a {@code @Nested} one. */
@PactProviderTest(
    provider = "grill-chef",
    pacts = "src/test/resources/grill-chef-pacts",
    stateChangeUrl = "/_pact/state",
    outputDirectory = "target/pact-subjects/nested")
public class NestedGrillChefPactTest {
  @ProviderContainer
  public static GenericContainer<?> chef =
      new GenericContainer<>("pactcontainers/example-grill-chef:latest")
          .withExposedPorts(8000)
          .waitingFor(Wait.forHttp("/health"));

  @Nested
  class OnTheGrill {
    @TestFactory
    Stream<DynamicTest> pacts(PactVerification verification) {
      return verification.tests();
    }
  }
}
