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

  HeaderCommandException(String header, String command, String problem, String stderrTail) {
    super(
        "The command for header "
            + header
            + " ("
            + command
            + ") "
            + problem
            + (stderrTail.isEmpty()
                ? ""
                : "; its error output ends: " + stderrTail.replace('\n', ' '))
            + "; run it in a shell to see why, or give the value instead");
    this.header = header;
    this.problem = problem;
    this.stderrTail = stderrTail;
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
