package io.pactcontainers.provider;

import static java.util.Objects.requireNonNull;

import java.util.OptionalLong;

/**
 * For containers a front end starts that the library did not define: a test class's own
 * Testcontainers container, which the JUnit 5 extension starts. They get what the library's own
 * containers get: Testcontainers' Ryuk image looked for before the first start (an air-gapped
 * machine goes on with one WARN line instead of minutes of pulls), and a start failure said in one
 * line with the exit code and the log tail, in the words the plugin uses.
 */
public final class ForeignContainers {
  private ForeignContainers() {}

  /**
   * Before a front end first starts a container itself: where Testcontainers' clean-up image Ryuk
   * is neither on the engine nor pullable within a few seconds, Testcontainers goes on without it
   * (one WARN line). Once per JVM; does nothing where {@code TESTCONTAINERS_RYUK_DISABLED} is set.
   */
  public static void prepareDocker() {
    RyukFallback.ensure();
  }

  /**
   * Why a container did not start, as the library says it for its own: "Could not start WHAT: it
   * exited with code 3 during start-up", then the last lines of its log and what to check.
   *
   * @param what the container as the user knows it ("the @ProviderContainer chef (grill-chef:1.4)")
   * @param exitCode the code it exited with during start-up, when the front end knows it (else it
   *     is read from the cause's inspection, where Testcontainers put one)
   * @param cause what the container library threw, for when it did not exit
   * @param logTail the last lines of its output, "" when there were none
   * @param check what to check, in the front end's words
   * @return the failure, without a cause: its message says it all
   */
  public static ProviderStartException startFailure(
      String what, OptionalLong exitCode, Throwable cause, String logTail, String check) {
    requireNonNull(what, "what");
    requireNonNull(exitCode, "exitCode");
    requireNonNull(logTail, "logTail");
    return new ProviderStartException(
        StartFailures.message(
            what, StartFailures.reason(exitCode, cause), logTail.stripTrailing(), "", check));
  }
}
