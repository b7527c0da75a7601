package io.pactcontainers.matrix;

import io.pactcontainers.report.Html;
import java.util.Optional;

/**
 * {@code matrix.html}: one self-contained page, the grid with each cell linking to its own HTML
 * report, changed cells outlined, partial ones dashed, a tooltip per cell saying what did not pass.
 */
final class MatrixPage {
  private MatrixPage() {}

  /**
   * The page.
   *
   * @param m the matrix
   * @return {@code matrix.html}'s text
   */
  static String html(MatrixResult m) {
    StringBuilder sb = head(m);
    summary(m, sb);
    table(m, sb);
    return sb.append("</body></html>\n").toString();
  }

  /** The page's head and title. */
  private static StringBuilder head(MatrixResult m) {
    StringBuilder sb =
        new StringBuilder(
                "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Pact matrix: ")
            .append(esc(m.provider()))
            .append(m.interrupted().isPresent() ? " (partial)" : "")
            .append("</title>\n<style>\n")
            .append(
                "body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1f2328}h1{font-size:22px}\n")
            .append(
                "table{border-collapse:separate;border-spacing:4px}th{text-align:left;font-weight:600;padding:4px 8px}\n")
            .append(
                "td{padding:6px 10px;border-radius:6px;text-align:center;min-width:90px}td a{color:inherit;text-decoration:none}\n")
            .append(
                ".passed{background:#dafbe1;color:#1a7f37}.failed{background:#ffebe9;color:#cf222e;font-weight:600}\n")
            .append(
                ".pending{background:#eaeef2;color:#57606a}.error{background:#fff8c5;color:#9a6700;font-weight:600}\n")
            .append(
                ".changed{outline:3px solid #0969da}.was,.counts{display:block;font-size:11px;font-weight:400}.muted{color:#656d76}\n")
            .append(
                ".partial{border:2px dashed #9a6700}.legend span{display:inline-block;padding:2px 8px;margin-right:6px;border-radius:6px}\n")
            .append("</style></head>\n<body>\n<h1>Pact matrix: ")
            .append(esc(m.provider()))
            .append("</h1>\n");
    return sb;
  }

  /** Above the grid: a partial run said first, the counts, the legend. */
  private static void summary(MatrixResult m, StringBuilder sb) {
    m.interrupted()
        .ifPresent(
            i ->
                sb.append("<p class=\"error\" id=\"partial\"><b>Partial matrix: ")
                    .append(esc(i))
                    .append("</b> (Ctrl-C or SIGTERM); the cells not verified are empty.</p>\n"));
    long changed = m.cells().stream().filter(MatrixResult.Cell::changed).count();
    sb.append("<p class=\"muted\">")
        .append(m.images().size())
        .append(" images &times; ")
        .append(m.columns().size())
        .append(" consumer versions in ")
        .append(m.durationMillis())
        .append(" ms")
        .append(
            changed > 0
                ? "; <b>" + changed + " changed since the previous matrix</b> (outlined)"
                : "")
        .append("</p>\n");
    sb.append(
        "<p class=\"legend\" id=\"legend\"><span class=\"passed\">passed</span><span"
            + " class=\"failed\">failed: a broken contract</span><span class=\"error\">error: could"
            + " not be judged</span><span class=\"pending\">pending: failures not counted</span><span"
            + " class=\"partial\">dashed: a partial run (filters left interactions out)</span><span"
            + " class=\"changed\">outlined: changed since the previous matrix</span> n/m: interactions"
            + " passed of those verified; hover a cell for what did not pass</p>\n");
  }

  /** The grid: a header row of consumer versions, then a row per image. */
  private static void table(MatrixResult m, StringBuilder sb) {
    sb.append("<table id=\"matrix\"><thead><tr><th>image</th>");
    m.columns()
        .forEach(
            c ->
                sb.append("<th title=\"")
                    .append(esc(c.location()))
                    .append("\">")
                    .append(esc(c.consumer()))
                    .append("<br><span class=\"muted\">")
                    .append(esc(c.version()))
                    .append("</span></th>"));
    sb.append("</tr></thead>\n<tbody>\n");
    for (String image : m.images()) {
      sb.append("<tr><th>").append(esc(image)).append("</th>");
      for (MatrixResult.Column c : m.columns()) {
        Optional<MatrixResult.Cell> cell = m.cell(image, c.id());
        if (cell.isEmpty()) {
          sb.append("<td></td>");
          continue;
        }
        cell(sb, image, c, cell.get());
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody></table>\n");
  }

  /** One verified cell: its outcome and counts, linking to its report. */
  private static void cell(
      StringBuilder sb, String image, MatrixResult.Column c, MatrixResult.Cell x) {
    sb.append("<td class=\"")
        .append(x.outcome().word())
        .append(x.changed() ? " changed" : "")
        .append(x.partial() ? " partial" : "")
        .append("\" data-image=\"")
        .append(esc(image))
        .append("\" data-column=\"")
        .append(esc(c.id()))
        .append("\" data-outcome=\"")
        .append(x.outcome().word())
        .append("\" title=\"")
        .append(esc(tooltip(x)).replace("\n", "&#10;"))
        .append("\">");
    String word =
        esc(x.outcome().word())
            + (x.tally().verified() == 0
                ? ""
                : "<span class=\"counts\">"
                    + x.tally().passed()
                    + "/"
                    + x.tally().verified()
                    + " passed"
                    + (x.partial() ? ", partial" : "")
                    + "</span>");
    sb.append(x.report().map(r -> "<a href=\"" + esc(r) + "\">" + word + "</a>").orElse(word));
    x.previously()
        .ifPresent(p -> sb.append("<span class=\"was\">was ").append(p.word()).append("</span>"));
    sb.append("</td>");
  }

  /** A cell's tooltip: its counts, what did not pass, what was left out. */
  private static String tooltip(MatrixResult.Cell x) {
    StringBuilder t = new StringBuilder(x.detail());
    if (!x.tally().failing().isEmpty()) {
      t.append("\nDid not pass:");
      x.tally().failing().forEach(f -> t.append("\n- ").append(f.label()));
    }
    if (x.partial()) {
      t.append("\nPartial: ").append(x.tally().leftOut());
    }
    return t.toString();
  }

  private static String esc(String s) {
    return Html.escape(s);
  }
}
