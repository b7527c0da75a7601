package io.pactcontainers.verify;

import io.pactcontainers.PactContainersException;

/** The command that gives a header's value failed; nothing was sent. */
public final class HeaderCommandException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  /** The header whose value the command was to give. */
  private final String header;

  /** What went wrong ("exited with status 2"). */
  private final String problem;

  /** The end of the command's standard error; empty when it wrote none. */
  private final String stderrTail;

  static HeaderCommandException of(
      String header, String command, String problem, String stderrTail) {
    return new HeaderCommandException(
        message(header, command, problem, stderrTail), header, problem, stderrTail);
  }

  private HeaderCommandException(String message, String header, String problem, String stderrTail) {
    super(message);
    this.header = header;
    this.problem = problem;
    this.stderrTail = stderrTail;
  }

  /** The same failure with these values masked in everything it says. */
  HeaderCommandException masked(io.pactcontainers.Secrets secrets) {
    if (secrets.isEmpty()) {
      return this;
    }
    return new HeaderCommandException(
        secrets.mask(getMessage()), header, secrets.mask(problem), secrets.mask(stderrTail));
  }

  private static String message(String header, String command, String problem, String stderrTail) {
    return "The command for header "
        + header
        + " ("
        + command
        + ") "
        + problem
        + (stderrTail.isEmpty() ? "" : "; its error output ends: " + stderrTail.replace('\n', ' '))
        + "; run it in a shell to see why, or give the value instead";
  }

  /**
   * The header the command was for.
   *
   * @return its name
   */
  public String header() {
    return header;
  }

  /**
   * What went wrong.
   *
   * @return e.g. "exited with status 2"
   */
  public String problem() {
    return problem;
  }

  /**
   * The end of what the command wrote to standard error.
   *
   * @return the text; empty when none
   */
  public String stderrTail() {
    return stderrTail;
  }
}
