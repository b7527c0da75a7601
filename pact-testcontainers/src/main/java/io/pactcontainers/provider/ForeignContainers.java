package io.pactcontainers.provider;

import static java.util.Objects.requireNonNull;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For containers a front end starts that the library did not define: a test class's own
 * Testcontainers container, which the JUnit 5 extension starts. They get what the library's own
 * containers get: Testcontainers' Ryuk image looked for before the first start (an air-gapped
 * machine goes on with one WARN line instead of minutes of pulls), and a start failure said in one
 * line with the exit code and the log tail, in the words the plugin uses.
 */
public final class ForeignContainers {
  private static final Pattern EXITED = Pattern.compile("running=false.*?exitCode=(-?\\d+)");

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
    String reason = reason(exitCode, cause);
    return new ProviderStartException(
        "Could not start "
            + what
            + ": "
            + reason
            + (logTail.isBlank() ? "" : "\nLast lines of its log:\n" + logTail.stripTrailing())
            + "\nCheck "
            + check);
  }

  /**
   * Why a container did not start, in words: the exit code where it is known or Testcontainers' own
   * check put it into its message (a page of Docker inspection), else the root cause, cut.
   */
  static String reason(OptionalLong exitCode, Throwable cause) {
    String root = cause == null ? "it did not become ready" : ContainerRuntime.rootMessage(cause);
    Matcher inspected = EXITED.matcher(root);
    OptionalLong code =
        exitCode.isPresent() || !inspected.find()
            ? exitCode
            : OptionalLong.of(Long.parseLong(inspected.group(1)));
    if (code.isPresent()) {
      return "it exited with code " + code.getAsLong() + " during start-up";
    }
    return root.length() > 300 ? root.substring(0, 300) + "..." : root;
  }
}
