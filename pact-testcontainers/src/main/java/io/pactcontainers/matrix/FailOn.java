package io.pactcontainers.matrix;

import java.util.Locale;

/** Which cells fail the run. */
public enum FailOn {
  /** Any cell that failed or errored. */
  ANY,
  /** Only the cells of the newest image (the first row): older images may break what they break. */
  NEWEST,
  /** None: the matrix is a report. */
  NEVER;

  /**
   * Reads a policy as a POM or a command line spells it.
   *
   * @param s "any", "newest" or "never", in any case
   * @return the policy
   * @throws IllegalArgumentException naming the valid values, for anything else
   */
  public static FailOn parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown value \"" + s + "\"; valid: any, newest, never");
    }
  }
}
