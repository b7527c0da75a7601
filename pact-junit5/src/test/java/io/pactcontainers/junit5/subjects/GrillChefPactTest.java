package io.pactcontainers.junit5.subjects;

import io.pactcontainers.junit5.PactProviderTest;
import io.pactcontainers.junit5.PactVerification;
import io.pactcontainers.junit5.ProviderContainer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/** The Grill Chef's image, as a Testcontainers user declares it, against the Sous Chef's pacts. */
@PactProviderTest(
    provider = "grill-chef",
    pacts = "src/test/resources/grill-chef-pacts",
    stateChangeUrl = "/_pact/state",
    outputDirectory = "target/pact-subjects/grill-chef")
public class GrillChefPactTest {
  @ProviderContainer
  static GenericContainer<?> chef =
      new GenericContainer<>("pactcontainers/example-grill-chef:latest")
          .withExposedPorts(8000)
          .waitingFor(Wait.forHttp("/health"));

  /**
   * The container the class declares.
   *
   * @return it
   */
  public static GenericContainer<?> chef() {
    return chef;
  }

  @TestFactory
  Stream<DynamicTest> pacts(PactVerification verification) {
    return verification.tests();
  }
}
