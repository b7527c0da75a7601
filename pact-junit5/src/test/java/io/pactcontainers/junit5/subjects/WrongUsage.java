package io.pactcontainers.junit5.subjects;

import io.pactcontainers.junit5.PactProviderTest;
import io.pactcontainers.junit5.PactVerification;
import io.pactcontainers.junit5.PactVerificationExtension;
import io.pactcontainers.junit5.ProviderContainer;
import io.pactcontainers.junit5.ProviderUrl;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.containers.GenericContainer;

/** Classes that declare their provider wrongly; none gets as far as Docker. */
public final class WrongUsage {
  private WrongUsage() {}

  /** The container on an instance field: a container per test instance is not what runs. */
  @PactProviderTest(provider = "grill-chef")
  public static class InstanceContainer {
    @ProviderContainer
    GenericContainer<?> chef = new GenericContainer<>("pactcontainers/example-grill-chef:latest");

    @TestFactory
    Stream<DynamicTest> pacts(PactVerification verification) {
      return verification.tests();
    }
  }

  /** A container and a URL: which is the provider? */
  @PactProviderTest(provider = "grill-chef")
  public static class TwoProviders {
    @ProviderContainer
    static GenericContainer<?> chef =
        new GenericContainer<>("pactcontainers/example-grill-chef:latest");

    @ProviderUrl static String url = "http://localhost:8000";

    @TestFactory
    Stream<DynamicTest> pacts(PactVerification verification) {
      return verification.tests();
    }
  }

  /** A header with both a value and a command, whose reports folder holds an earlier run's. */
  @PactProviderTest(
      provider = "grill-chef",
      outputDirectory = "target/pact-junit5-stale",
      headers = @PactProviderTest.Header(name = "Authorization", value = "x", command = "echo y"))
  public static class BadHeaderAfterAnEarlierRun {
    @ProviderUrl static String url = "http://localhost:8000";

    @TestFactory
    Stream<DynamicTest> pacts(PactVerification verification) {
      return verification.tests();
    }
  }

  /** The extension without the annotation that says what to verify. */
  @ExtendWith(PactVerificationExtension.class)
  public static class NoAnnotation {
    @TestFactory
    Stream<DynamicTest> pacts(PactVerification verification) {
      return verification.tests();
    }
  }

  /** A container without a port to send the requests to. */
  @PactProviderTest(provider = "grill-chef")
  public static class NoPort {
    @ProviderContainer
    static GenericContainer<?> chef =
        new GenericContainer<>("pactcontainers/example-grill-chef:latest");

    @TestFactory
    Stream<DynamicTest> pacts(PactVerification verification) {
      return verification.tests();
    }
  }
}
