package io.pactcontainers.provider;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testcontainers.containers.GenericContainer;

/**
 * Why a container did not start, said once for every container: the library's own (provider and
 * sidecars) and those a front end starts ({@link ForeignContainers}). The user needs the exit code
 * and the last lines of the log, not Testcontainers' predicate over a page of Docker inspection.
 */
final class StartFailures {
  /**
   * An exit code in what was thrown: Testcontainers' own check (a page of Docker inspection), or
   * our readiness wait's "the container exited with code N while waiting", which is all there is
   * when the container is gone before it can be inspected.
   */
  private static final Pattern EXITED =
      Pattern.compile("running=false.*?exitCode=(-?\\d+)|the container exited with code (-?\\d+)");

  private StartFailures() {}

  /**
   * The one wording: "Could not start WHAT: REASON", the log's last lines, what to check.
   *
   * @param what the container as the user knows it
   * @param reason why, from {@link #reason} or {@link #whyNotStarted}
   * @param logTail the log's last lines as they are to be shown, "" for none
   * @param logName where the log is, " (FILE)", or "" when it is not in a file of ours
   * @param check what to check, in the front end's words
   * @return the message
   */
  static String message(String what, String reason, String logTail, String logName, String check) {
    return "Could not start "
        + what
        + ": "
        + reason
        + (logTail.isBlank() ? "" : "\nLast lines of its log" + logName + ":\n" + logTail)
        + "\nCheck "
        + check;
  }

  /**
   * Why one of the library's containers did not start: first whether it exited (and with which
   * code), asking the engine, then what the exception says.
   *
   * @param container the container that failed
   * @param e what Testcontainers threw
   * @return the reason, in words
   */
  static String whyNotStarted(GenericContainer<?> container, RuntimeException e) {
    try {
      var state =
          EngineCheck.client().inspectContainerCmd(container.getContainerId()).exec().getState();
      if (!Boolean.TRUE.equals(state.getRunning()) && state.getExitCodeLong() != null) {
        return "it exited with code "
            + state.getExitCodeLong()
            + " during start-up"
            + (Boolean.TRUE.equals(state.getOOMKilled()) ? " (killed: out of memory)" : "");
      }
    } catch (RuntimeException notInspectable) {
      // gone already: fall back to what the exception says
    }
    return reason(OptionalLong.empty(), e);
  }

  /**
   * Why a container did not start, in words: the exit code where it is known or Testcontainers' own
   * check put it into its message (a page of Docker inspection), else the root cause, cut.
   *
   * @param exitCode the exit code, when known
   * @param cause what was thrown, null when the container only did not become ready
   * @return the reason
   */
  static String reason(OptionalLong exitCode, Throwable cause) {
    String root = cause == null ? "it did not become ready" : rootMessage(cause);
    Matcher inspected = EXITED.matcher(root);
    OptionalLong code =
        exitCode.isPresent() || !inspected.find()
            ? exitCode
            : OptionalLong.of(
                Long.parseLong(
                    inspected.group(1) != null ? inspected.group(1) : inspected.group(2)));
    if (code.isPresent()) {
      return "it exited with code " + code.getAsLong() + " during start-up";
    }
    return root.length() > 300 ? root.substring(0, 300) + "..." : root;
  }

  /**
   * The innermost message of a chain of causes, on one line.
   *
   * @param t what was thrown
   * @return its root cause's message, or the class's simple name when there is none
   */
  static String rootMessage(Throwable t) {
    Throwable c = t;
    String msg = t.getMessage();
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
      if (c.getMessage() != null) {
        msg = c.getMessage();
      }
    }
    // On one line: Docker's error texts end in a newline, which split the build error in two.
    return msg == null ? t.getClass().getSimpleName() : msg.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
