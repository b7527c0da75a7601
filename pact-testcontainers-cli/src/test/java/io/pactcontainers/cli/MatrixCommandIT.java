package io.pactcontainers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The matrix command on the examples' images (scripts/build-images.sh builds them) against a real
 * Docker engine, as the plugin's matrix-fail-on-newest build: image 2.0 breaks sous-chef 1.0.0.
 */
class MatrixCommandIT {
  private static final String NEWEST = "pactcontainers/example-grill-chef:2.0";
  private static final String OLDER = "pactcontainers/example-grill-chef:1.0";

  @TempDir Path dir;

  private Cli matrix(Map<String, String> env, String output, String... more) {
    String[] args = {
      "matrix",
      "-n",
      "grill-chef",
      "--port",
      "8000",
      "--wait-path",
      "/health",
      "-s",
      "/_pact/state",
      "-d",
      Path.of("src/test/resources/pacts-matrix").toAbsolutePath().toString(),
      "--parallelism",
      "2",
      "-o",
      dir.resolve(output).toString()
    };
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return Cli.run(env, all);
  }

  @Test
  void theNewestImageBreakingAConsumerExitsOneAndASliceOfTheOlderOnePasses() {
    Cli whole = matrix(Map.of(), "whole", "--images", NEWEST + "," + OLDER, "--fail-on", "newest");

    assertThat(whole.status()).as(whole.out() + whole.err()).isEqualTo(Commands.BROKEN);
    assertThat(whole.out())
        .contains("Pact matrix of \"grill-chef\": 2 image(s), 2 cell(s) at a time")
        .contains("| " + NEWEST + " | failed 1/2 | passed 2/2 |")
        .contains("| " + OLDER + " | passed 2/2 | passed 2/2 |");
    assertThat(whole.err())
        .isEqualTo(
            "Pact matrix: 1 cell(s) failed or errored under --fail-on newest: "
                + NEWEST
                + " x sous-chef@1.0.0 (failed: #0 \"an order for a medium-rare steak\" given"
                + " \"steaks are available\" (failed)); see "
                + dir.resolve("whole/matrix/matrix.html")
                + "\n");

    Cli slice = matrix(Map.of("PACT_IMAGES", OLDER, "PACT_FAIL_ON", "newest"), "slice");
    assertThat(slice.status()).as(slice.out() + slice.err()).isZero();
    assertThat(slice.out()).contains("| " + OLDER + " | passed 2/2 | passed 2/2 |");
    assertThat(dir.resolve("slice/matrix/matrix.json")).exists();

    Cli merged =
        Cli.run(
            "matrix",
            "--merge-from",
            dir.resolve("slice/matrix/matrix.json").toString(),
            "--merge-from",
            dir.resolve("whole/matrix/matrix.json").toString(),
            "--fail-on",
            "never",
            "-o",
            dir.resolve("merged").toString());
    assertThat(merged.status()).as(merged.out() + merged.err()).isZero();
    assertThat(merged.out())
        .contains("Merged 2 matrix slice(s): 2 image(s) x 2 consumer version(s)");
  }
}
