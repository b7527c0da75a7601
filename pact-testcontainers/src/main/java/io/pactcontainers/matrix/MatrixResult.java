package io.pactcontainers.matrix;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A matrix's outcome: rows (images, newest first), columns (one per pact: a consumer version) and a
 * cell for each pair.
 */
public record MatrixResult(
    String provider,
    List<String> images,
    List<Column> columns,
    List<Cell> cells,
    long durationMillis) {
  public MatrixResult {
    requireNonNull(provider, "provider");
    images = List.copyOf(images);
    columns = List.copyOf(columns);
    cells = List.copyOf(cells);
  }

  /** A pact: its consumer and which version of the consumer it came from (or the file's name). */
  public record Column(String id, String consumer, String version, String location) {
    public Column {
      requireNonNull(id, "id");
      requireNonNull(consumer, "consumer");
      requireNonNull(version, "version");
      requireNonNull(location, "location");
    }

    public String label() {
      return consumer + " " + version;
    }
  }

  /** What a cell can come to. */
  public enum Outcome {
    PASSED,
    FAILED,
    PENDING,
    ERROR;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One image verified against one pact.
   *
   * @param report the cell's HTML report, relative to the matrix's folder; empty when none was
   *     written
   * @param detail "3 passed, 1 failed" or the error
   * @param previously the outcome in the previous matrix, when it was different
   */
  public record Cell(
      String image,
      String column,
      Outcome outcome,
      String detail,
      Optional<String> report,
      long durationMillis,
      Optional<Outcome> previously) {
    public Cell {
      requireNonNull(image, "image");
      requireNonNull(column, "column");
      requireNonNull(outcome, "outcome");
      requireNonNull(detail, "detail");
      requireNonNull(report, "report");
      requireNonNull(previously, "previously");
    }

    public boolean changed() {
      return previously.isPresent();
    }

    Cell comparedWith(Optional<Outcome> before) {
      return new Cell(
          image, column, outcome, detail, report, durationMillis, before.filter(b -> b != outcome));
    }
  }

  public Optional<Cell> cell(String image, String column) {
    return cells.stream()
        .filter(c -> c.image().equals(image) && c.column().equals(column))
        .findFirst();
  }

  /** The cells that fail the run under {@code policy}. */
  public List<Cell> failing(FailOn policy) {
    return cells.stream()
        .filter(c -> c.outcome() == Outcome.FAILED || c.outcome() == Outcome.ERROR)
        .filter(
            c -> policy == FailOn.ANY || policy == FailOn.NEWEST && c.image().equals(images.get(0)))
        .toList();
  }
}
