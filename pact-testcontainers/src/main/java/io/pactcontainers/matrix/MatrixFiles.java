package io.pactcontainers.matrix;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.pactcontainers.report.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A matrix's files in its folder: {@code matrix.json} (what tools, the next night and a merge
 * read), {@code matrix.md} and {@code matrix.html} (one self-contained page: the grid, each cell
 * linking to its own HTML report, changed cells outlined).
 */
public final class MatrixFiles {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private MatrixFiles() {}

  static String key(String image, String column) {
    return image + "\u0000" + column;
  }

  /** The matrix's own files, written in this order. */
  static final List<String> NAMES = List.of("matrix.json", "matrix.md", "matrix.html");

  /** Writes one file whole or not at all: {@link ReportFiles#write}, or a test's full disk. */
  @FunctionalInterface
  interface TextWriter {
    void write(Path file, String text) throws IOException;
  }

  /**
   * What {@link #write} left: the page, and the files it could not write.
   *
   * @param page {@code matrix.html}
   * @param notWritten the files not written, each as "matrix.html (No space left on device)"; none
   *     of them is left on disk, neither half-written nor from an earlier run
   */
  public record Written(Path page, List<String> notWritten) {
    /**
     * Checks the components.
     *
     * @param page {@code matrix.html}
     * @param notWritten the files not written
     */
    public Written {
      requireNonNull(page, "page");
      notWritten = List.copyOf(notWritten);
    }

    /**
     * Whether every file was written.
     *
     * @return true when none is missing
     */
    public boolean complete() {
      return notWritten.isEmpty();
    }

    /**
     * What could not be written, for the verdict's message.
     *
     * @return "matrix.html (No space left on device) could not be written to DIR (nothing
     *     half-written or from an earlier run is left there); free space there and run again"
     */
    public String problem() {
      return String.join(", ", notWritten)
          + " could not be written to "
          + page.getParent()
          + " (nothing half-written or from an earlier run is left there); free space there and run"
          + " again";
    }
  }

  /**
   * Writes {@code matrix.json}, {@code matrix.md} and {@code matrix.html}, each whole or not at
   * all: one that cannot be written (a full disk) does not keep the others from being written, and
   * an earlier run's file of that name is removed, so that no page says an earlier verdict.
   *
   * @param matrix the result
   * @param dir the folder, created when missing
   * @return the page, and the files that could not be written
   */
  public static Written write(MatrixResult matrix, Path dir) {
    return write(matrix, dir, ReportFiles::write);
  }

