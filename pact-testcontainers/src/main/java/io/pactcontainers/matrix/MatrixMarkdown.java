package io.pactcontainers.matrix;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code matrix.md}, and the grid the build prints: one row per image, one column per consumer
 * version, each cell its outcome and counts; below it, what did not pass and what a partial run
 * left out.
 */
final class MatrixMarkdown {
  private MatrixMarkdown() {}

  /**
   * The Markdown page.
   *
   * @param m the matrix
   * @return {@code matrix.md}'s text
   */
  static String markdown(MatrixResult m) {
    StringBuilder sb = new StringBuilder("# Pact matrix: ").append(m.provider()).append("\n\n");
    m.interrupted()
        .ifPresent(
            i ->
                sb.append("**Partial matrix: ")
                    .append(i)
                    .append(" (Ctrl-C or SIGTERM); the cells not verified are empty.**\n\n"));
    sb.append("| image |");
    m.columns().forEach(c -> sb.append(' ').append(c.label().replace("|", "\\|")).append(" |"));
    sb.append("\n|---|");
    m.columns().forEach(c -> sb.append("---|"));
    sb.append('\n');
    for (String image : m.images()) {
      sb.append("| ").append(image).append(" |");
      for (MatrixResult.Column c : m.columns()) {
        sb.append(' ')
            .append(
                m.cell(image, c.id())
                    .map(
                        cell ->
                            cell.outcome().word()
                                + counts(cell)
                                + (cell.partial() ? " (partial)" : "")
                                + cell.previously().map(p -> " (was " + p.word() + ")").orElse(""))
                    .orElse(""))
            .append(" |");
      }
      sb.append('\n');
    }
    List<MatrixResult.Cell> explained =
        m.cells().stream().filter(c -> !c.tally().failing().isEmpty() || c.partial()).toList();
    if (!explained.isEmpty()) {
      sb.append('\n');
      for (MatrixResult.Cell c : explained) {
        sb.append("- ").append(c.image()).append(" x ").append(label(m, c.column())).append(": ");
        List<String> parts = new ArrayList<>();
        if (!c.tally().failing().isEmpty()) {
          parts.add("did not pass " + c.tally().failingLabels(Integer.MAX_VALUE));
        }
        if (c.partial()) {
          parts.add("partial, " + c.tally().leftOut());
        }
        sb.append(String.join("; ", parts).replace("|", "\\|")).append('\n');
      }
    }
    return sb.toString();
  }

  private static String label(MatrixResult m, String columnId) {
    return m.columns().stream()
        .filter(c -> c.id().equals(columnId))
        .findFirst()
        .map(MatrixResult.Column::label)
        .orElse(columnId);
  }

  /** " 1/2" (passed of verified); empty for a cell that counted nothing (its row did not start). */
  private static String counts(MatrixResult.Cell cell) {
    return cell.tally().verified() == 0
        ? ""
        : " " + cell.tally().passed() + "/" + cell.tally().verified();
  }
}
