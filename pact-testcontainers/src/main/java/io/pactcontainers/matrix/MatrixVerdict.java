package io.pactcontainers.matrix;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A matrix's verdict for every front end: the lines that show it (its page, the grid, the cells
 * that changed since the previous matrix) and one outcome with its one message: passed, failed
 * under the policy, or not completed (interrupted, or its page not written), never hiding the
 * verdict behind a page that could not be written.
 *
 * @param kind passed, failed, or not completed
 * @param message the one message for a failure or an error; empty for a pass
 * @param lines what to show before it, in order
 */
public record MatrixVerdict(Kind kind, String message, List<Line> lines) {

  /** The outcomes a front end maps onto its own. */
  public enum Kind {
    /** No cell fails under the policy, and the page is written. */
    PASSED,
    /** Cells fail under the policy: a broken contract. */
    FAILED,
    /** Interrupted, or passed but its page could not be written: an error. */
    NOT_COMPLETED
  }

  /** How a line is shown. */
  public enum Level {
    /** Information. */
    INFO,
    /** A change worth a look. */
    WARN,
    /** Something not done. */
    ERROR
  }

  /**
   * A line to show.
   *
   * @param level how to show it
   * @param text the line
   */
  public record Line(Level level, String text) {
    /**
     * Checks the components.
     *
     * @param level how to show it
     * @param text the line
     */
    public Line {
      requireNonNull(level, "level");
      requireNonNull(text, "text");
    }
  }

  /**
   * Checks the components.
   *
   * @param kind passed, failed, or not completed
   * @param message the one message
   * @param lines what to show before it
   */
  public MatrixVerdict {
    requireNonNull(kind, "kind");
    requireNonNull(message, "message");
    lines = List.copyOf(lines);
  }

  /**
   * The verdict of a matrix run or merge.
   *
   * @param result the matrix
   * @param written its files, as {@link MatrixFiles#write} left them
   * @param policy which cells fail the run
   * @param failOnName the policy's setting as the front end names it ({@code <failOn>})
   * @return the verdict
   */
  public static MatrixVerdict of(
      MatrixResult result, MatrixFiles.Written written, FailOn policy, String failOnName) {
    List<Line> lines = new ArrayList<>();
    Path page = written.page();
    if (written.complete()) {
      lines.add(new Line(Level.INFO, "Matrix: " + page.toUri() + " (and matrix.json, matrix.md)"));
    } else {
      lines.add(new Line(Level.ERROR, "Could not write " + written.problem()));
    }
    MatrixFiles.markdownLines(result).forEach(l -> lines.add(new Line(Level.INFO, l)));
    lines.addAll(changed(result));
    String also = written.complete() ? "" : "; also, " + written.problem();
    if (result.interrupted().isPresent()) {
      return new MatrixVerdict(
          Kind.NOT_COMPLETED,
          "Pact matrix "
              + result.interrupted().get()
              + " (Ctrl-C or SIGTERM): the matrix is partial, see "
              + page
              + also,
          lines);
    }
    String rule = failOnName + " " + policy.name().toLowerCase(Locale.ROOT);
    List<MatrixResult.Cell> failing = result.failing(policy);
    if (!failing.isEmpty()) {
      return new MatrixVerdict(
          Kind.FAILED,
          "Pact matrix: "
              + failing.size()
              + " cell(s) failed or errored under "
              + rule
              + ": "
              + String.join(", ", failing.stream().map(MatrixVerdict::described).toList())
              + "; see "
              + (written.complete() ? page.toString() : "the grid above")
              + also,
          lines);
    }
    if (!written.complete()) {
      return new MatrixVerdict(
          Kind.NOT_COMPLETED,
          "Pact matrix passed under " + rule + ", but " + written.problem(),
          lines);
    }
    return new MatrixVerdict(Kind.PASSED, "", lines);
  }

  /** The cells whose outcome changed since the previous matrix, each with its before and after. */
  private static List<Line> changed(MatrixResult result) {
    List<Line> lines = new ArrayList<>();
    List<MatrixResult.Cell> changed =
        result.cells().stream().filter(MatrixResult.Cell::changed).toList();
    if (!changed.isEmpty()) {
      lines.add(
          new Line(Level.WARN, changed.size() + " cell(s) changed since the previous matrix:"));
      changed.forEach(
          c ->
              lines.add(
                  new Line(
                      Level.WARN,
                      "  "
                          + c.image()
                          + " x "
                          + c.column()
                          + ": "
                          + c.previously().get().word()
                          + " -> "
                          + c.outcome().word())));
    }
    return lines;
  }

  /**
   * The line a merge says before its verdict.
   *
   * @param slices how many slices were merged
   * @param merged the merged matrix
   * @return the line
   */
  public static String merged(int slices, MatrixResult merged) {
    return "Merged "
        + slices
        + " matrix slice(s): "
        + merged.images().size()
        + " image(s) x "
        + merged.columns().size()
        + " consumer version(s)";
  }

  /**
   * The line a run says before it starts.
   *
   * @param config the matrix
   * @return the line
   */
  public static String planned(MatrixConfig config) {
    return "Pact matrix of \""
        + config.cell().provider()
        + "\": "
        + config.images().size()
        + " image(s), "
        + config.parallelism()
        + " cell(s) at a time";
  }

  /** A failing cell as the failure names it: with the interactions that did not pass, if known. */
  private static String described(MatrixResult.Cell c) {
    String interactions = c.tally().failingLabels(3);
    return c.image()
        + " x "
        + c.column()
        + " ("
        + c.outcome().word()
        + (interactions.isEmpty() ? "" : ": " + interactions)
        + ")";
  }
}
