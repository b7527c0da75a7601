package io.pactcontainers.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code matrix.json}: what tools, the next night's run ({@code previous}) and a merge read. The
 * one place its fields are named, both ways.
 */
final class MatrixJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private MatrixJson() {}

  /**
   * The matrix as {@code matrix.json} holds it.
   *
   * @param m the matrix
   * @return the file's text, indented
   * @throws IOException when Jackson cannot write it
   */
  static String text(MatrixResult m) throws IOException {
    return JSON.writeValueAsString(toJson(m));
  }

  /**
   * Reads a {@code matrix.json}; a file that is missing or not one says which and why.
   *
   * @param file a {@code matrix.json} this library wrote
   * @return the matrix it holds
   * @throws MatrixException when it is missing or not a matrix
   */
  static MatrixResult read(Path file) {
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
    List<MatrixResult.Cell> cells = cells(file, root.get("cells"));
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

  /** The cells, each outcome checked (naming the file). */
  private static List<MatrixResult.Cell> cells(Path file, JsonNode array) {
    List<MatrixResult.Cell> cells = new ArrayList<>();
    for (JsonNode c : array) {
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
    return cells;
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
    List<MatrixResult.Failing> failing = new ArrayList<>();
    for (JsonNode f : c.path("failing")) {
      // A matrix.json written before the interactions were objects gave their labels.
      if (f.isTextual()) {
        failing.add(new MatrixResult.Failing(-1, f.asText(), List.of(), ""));
      } else {
        List<String> states = new ArrayList<>();
        f.path("states").forEach(s -> states.add(s.asText()));
        failing.add(
            new MatrixResult.Failing(
                f.path("index").asInt(-1),
                f.path("description").asText(),
                states,
                f.path("outcome").asText()));
      }
    }
    return new MatrixResult.Tally(
        c.path("passed").asInt(),
        c.path("verified").asInt(),
        failing,
        c.path("leftOut").asText(""));
  }

  private static Map<String, Object> toJson(MatrixResult m) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("provider", m.provider());
    root.put("durationMillis", m.durationMillis());
    // An interrupted run's matrix says so first: it is no verdict on the cells it lacks.
    root.put("partial", m.interrupted().isPresent());
    root.put("interrupted", m.interrupted().orElse(null));
    root.put("images", m.images());
    root.put("created", new TreeMap<>(m.created()));
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
      List<Object> failing = new ArrayList<>();
      for (MatrixResult.Failing f : c.tally().failing()) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("index", f.index());
        i.put("description", f.description());
        i.put("states", f.states());
        i.put("outcome", f.outcome());
        failing.add(i);
      }
      cell.put("failing", failing);
      // A partial cell says so: it is no verification of the whole pact.
      cell.put("partial", c.partial());
      cell.put("leftOut", c.tally().leftOut());
      cells.add(cell);
    }
    root.put("cells", cells);
    return root;
  }
}
