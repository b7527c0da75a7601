package io.pactcontainers.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A matrix's verdict, as every front end says it: its lines, its outcome and its one message. */
class MatrixVerdictTest {
  @TempDir Path dir;

  private MatrixResult slice(String outcome, String previously) throws Exception {
    Path slice = dir.resolve("slice.json");
    Files.writeString(
        slice,
        "{\"provider\":\"grill-chef\",\"images\":[\"grill-chef:2.0\",\"grill-chef:1.0\"],"
            + "\"columns\":[{\"id\":\"sous-chef@1.0.0\",\"consumer\":\"sous-chef\",\"version\":"
            + "\"1.0.0\",\"location\":\"p.json\"}],\"cells\":[{\"image\":\"grill-chef:2.0\","
            + "\"column\":\"sous-chef@1.0.0\",\"outcome\":\""
            + outcome
            + "\",\"detail\":\"1 passed\""
            + (previously == null ? "" : ",\"previously\":\"" + previously + "\"")
            + "},{\"image\":\"grill-chef:1.0\",\"column\":\"sous-chef@1.0.0\",\"outcome\":"
            + "\"failed\",\"detail\":\"0 passed\"}]}");
    return MatrixFiles.read(slice);
  }

  @Test
  void failingCellsUnderThePolicyAreAFailureNamingEachCell() throws Exception {
    MatrixResult result = slice("failed", "passed");
    Path out = dir.resolve("out");

    MatrixVerdict verdict =
        MatrixVerdict.of(result, MatrixFiles.write(result, out), FailOn.ANY, "--fail-on");

    assertThat(verdict.kind()).isEqualTo(MatrixVerdict.Kind.FAILED);
    assertThat(verdict.message())
        .isEqualTo(
            "Pact matrix: 2 cell(s) failed or errored under --fail-on any: grill-chef:2.0 x"
                + " sous-chef@1.0.0 (failed), grill-chef:1.0 x sous-chef@1.0.0 (failed); see "
                + out.resolve("matrix.html"));
    assertThat(verdict.lines().get(0).text())
        .isEqualTo(
            "Matrix: " + out.resolve("matrix.html").toUri() + " (and matrix.json, matrix.md)");
    assertThat(verdict.lines())
        .contains(
            new MatrixVerdict.Line(
                MatrixVerdict.Level.WARN, "1 cell(s) changed since the previous matrix:"),
            new MatrixVerdict.Line(
                MatrixVerdict.Level.WARN, "  grill-chef:2.0 x sous-chef@1.0.0: passed -> failed"));
  }

  @Test
  void onlyTheNewestImageCountsUnderNewestAndNeverMakesAReport() throws Exception {
    MatrixResult result = slice("passed", null);
    Path out = dir.resolve("out");

    assertThat(MatrixVerdict.of(result, MatrixFiles.write(result, out), FailOn.NEWEST, "<failOn>"))
        .satisfies(v -> assertThat(v.kind()).isEqualTo(MatrixVerdict.Kind.PASSED))
        .satisfies(v -> assertThat(v.message()).isEmpty());
    assertThat(
            MatrixVerdict.of(result, MatrixFiles.write(result, out), FailOn.NEVER, "<failOn>")
                .kind())
        .isEqualTo(MatrixVerdict.Kind.PASSED);
  }

  @Test
  void aPassingMatrixWhosePageCannotBeWrittenIsNotCompleted() throws Exception {
    MatrixResult result = slice("passed", null);
    Files.writeString(dir.resolve("blocked"), ""); // a file where the folder should be

    MatrixVerdict verdict =
        MatrixVerdict.of(
            result, MatrixFiles.write(result, dir.resolve("blocked")), FailOn.NEWEST, "<failOn>");

    assertThat(verdict.kind()).isEqualTo(MatrixVerdict.Kind.NOT_COMPLETED);
    assertThat(verdict.message()).startsWith("Pact matrix passed under <failOn> newest, but ");
    assertThat(verdict.lines().get(0).level()).isEqualTo(MatrixVerdict.Level.ERROR);
  }
}
