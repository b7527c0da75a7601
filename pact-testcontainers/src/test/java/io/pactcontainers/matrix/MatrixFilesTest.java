package io.pactcontainers.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pactcontainers.provider.ProviderContainer;
import io.pactcontainers.source.LoadedPact;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.Interruption;
import io.pactcontainers.verify.PactResult;
import io.pactcontainers.verify.VerificationConfig;
import io.pactcontainers.verify.VerificationResult;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A matrix's files, with no Docker: each row's verification is a stand-in that passes every
 * interaction. No file outlives the run that made it (interrupted, on a full disk, run twice), and
 * merged slices are ordered as one run orders its rows.
 */
class MatrixFilesTest {
  @TempDir Path dir;

  private Path pacts;
  private Path out;

  @BeforeEach
  void twoConsumerVersions() throws Exception {
    pacts = Files.createDirectories(dir.resolve("pacts"));
    for (String version : List.of("1.0.0", "2.0.0")) {
      Files.writeString(
          pacts.resolve("sous-chef-" + version + ".json"),
          "{\"consumer\":{\"name\":\"sous-chef\"},\"provider\":{\"name\":\"grill-chef\"},"
              + "\"interactions\":[{\"description\":\"an order "
              + version
              + "\",\"request\":{\"method\":\"GET\",\"path\":\"/\"},\"response\":{\"status\":200}}],"
              + "\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}");
    }
    out = dir.resolve("out/matrix");
  }

  /** Every interaction of the row's pacts passed, as the verifier would say it. */
  private static VerificationResult passes(VerificationConfig row) {
    List<PactResult> results = new ArrayList<>();
    for (PactSource s : row.sources()) {
      for (LoadedPact p : ((PactSource.Dynamic) s).load(row.provider()).pacts()) {
        results.add(
            new PactResult(
                p.pact().consumer(),
                p.pact().provider(),
                p.pact().location(),
                false,
                p.pact().interactions().stream()
                    .<InteractionResult>map(
                        i -> new InteractionResult.Passed(i, Duration.ofMillis(1), false))
                    .toList(),
                Optional.empty()));
      }
    }
    return new VerificationResult(row.provider(), results, List.of(), Duration.ofMillis(2));
  }

  private MatrixConfig config(List<String> images) {
    ProviderContainer provider = ProviderContainer.fromImage(images.get(0)).withPort(8000);
    return new MatrixConfig(
        VerificationConfig.of("grill-chef", provider, List.of(new PactSource.Directory(pacts))),
        provider,
        images,
        1,
        FailOn.ANY,
        Optional.empty(),
        out);
  }

