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
 * A provider that says what is wrong and exits with code 3 a second after it started, while its
 * HTTP wait (a minute by default) would go on polling.
 */
@PactProviderTest(
    provider = "grill-chef",
    pacts = "src/test/resources/grill-chef-pacts",
    outputDirectory = "target/pact-subjects/exiting")
public class ExitingProviderPactTest {
  @ProviderContainer
  static GenericContainer<?> provider =
      new GenericContainer<>("pactcontainers/python:bookworm")
          .withCommand(
              "sh", "-c", "echo reading config; sleep 0.3; echo DB_URL is not set; sleep 1; exit 3")
          .withExposedPorts(8000)
          .waitingFor(Wait.forHttp("/health"));

  @TestFactory
  Stream<DynamicTest> pacts(PactVerification verification) {
    return verification.tests();
  }

  /** One that exits at once, caught by Testcontainers' start-up check before any wait. */
  @PactProviderTest(
      provider = "grill-chef",
      pacts = "src/test/resources/grill-chef-pacts",
      outputDirectory = "target/pact-subjects/exiting")
  public static class AtOnce {
    @ProviderContainer
    static GenericContainer<?> atOnce =
        new GenericContainer<>("pactcontainers/python:bookworm")
            .withCommand("sh", "-c", "exit 4")
            .withExposedPorts(8000)
            .waitingFor(Wait.forHttp("/health"));

    @TestFactory
    Stream<DynamicTest> pacts(PactVerification verification) {
      return verification.tests();
    }
  }
}