  static Written write(MatrixResult matrix, Path dir, TextWriter writer) {
    List<String> notWritten = new ArrayList<>();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      String why =
          e instanceof java.nio.file.FileAlreadyExistsException
              ? "a file stands where its folder should be"
              : reason(e);
      return new Written(
          dir.resolve("matrix.html"), NAMES.stream().map(n -> n + " (" + why + ")").toList());
    }
    for (String name : NAMES) {
      Path file = dir.resolve(name);
      try {
        writer.write(file, render(matrix, name));
      } catch (IOException | RuntimeException e) {
        String why = e instanceof IOException io ? reason(io) : String.valueOf(e.getMessage());
        try {
          Files.deleteIfExists(file);
          Files.deleteIfExists(part(file));
        } catch (IOException removing) {
          why +=
              "; an earlier "
                  + name
                  + " is still there and cannot be removed ("
                  + reason(removing)
                  + ")";
        }
        notWritten.add(name + " (" + why + ")");
      }
    }
    return new Written(dir.resolve("matrix.html"), notWritten);
  }

  private static String render(MatrixResult matrix, String name) throws IOException {
    return switch (name) {
      case "matrix.json" -> JSON.writeValueAsString(toJson(matrix));
      case "matrix.md" -> markdown(matrix);
      default -> html(matrix);
    };
  }

  private static Path part(Path file) {
    return file.resolveSibling("." + file.getFileName() + ".part");
  }

  /** An I/O error's reason as the system gives it ("No space left on device"). */
  static String reason(IOException e) {
    return e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
        ? fs.getReason()
        : String.valueOf(e.getMessage());
  }

  /**
   * Removes an earlier run's matrix from {@code dir}: its {@code matrix.*} files (and the temporary
   * files of one that was killed while writing them) and its {@code cells} folder, so that this
   * run's page never stands beside another run's cells, nor another run's page beside this run's
   * cells.
   *
   * @param dir the matrix's folder
   * @throws MatrixException when they cannot be removed
   */
  static void removeEarlierRun(Path dir) {
    try {
      for (String name : NAMES) {
        Files.deleteIfExists(dir.resolve(name));
        Files.deleteIfExists(part(dir.resolve(name)));
      }
      Path cells = dir.resolve("cells");
      if (Files.isDirectory(cells, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        try (java.util.stream.Stream<Path> walk = Files.walk(cells)) {
          for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new MatrixException(
          "Cannot remove the earlier matrix in "
              + dir
              + ": "
              + e.getMessage()
              + "; remove it, or check that the folder can be written");
    }
  }

  /**
   * Reads a {@code matrix.json}; a file that is missing or not one says which and why.
   *
   * @param file a {@code matrix.json} this library wrote
   * @return the matrix it holds
   * @throws MatrixException when it is missing or not a matrix
   */
  public static MatrixResult read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new MatrixException(
          "Cannot read the matrix "
              + file
              + ": "
              + e.getMessage()
              + "; give a matrix.json that a matrix run wrote");
    }
    if (root == null
        || !root.path("cells").isArray()
        || !root.path("images").isArray()
        || !root.path("columns").isArray()) {
      throw new MatrixException(
          "Not a matrix: "
              + file
              + " has no \"images\", \"columns\" and \"cells\"; give a matrix.json that a"
              + " matrix run wrote");
    }
    List<String> images = new ArrayList<>();
    root.get("images").forEach(i -> images.add(i.asText()));
    if (images.isEmpty()) {
      throw new MatrixException(
          "Not a matrix: "
              + file
              + " has an empty \"images\" list; give a matrix.json that a matrix run wrote (every"
              + " run has at least one image)");
    }
    List<MatrixResult.Column> columns = new ArrayList<>();
    root.get("columns")
        .forEach(
            c ->
                columns.add(
                    new MatrixResult.Column(
                        c.path("id").asText(),
                        c.path("consumer").asText(),
                        c.path("version").asText(),
                        c.path("location").asText())));
    List<MatrixResult.Cell> cells = new ArrayList<>();
    for (JsonNode c : root.get("cells")) {
      MatrixResult.Outcome outcome = outcome(file, c, "outcome");
      cells.add(
          new MatrixResult.Cell(
              c.path("image").asText(),
              c.path("column").asText(),
              outcome,
              c.path("detail").asText(),
              c.hasNonNull("report") ? Optional.of(c.get("report").asText()) : Optional.empty(),
              c.path("durationMillis").asLong(),
              c.hasNonNull("previously")
                  ? Optional.of(outcome(file, c, "previously"))
                  : Optional.empty(),
              tally(c)));
    }
    Map<String, Long> created = new LinkedHashMap<>();
    root.path("created").properties().forEach(e -> created.put(e.getKey(), e.getValue().asLong()));
    return new MatrixResult(
        root.path("provider").asText(),
        images,
        columns,
        cells,
        root.path("durationMillis").asLong(),
        root.hasNonNull("interrupted")
            ? Optional.of(root.get("interrupted").asText())
            : Optional.empty(),
        created);
  }

  /** A cell's outcome field; any other word than the four is refused, naming the file. */
  private static MatrixResult.Outcome outcome(Path file, JsonNode cell, String field) {
    String word = cell.path(field).asText();
    for (MatrixResult.Outcome o : MatrixResult.Outcome.values()) {
      if (o.word().equals(word.toLowerCase(Locale.ROOT))) {
        return o;
      }
    }
    throw new MatrixException(
        "Not a matrix: "
            + file
            + " has a cell with "
            + field
            + " \""
            + word
            + "\"; valid: passed, failed, pending, error; give a matrix.json that a matrix run"
            + " wrote");
  }

  private static MatrixResult.Tally tally(JsonNode c) {
    List<String> failing = new ArrayList<>();
    c.path("failing").forEach(f -> failing.add(f.asText()));
    return new MatrixResult.Tally(
        c.path("passed").asInt(),
        c.path("verified").asInt(),
        failing,
        c.path("leftOut").asText(""));
  }

  static Map<String, MatrixResult.Outcome> outcomes(Path previous) {
    Map<String, MatrixResult.Outcome> out = new LinkedHashMap<>();
    read(previous).cells().forEach(c -> out.put(key(c.image(), c.column()), c.outcome()));
    return out;
  }

  /**
   * One matrix from the slices several machines verified ({@code -Dpact.matrix.images=...} each).
   *
   * @param slices the slices' {@code matrix.json} files
   * @param into the folder the merged matrix is written to
   * @return the merged matrix
   * @throws MatrixException when a slice cannot be read
   */
  public static MatrixResult merge(List<Path> slices, Path into) {
    return merge(slices, into, line -> {});
  }

  /**
   * One matrix from the slices several machines verified ({@code -Dpact.matrix.images=...} each):
   * rows ordered as one run orders them (image creation time, newest first, then tags read as
   * versions), whatever the order of the slices, the newest row said; columns united; each slice's
   * report links kept relative to {@code into} (the slices' folders are copied beside it by the CI
   * job, or linked as they are). A slice that was interrupted leaves the merge partial.
   *
   * @param slices the slices' {@code matrix.json} files
   * @param into the folder the merged matrix is written to
   * @param info told which row is the newest, and why
   * @return the merged matrix
   * @throws MatrixException when a slice cannot be read, or is not a matrix
   */
  public static MatrixResult merge(
      List<Path> slices, Path into, java.util.function.Consumer<String> info) {
    Map<String, Long> created = new LinkedHashMap<>();
    List<String> interrupted = new ArrayList<>();
    Set<String> images = new LinkedHashSet<>();
    Map<String, MatrixResult.Column> columns = new LinkedHashMap<>();
    Map<String, MatrixResult.Cell> cells = new LinkedHashMap<>();
    Map<String, Path> cellFrom = new LinkedHashMap<>();
    String provider = null;
    long duration = 0;
    for (Path slice : slices) {
      MatrixResult m = read(slice);
      if (provider != null && !provider.equals(m.provider())) {
        throw new MatrixException(
            "Cannot merge "
                + slice
                + ": it verified provider \""
                + m.provider()
                + "\", the others \""
                + provider
                + "\"");
      }
      provider = m.provider();
      images.addAll(m.images());
      created.putAll(m.created());
      m.interrupted().ifPresent(i -> interrupted.add(slice + " " + i));
      m.columns().forEach(c -> columns.putIfAbsent(c.id(), c));
      Path base = into.toAbsolutePath().normalize();
      Path sliceDir = slice.toAbsolutePath().normalize().getParent();
      for (MatrixResult.Cell c : m.cells()) {
        Optional<String> report =
            c.report().map(r -> base.relativize(sliceDir.resolve(r)).toString().replace('\\', '/'));
        MatrixResult.Cell relinked =
            new MatrixResult.Cell(
                c.image(),
                c.column(),
                c.outcome(),
                c.detail(),
                report,
                c.durationMillis(),
                c.previously(),
                c.tally());
        String key = key(c.image(), c.column());
        MatrixResult.Cell earlier = cells.get(key);
        if (earlier == null || keepsLater(earlier, relinked, cellFrom.get(key), slice)) {
          cells.put(key, relinked);
          cellFrom.put(key, slice);
        }
      }
      duration = Math.max(duration, m.durationMillis());
    }
    List<String> rows =
        io.pactcontainers.provider.LocalImages.newestFirst(List.copyOf(images), created);
    if (!rows.isEmpty()) {
      String newest = rows.get(0);
      info.accept(
          "Newest row (the one failOn newest judges): "
              + newest
              + (created.containsKey(newest)
                  ? ", created " + java.time.Instant.ofEpochSecond(created.get(newest))
                  : ", creation time unknown")
              + "; rows ordered by image creation time, then by tag as a version");
    }
    return new MatrixResult(
        provider == null ? "" : provider,
        rows,
        List.copyOf(columns.values()),
        List.copyOf(cells.values()),
        duration,
        interrupted.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", interrupted)),
        created);
  }

  /**
   * The same cell in two slices: one cell only when both say the same outcome (the one from a whole
   * run kept over one from a partial run); otherwise the merge would show one verdict and hide the
   * other, and it refuses.
   */
  private static boolean keepsLater(
      MatrixResult.Cell earlier, MatrixResult.Cell later, Path earlierFile, Path laterFile) {
    if (earlier.outcome() != later.outcome()) {
      throw new MatrixException(
          "Cannot merge: "
              + later.image()
              + " x "
              + later.column()
              + " is "
              + earlier.outcome().word()
              + (earlier.partial() ? " (a partial run)" : "")
              + " in "
              + earlierFile
              + " and "
              + later.outcome().word()
              + (later.partial() ? " (a partial run)" : "")
              + " in "
              + laterFile
              + "; give each image x consumer version to one slice only, or verify it again");
    }
    return earlier.partial() && !later.partial();
  }

  static Map<String, Object> toJson(MatrixResult m) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("provider", m.provider());
    root.put("durationMillis", m.durationMillis());
    // An interrupted run's matrix says so first: it is no verdict on the cells it lacks.
    root.put("partial", m.interrupted().isPresent());
    root.put("interrupted", m.interrupted().orElse(null));
    root.put("images", m.images());
    root.put("created", new java.util.TreeMap<>(m.created()));
    List<Object> columns = new ArrayList<>();
    for (MatrixResult.Column c : m.columns()) {
      Map<String, Object> col = new LinkedHashMap<>();
      col.put("id", c.id());
      col.put("consumer", c.consumer());
      col.put("version", c.version());
      col.put("location", c.location());
      columns.add(col);
    }
    root.put("columns", columns);
    List<Object> cells = new ArrayList<>();
    for (MatrixResult.Cell c : m.cells()) {
      Map<String, Object> cell = new LinkedHashMap<>();
      cell.put("image", c.image());
      cell.put("column", c.column());
      cell.put("outcome", c.outcome().word());
      cell.put("detail", c.detail());
      cell.put("report", c.report().orElse(null));
      cell.put("durationMillis", c.durationMillis());
      cell.put("previously", c.previously().map(MatrixResult.Outcome::word).orElse(null));
      cell.put("passed", c.tally().passed());
      cell.put("verified", c.tally().verified());
      cell.put("failing", c.tally().failing());
      // A partial cell says so: it is no verification of the whole pact.
      cell.put("partial", c.partial());
      cell.put("leftOut", c.tally().leftOut());
      cells.add(cell);
    }
    root.put("cells", cells);
    return root;
  }

  /**
   * The Markdown grid, line by line, for a console.
   *
   * @param m the matrix
   * @return its lines
   */
  public static List<String> markdownLines(MatrixResult m) {
    return markdown(m).lines().toList();
  }

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
          parts.add("did not pass " + String.join("; ", c.tally().failing()));
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

  /** A cell's tooltip: its counts, what did not pass, what was left out. */
  private static String tooltip(MatrixResult.Cell x) {
    StringBuilder t = new StringBuilder(x.detail());
    if (!x.tally().failing().isEmpty()) {
      t.append("\nDid not pass:");
      x.tally().failing().forEach(f -> t.append("\n- ").append(f));
    }
    if (x.partial()) {
      t.append("\nPartial: ").append(x.tally().leftOut());
    }
    return t.toString();
  }

  static String html(MatrixResult m) {
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
        MatrixResult.Cell x = cell.get();
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
            .ifPresent(
                p -> sb.append("<span class=\"was\">was ").append(p.word()).append("</span>"));
        sb.append("</td>");
      }
      sb.append("</tr>\n");
    }
    return sb.append("</tbody></table>\n</body></html>\n").toString();
  }

  private static String esc(String s) {
    return io.pactcontainers.report.Html.escape(s);
  }
}
