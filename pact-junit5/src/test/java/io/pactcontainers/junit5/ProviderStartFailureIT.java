package io.pactcontainers.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.junit5.subjects.ExitingProviderPactTest;
import io.pactcontainers.provider.ProviderStartException;
import org.junit.jupiter.api.Test;

/**
 * A container that exits during start-up fails the class at once, in one line with its exit code
 * and its last lines, as the plugin says it: not after its HTTP wait's minute, not in
 * Testcontainers' cause chain.
 */
class ProviderStartFailureIT {

  private static Throwable classFailure(Class<?> subject) {
    return ClassFailures.of(subject);
  }

  @Test
  void aContainerThatExitsAtStartFailsTheClassInOneLineWithItsExitCodeAndLog() {
    long t0 = System.nanoTime();
    Throwable t = classFailure(ExitingProviderPactTest.class);
    long seconds = (System.nanoTime() - t0) / 1_000_000_000;
    assertThat(t)
        .isInstanceOf(ProviderStartException.class)
        .hasNoCause()
        .hasMessage(
            "Could not start the @ProviderContainer ExitingProviderPactTest.provider"
                + " (pactcontainers/python:bookworm): it exited with code 3 during start-up\n"
                + "Last lines of its log:\n"
                + "reading config\n"
                + "DB_URL is not set\n"
                + "Check the image, its command and the container's waitingFor and"
                + " withStartupTimeout");
    assertThat(t.getStackTrace()).isEmpty();
    assertThat(seconds).isLessThan(15);
  }

  @Test
  void aContainerThatExitsAtOnceIsSaidWithItsExitCodeToo() {
    assertThat(classFailure(ExitingProviderPactTest.AtOnce.class))
        .isInstanceOf(ProviderStartException.class)
        .hasMessageStartingWith(
            "Could not start the @ProviderContainer AtOnce.atOnce"
                + " (pactcontainers/python:bookworm): it exited with code 4 during start-up\n")
        .hasMessageEndingWith(
            "\nCheck the image, its command and the container's waitingFor and withStartupTimeout");
  }
}