  private static List<Path> files(Path root) throws Exception {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void anInterruptedMatrixWritesTheCellsThatEndedAsAPartialMatrixAndNothingOfAnEarlierRun()
      throws Exception {
    // An earlier run's page saying passed, its cell folder, and a file it was killed writing.
    Files.createDirectories(out.resolve("cells/grill-chef-0.9/sous-chef@1.0.0"));
    Files.writeString(out.resolve("cells/grill-chef-0.9/sous-chef@1.0.0/report.html"), "passed");
    Files.writeString(out.resolve("matrix.html"), "<td class=\"passed\">passed</td>");
    Files.writeString(out.resolve(".matrix.md.part"), "| grill-chef:0.9 | passe");
    Interruption interruption = new Interruption();
    List<String> rowsVerified = new ArrayList<>();
    List<String> progress = new ArrayList<>();
    Matrix matrix =
        new Matrix(
            (row, listener) -> {
              rowsVerified.add(row.outputDirectory().getFileName().toString());
              if (rowsVerified.size() == 2) {
                interruption.request(); // Ctrl-C while the second row runs
              }
              return passes(row);
            },
            () -> interruption,
            image -> OptionalLong.empty());

    MatrixResult result =
        matrix.run(
            config(List.of("grill-chef:3.0", "grill-chef:2.0", "grill-chef:1.0")),
            progress::add,
            io.pactcontainers.Setting::words,
            r -> MatrixFiles.write(r, out));

    assertThat(rowsVerified).as("no row starts after Ctrl-C").hasSize(2);
    assertThat(result.interrupted()).contains("interrupted after 4 of 6 cells");
    assertThat(progress)
        .contains(
            "Matrix interrupted after 4 of 6 cells (Ctrl-C or SIGTERM): the cells that ended are"
                + " written as a partial matrix, nothing else");
    JsonNode json = new ObjectMapper().readTree(out.resolve("matrix.json").toFile());
    assertThat(json.get("partial").asBoolean()).isTrue();
    assertThat(json.get("interrupted").asText()).isEqualTo("interrupted after 4 of 6 cells");
    assertThat(json.get("cells")).hasSize(4);
    assertThat(Files.readString(out.resolve("matrix.md")))
        .contains(
            "**Partial matrix: interrupted after 4 of 6 cells (Ctrl-C or SIGTERM); the cells not"
                + " verified are empty.**")
        .contains("| grill-chef:1.0 |  |  |");
    assertThat(Files.readString(out.resolve("matrix.html")))
        .contains("<title>Pact matrix: grill-chef (partial)</title>")
        .contains("<p class=\"error\" id=\"partial\"><b>Partial matrix: interrupted after 4 of 6");
    assertThat(MatrixFiles.read(out.resolve("matrix.json")).interrupted())
        .contains("interrupted after 4 of 6 cells");
    List<Path> left = files(out);
    assertThat(left).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
    assertThat(out.resolve("cells/grill-chef-0.9")).as("the earlier run's cells").doesNotExist();
    assertThat(out.resolve("cells")).isDirectoryNotContaining(p -> p.endsWith("grill-chef-1.0"));
  }

  @Test
  void aSecondRunLeavesNoCellFolderOfTheFirst() throws Exception {
    Matrix matrix =
        new Matrix(
            (row, listener) -> passes(row), Interruption::new, image -> OptionalLong.empty());
    matrix.run(
        config(List.of("grill-chef:2.0", "grill-chef:1.0")),
        l -> {},
        io.pactcontainers.Setting::words,
        r -> MatrixFiles.write(r, out));
    assertThat(out.resolve("cells/grill-chef-1.0")).isDirectory();

    MatrixResult second =
        matrix.run(
            config(List.of("grill-chef:3.0")),
            l -> {},
            io.pactcontainers.Setting::words,
            r -> MatrixFiles.write(r, out));

    assertThat(second.interrupted()).isEmpty();
    try (Stream<Path> rows = Files.list(out.resolve("cells"))) {
      assertThat(rows.map(p -> p.getFileName().toString())).containsExactly("grill-chef-3.0");
    }
    assertThat(Files.readString(out.resolve("matrix.md"))).doesNotContain("grill-chef:1.0");
  }

  @Test
  void aPageThatCannotBeWrittenIsNotLeftFromAnEarlierRunAndIsSaid() throws Exception {
    Files.createDirectories(out);
    Files.writeString(out.resolve("matrix.html"), "<td class=\"passed\">passed</td>");
    MatrixResult failed =
        new MatrixResult(
            "grill-chef",
            List.of("grill-chef:2.0"),
            List.of(new MatrixResult.Column("sous-chef@1.0.0", "sous-chef", "1.0.0", "p.json")),
            List.of(
                new MatrixResult.Cell(
                    "grill-chef:2.0",
                    "sous-chef@1.0.0",
                    MatrixResult.Outcome.FAILED,
                    "1 passed, 1 failed",
                    Optional.empty(),
                    5,
                    Optional.empty())),
            5);

    MatrixFiles.Written written =
        MatrixFiles.write(
            failed,
            out,
            (file, text) -> {
              if (file.getFileName().toString().equals("matrix.html")) {
                Files.writeString(file.resolveSibling(".matrix.html.part"), text.substring(0, 9));
                throw new FileSystemException(
                    file.toString(), null, "No space left on device"); // a full disk
              }
              Files.writeString(file, text);
            });

    assertThat(written.complete()).isFalse();
    assertThat(written.problem())
        .isEqualTo(
            "matrix.html (No space left on device) could not be written to "
                + out
                + " (nothing half-written or from an earlier run is left there); free space there"
                + " or make it writable, and run again");
    assertThat(out.resolve("matrix.html")).as("the earlier run's page").doesNotExist();
    assertThat(out.resolve(".matrix.html.part")).doesNotExist();
    assertThat(Files.readString(out.resolve("matrix.md"))).contains("failed");
  }

  private Path slice(String name, List<String> images, Map<String, Long> created) throws Exception {
    Path sliceDir = dir.resolve(name);
    List<MatrixResult.Cell> cells =
        images.stream()
            .map(
                i ->
                    new MatrixResult.Cell(
                        i,
                        "sous-chef@1.0.0",
                        MatrixResult.Outcome.PASSED,
                        "1 passed",
                        Optional.empty(),
                        1,
                        Optional.empty()))
            .toList();
    MatrixFiles.write(
        new MatrixResult(
            "grill-chef",
            images,
            List.of(new MatrixResult.Column("sous-chef@1.0.0", "sous-chef", "1.0.0", "p.json")),
            cells,
            1,
            Optional.empty(),
            created),
        sliceDir);
    return sliceDir.resolve("matrix.json");
  }

  @Test
  void mergedRowsAreOrderedAsOneRunOrdersThemWhateverTheOrderOfTheSlices() throws Exception {
    // 1.9.0 and 1.10.0 built by Jib (one creation time); 1.2.0 rebuilt last, so the newest.
    Path a = slice("a", List.of("grill-chef:1.9.0"), Map.of("grill-chef:1.9.0", 0L));
    Path b =
        slice(
            "b",
            List.of("grill-chef:1.10.0", "grill-chef:1.2.0"),
            Map.of("grill-chef:1.10.0", 0L, "grill-chef:1.2.0", 1_700_000_000L));
    for (List<Path> order : List.of(List.of(a, b), List.of(b, a))) {
      List<String> said = new ArrayList<>();
      MatrixResult merged = MatrixFiles.merge(order, out, said::add);
      assertThat(merged.images())
          .containsExactly("grill-chef:1.2.0", "grill-chef:1.10.0", "grill-chef:1.9.0");
      assertThat(said)
          .containsExactly(
              "Newest row (the one failOn newest judges): grill-chef:1.2.0, created"
                  + " 2023-11-14T22:13:20Z; rows ordered by image creation time, then by tag as a"
                  + " version");
    }
    // Without creation times (slices of an older version): by tag as a version.
    Path c = slice("c", List.of("grill-chef:1.9.0"), Map.of());
    Path d = slice("d", List.of("grill-chef:1.10.0"), Map.of());
    List<String> said = new ArrayList<>();
    assertThat(MatrixFiles.merge(List.of(c, d), out, said::add).images())
        .containsExactly("grill-chef:1.10.0", "grill-chef:1.9.0");
    assertThat(said.get(0))
        .startsWith(
            "Newest row (the one failOn newest judges): grill-chef:1.10.0, creation time unknown;");
  }

  @Test
  void aCellListsItsFailingInteractionsWithTheirStatesAsObjectsInMatrixJson() throws Exception {
    MatrixResult.Tally tally =
        new MatrixResult.Tally(
            1,
            3,
            List.of(
                new MatrixResult.Failing(
                    0, "an order", List.of("a steak exists", "the grill is hot"), "failed"),
                new MatrixResult.Failing(2, "a refund", List.of(), "errored")),
            "");
    MatrixResult matrix =
        new MatrixResult(
            "grill-chef",
            List.of("grill-chef:2.0"),
            List.of(new MatrixResult.Column("sous-chef@1.0.0", "sous-chef", "1.0.0", "p.json")),
            List.of(
                new MatrixResult.Cell(
                    "grill-chef:2.0",
                    "sous-chef@1.0.0",
                    MatrixResult.Outcome.FAILED,
                    "1 passed, 1 failed, 1 errored",
                    Optional.empty(),
                    5,
                    Optional.empty(),
                    tally)),
            5);
    JsonNode cell = new ObjectMapper().readTree(MatrixJson.text(matrix)).get("cells").get(0);
    assertThat(cell.get("failing").toString())
        .isEqualTo(
            "[{\"index\":0,\"description\":\"an order\",\"states\":[\"a steak exists\",\"the grill"
                + " is hot\"],\"outcome\":\"failed\"},{\"index\":2,\"description\":\"a refund\","
                + "\"states\":[],\"outcome\":\"errored\"}]");
    assertThat(MatrixMarkdown.markdown(matrix))
        .contains(
            "- grill-chef:2.0 x sous-chef 1.0.0: did not pass #0 \"an order\" given \"a steak"
                + " exists\" and \"the grill is hot\" (failed); #2 \"a refund\" (errored)");
    // Read back as written (a merge, a previous matrix), and a file written before (labels only).
    Path file = Files.writeString(dir.resolve("matrix.json"), MatrixJson.text(matrix));
    assertThat(MatrixJson.read(file).cells().get(0).tally()).isEqualTo(tally);
    ObjectNode old = (ObjectNode) new ObjectMapper().readTree(file.toFile());
    ((ObjectNode) old.get("cells").get(0))
        .set("failing", new ObjectMapper().readTree("[\"#0 \\\"an order\\\"\"]"));
    Files.writeString(file, old.toString());
    assertThat(MatrixJson.read(file).cells().get(0).tally().failingLabels(3))
        .isEqualTo("#0 \"an order\"");
  }

  @Test
  void aSliceWithNoImagesOrAnUnknownPreviouslyIsRefusedNamingTheFile() throws Exception {
    Path good = slice("good", List.of("grill-chef:2.0"), Map.of());
    ObjectNode empty = (ObjectNode) new ObjectMapper().readTree(good.toFile());
    empty.putArray("images");
    Path noImages = dir.resolve("no-images.json");
    new ObjectMapper().writeValue(noImages.toFile(), empty);
    assertThatThrownBy(() -> MatrixFiles.merge(List.of(good, noImages), out))
        .isInstanceOf(MatrixException.class)
        .hasMessage(
            "Not a matrix: "
                + noImages
                + " has an empty \"images\" list; give a matrix.json that a matrix run wrote"
                + " (every run has at least one image)");

    ObjectNode odd = (ObjectNode) new ObjectMapper().readTree(good.toFile());
    ((ObjectNode) odd.get("cells").get(0)).put("previously", "flaky");
    Path unknown = dir.resolve("unknown-previously.json");
    new ObjectMapper().writeValue(unknown.toFile(), odd);
    assertThatThrownBy(() -> MatrixFiles.merge(List.of(good, unknown), out))
        .isInstanceOf(MatrixException.class)
        .hasMessage(
            "Not a matrix: "
                + unknown
                + " has a cell with previously \"flaky\"; valid: passed, failed, pending, error;"
                + " give a matrix.json that a matrix run wrote");
  }
}
