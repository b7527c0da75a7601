package io.pactcontainers.report;

import static java.util.Objects.requireNonNull;

/**
 * A line of a body diff as the console and the HTML report show it: {@code -} expected, {@code +}
 * actual, a space for context.
 *
 * @param text the line, its prefix included
 * @param byRule whether it differs only where the pact's matching rules accepted the answer (an
 *     example value against another of its type, a comma after a key added): shown greyed, not as a
 *     difference, so that the real mismatches stand out
 */
record DiffLine(String text, boolean byRule) {
  DiffLine {
    requireNonNull(text, "text");
  }

  /** A line that is no difference or a real one, as the prefix says. */
  static DiffLine of(String text) {
    return new DiffLine(text, false);
  }
}
