package io.pactcontainers.matrix;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A matrix's outcome: rows (images, newest first), columns (one per pact: a consumer version) and a
 * cell for each pair.
 *
 * @param provider the provider's name
 * @param images the rows, newest first
 * @param columns the columns, one per pact
 * @param cells one per image and column
 * @param durationMillis how long the whole matrix took
 * @param interrupted "interrupted after 4 of 6 cells" when Ctrl-C or SIGTERM stopped the run: the
 *     matrix is partial, the cells not verified are missing
 * @param created when each image was created (seconds since the epoch), where the engine said: what
 *     orders the rows of merged slices as one run orders them
 */
public record MatrixResult(
    String provider,
    List<String> images,
    List<Column> columns,
    List<Cell> cells,
    long durationMillis,
    Optional<String> interrupted,
    Map<String, Long> created) {
  /**
   * Checks the components.
   *
   * @param provider the provider's name
   * @param images the rows, newest first
   * @param columns the columns, one per pact
   * @param cells one per image and column
   * @param durationMillis how long the whole matrix took
   * @param interrupted how far an interrupted run got; empty for a whole run
   * @param created when each image was created, where known
   */
  public MatrixResult {
    requireNonNull(provider, "provider");
    images = List.copyOf(images);
    columns = List.copyOf(columns);
    cells = List.copyOf(cells);
    requireNonNull(interrupted, "interrupted");
    created = Map.copyOf(created);
  }

  /**
   * A whole run's matrix, without the images' creation times.
   *
   * @param provider the provider's name
   * @param images the rows, newest first
   * @param columns the columns, one per pact
   * @param cells one per image and column
   * @param durationMillis how long the whole matrix took
   */
  public MatrixResult(
      String provider,
      List<String> images,
      List<Column> columns,
      List<Cell> cells,
      long durationMillis) {
    this(provider, images, columns, cells, durationMillis, Optional.empty(), Map.of());
  }

  /**
   * A pact: its consumer and which version of the consumer it came from (or the file's name).
   *
   * @param id the column's key ({@code sous-chef@1.0.0})
   * @param consumer the consumer's name
   * @param version the consumer version the pact came from, or the pact file's name
   * @param location where the pact was read from
   */
  public record Column(String id, String consumer, String version, String location) {
    /**
     * Checks the components.
     *
     * @param id the column's key ({@code sous-chef@1.0.0})
     * @param consumer the consumer's name
     * @param version the consumer version the pact came from, or the pact file's name
     * @param location where the pact was read from
     */
    public Column {
      requireNonNull(id, "id");
      requireNonNull(consumer, "consumer");
      requireNonNull(version, "version");
      requireNonNull(location, "location");
    }

    /**
     * The column's heading.
     *
     * @return "sous-chef 1.0.0"
     */
    public String label() {
      return version.isEmpty() ? consumer : consumer + " " + version;
    }
  }

  /** What a cell can come to. */
  public enum Outcome {
    /** Every interaction that counts passed. */
    PASSED,
    /** The image broke the pact. */
    FAILED,
    /** Only pending interactions failed: reported, never failing. */
    PENDING,
    /** The cell could not be judged (the image did not start, say). */
    ERROR;

    /**
     * The outcome as the files spell it.
     *
     * @return "passed", "failed", "pending" or "error"
     */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One image verified against one pact.
   *
   * @param image the row's image
   * @param column the column's id
   * @param outcome passed, failed, pending or error
   * @param report the cell's HTML report, relative to the matrix's folder; empty when none was
   *     written
   * @param detail "3 passed, 1 failed" or the error
   * @param durationMillis how long the cell's verification took
   * @param previously the outcome in the previous matrix, when it was different
   * @param tally what the cell counted: passed of verified, what did not pass, what was left out
   */
  public record Cell(
      String image,
      String column,
      Outcome outcome,
      String detail,
      Optional<String> report,
      long durationMillis,
      Optional<Outcome> previously,
      Tally tally) {
    /**
     * Checks the components.
     *
     * @param image the row's image
     * @param column the column's id
     * @param outcome passed, failed, pending or error
     * @param report the cell's HTML report, relative to the matrix's folder; empty when none was
     *     written
     * @param detail "3 passed, 1 failed" or the error
     * @param durationMillis how long the cell's verification took
     * @param previously the outcome in the previous matrix, when it was different
     * @param tally what the cell counted
     */
    public Cell {
      requireNonNull(image, "image");
      requireNonNull(column, "column");
      requireNonNull(outcome, "outcome");
      requireNonNull(detail, "detail");
      requireNonNull(report, "report");
      requireNonNull(previously, "previously");
      requireNonNull(tally, "tally");
    }

    /**
     * A cell without its counts (an older {@code matrix.json}, or a cell whose row did not start).
     *
     * @param image the image (row)
     * @param column the column's id
     * @param outcome the cell's outcome
     * @param detail its counts or error, in words
     * @param report its HTML report, relative to the matrix's folder
     * @param durationMillis how long its interactions took
     * @param previously its outcome in the previous matrix, when it differed
     */
    public Cell(
        String image,
        String column,
        Outcome outcome,
        String detail,
        Optional<String> report,
        long durationMillis,
        Optional<Outcome> previously) {
      this(image, column, outcome, detail, report, durationMillis, previously, Tally.NONE);
    }

    /**
     * Whether the cell verified only part of its pact (a filter left interactions out).
     *
     * @return true when partial
     */
    public boolean partial() {
      return !tally.leftOut().isEmpty();
    }

    /**
     * Whether the previous matrix had another outcome here.
     *
     * @return true when {@code previously} is present
     */
    public boolean changed() {
      return previously.isPresent();
    }

    Cell comparedWith(Optional<Outcome> before) {
      return new Cell(
          image,
          column,
          outcome,
          detail,
          report,
          durationMillis,
          before.filter(b -> b != outcome),
          tally);
    }
  }

  /**
   * What a cell counted: the page shows "n/m passed" without hovering, names the failing
   * interactions, and marks a partial cell.
   *
   * @param passed interactions that passed
   * @param verified interactions verified
   * @param failing those that failed or errored, in pact order
   * @param leftOut what filters left out ("2 of 5 interactions left out by ..."); empty when none
   */
  public record Tally(int passed, int verified, List<Failing> failing, String leftOut) {
    /** Nothing counted. */
    public static final Tally NONE = new Tally(0, 0, List.of(), "");

    /**
     * Checks the components.
     *
     * @param passed interactions that passed
     * @param verified interactions verified
     * @param failing those that failed or errored, in pact order
     * @param leftOut what filters left out; empty when none
     */
    public Tally {
      failing = List.copyOf(failing);
      requireNonNull(leftOut, "leftOut");
    }

    /**
     * The interactions that did not pass, named as a cell's line names them.
     *
     * @param max how many to name at most; the rest are counted
     * @return {@code #1 "an order" given "a steak exists" (failed); ... and 3 more}
     */
    public String failingLabels(int max) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < failing.size() && i < max; i++) {
        sb.append(i == 0 ? "" : "; ").append(failing.get(i).label());
      }
      return failing.size() > max
          ? sb.append(" and ").append(failing.size() - max).append(" more").toString()
          : sb.toString();
    }
  }

  /**
   * An interaction of a cell that did not pass: which one, given which states (a fresh container
   * replays it with them), and how it ended.
   *
   * @param index its position in the pact, from 0 (the {@code #n} of its label); -1 when a matrix
   *     file written before gave its label only
   * @param description the consumer's description of it
   * @param states its provider states' names, in order
   * @param outcome "failed" or "errored"
   */
  public record Failing(int index, String description, List<String> states, String outcome) {
    /**
     * Checks the components.
     *
     * @param index its position in the pact, from 0; -1 when not known
     * @param description the consumer's description of it
     * @param states its provider states' names, in order
     * @param outcome "failed" or "errored"
     */
    public Failing {
      requireNonNull(description, "description");
      states = List.copyOf(states);
      requireNonNull(outcome, "outcome");
    }

    /**
     * How the page, the Markdown and the console name it.
     *
     * @return {@code #1 "an order" given "a steak exists" (failed)}
     */
    public String label() {
      StringBuilder sb = new StringBuilder();
      if (index >= 0) {
        sb.append('#').append(index).append(" \"").append(description).append('"');
      } else {
        sb.append(description);
      }
      for (int i = 0; i < states.size(); i++) {
        sb.append(i == 0 ? " given \"" : " and \"").append(states.get(i)).append('"');
      }
      return outcome.isEmpty()
          ? sb.toString()
          : sb.append(" (").append(outcome).append(')').toString();
    }
  }

  /**
   * The cell of an image and a column.
   *
   * @param image the row's image
   * @param column the column's id
   * @return the cell, when there is one
   */
  public Optional<Cell> cell(String image, String column) {
    return cells.stream()
        .filter(c -> c.image().equals(image) && c.column().equals(column))
        .findFirst();
  }

  /**
   * The cells that fail the run under {@code policy}.
   *
   * @param policy which broken cells count
   * @return the failed and errored cells that count
   */
  public List<Cell> failing(FailOn policy) {
    return cells.stream()
        .filter(c -> c.outcome() == Outcome.FAILED || c.outcome() == Outcome.ERROR)
        .filter(
            c -> policy == FailOn.ANY || policy == FailOn.NEWEST && c.image().equals(images.get(0)))
        .toList();
  }
}
