package io.pactcontainers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The matrix command's settings and its merge of slices, without Docker (its runs of images are in
 * MatrixCommandIT): the library's rules, named as the user gave each setting.
 */
class MatrixCommandTest {
  @TempDir Path dir;

  private Path slice(String name, String outcome) throws Exception {
    Path slice = dir.resolve(name + "/matrix.json");
    Files.createDirectories(slice.getParent());
    Files.writeString(
        slice,
        "{\"provider\":\"grill-chef\",\"images\":[\"grill-chef:"
            + name
            + "\"],\"columns\":[{\"id\":\"sous-chef@1.0.0\",\"consumer\":\"sous-chef\","
            + "\"version\":\"1.0.0\",\"location\":\"p.json\"}],\"cells\":[{\"image\":"
            + "\"grill-chef:"
            + name
            + "\",\"column\":\"sous-chef@1.0.0\",\"outcome\":\""
            + outcome
            + "\",\"detail\":\"1 passed\"}]}");
    return slice;
  }

  @Test
  void slicesMergeIntoOneMatrixAndAFailedCellExitsOne() throws Exception {
    Path newest = slice("2.0", "failed");
    Path older = slice("1.0", "passed");
    Path out = dir.resolve("out");

    Cli cli =
        Cli.run(
            "matrix",
            "--merge-from",
            newest.toString(),
            "--merge-from",
            older.toString(),
            "-o",
            out.toString());

    assertThat(cli.status()).as(cli.out() + cli.err()).isEqualTo(Commands.BROKEN);
    assertThat(cli.out())
        .contains("Merged 2 matrix slice(s): 2 image(s) x 1 consumer version(s)")
        .contains("Matrix: " + out.resolve("matrix/matrix.html").toUri());
    assertThat(cli.err())
        .isEqualTo(
            "Pact matrix: 1 cell(s) failed or errored under --fail-on any: grill-chef:2.0 x"
                + " sous-chef@1.0.0 (failed); see "
                + out.resolve("matrix/matrix.html")
                + "\n");
    assertThat(out.resolve("matrix/matrix.json")).exists();
    assertThat(out.resolve("matrix/matrix.md")).exists();
  }

  @Test
  void failOnNeverMakesTheMatrixAReport() throws Exception {
    Cli cli =
        Cli.run(
            java.util.Map.of("PACT_FAIL_ON", "never"),
            "matrix",
            "--merge-from",
            slice("2.0", "failed").toString(),
            "-o",
            dir.resolve("out").toString());

    assertThat(cli.status()).as(cli.out() + cli.err()).isZero();
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void theMatrixsSettingsAreNamedAsGiven() throws Exception {
    assertThat(Cli.run("matrix", "--fail-on", "sometimes").err())
        .isEqualTo("ERROR: --fail-on: unknown value \"sometimes\"; valid: any, newest, never\n");
    assertThat(Cli.run("matrix", "-n", "grill-chef").err())
        .isEqualTo(
            "ERROR: The matrix needs its rows: give --images a:1,a:2, or --image-repository with"
                + " --tag-pattern\n");
    Path missing = dir.resolve("nope.json");
    Cli merge = Cli.run("matrix", "--merge-from", missing.toString());
    assertThat(merge.status()).isEqualTo(Commands.ERROR);
    assertThat(merge.err())
        .isEqualTo(
            "ERROR: --merge-from: "
                + missing
                + " not found; give the matrix.json files the slices wrote\n");
    Cli running =
        Cli.run(
            "matrix",
            "-n",
            "grill-chef",
            "--images",
            "grill-chef:2.0",
            "--provider-base-url",
            "http://localhost:8080",
            "-d",
            dir.toString());
    assertThat(running.err())
        .isEqualTo(
            "ERROR: The matrix verifies images: give --image or --dockerfile, not"
                + " --provider-base-url\n");
    Cli parallelism =
        Cli.run(
            "matrix",
            "-n",
            "grill-chef",
            "--images",
            "grill-chef:2.0",
            "--parallelism",
            "0",
            "-d",
            dir.toString());
    assertThat(parallelism.err()).isEqualTo("ERROR: --parallelism must be at least 1, found 0\n");
  }

  @Test
  void theMatrixHasNoReportFileOptionsItWouldNotWrite() {
    Cli cli = Cli.run("matrix", "--help");

    assertThat(cli.status()).isZero();
    assertThat(cli.out()).contains("--images=IMAGE").contains("--fail-on=any|newest|never");
    assertThat(cli.out()).doesNotContain("--json").doesNotContain("--junit");
  }
}
