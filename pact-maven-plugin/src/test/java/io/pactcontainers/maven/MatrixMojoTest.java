package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matrix goal as a plain object: its rows and settings checked before anything starts. */
class MatrixMojoTest {
  @TempDir Path dir;

  private final MatrixMojo mojo = new MatrixMojo();

  @BeforeEach
  void aMatrixOfTwoImages() {
    mojo.providerName = "grill-chef";
    mojo.provider = new ProviderConfiguration();
    mojo.provider.port = 8000;
    mojo.images = List.of("grill-chef:2.0, grill-chef:1.0");
    mojo.pactDirectory = dir.toFile();
    mojo.outputDirectory = new File(dir.toFile(), "out");
    mojo.requestTimeout = 30;
    mojo.maxBodySize = 200;
    mojo.shards = 1;
    mojo.maxImages = 10;
    mojo.failOn = "any";
  }

  @Test
  void aMatrixNeedsRowsAndSaysHowToGiveThem() {
    mojo.images = null;
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "The matrix needs its rows: give <images>a:1,a:2</images>, or <imageRepository> with"
                + " <tagPattern>");

    mojo.imageRepository = "grill-chef";
    mojo.tagPattern = "1.(";
    assertThatThrownBy(mojo::execute)
        .hasMessageStartingWith("<tagPattern> is not a valid regular expression: ");

    mojo.tagPattern = "1\\..*";
    mojo.maxImages = 0;
    assertThatThrownBy(mojo::execute).hasMessage("<maxImages> must be at least 1, found 0");
  }

  @Test
  void aMatrixVerifiesImagesNotARunningProvider() {
    mojo.provider.baseUrl = "http://localhost:8080";
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "The matrix verifies images: give <provider><image> or <provider><dockerfile>, not"
                + " <provider><baseUrl>");
  }

  @Test
  void parallelismPolicyAndPreviousMatrixAreChecked() {
    mojo.parallelism = 0;
    assertThatThrownBy(mojo::execute).hasMessage("<parallelism> must be at least 1, found 0");

    mojo.parallelism = 2;
    mojo.previousMatrix = new File(dir.toFile(), "last-night.json");
    assertThatThrownBy(mojo::execute)
        .hasMessageStartingWith("<previousMatrix> not found: " + mojo.previousMatrix);

    mojo.previousMatrix = null;
    mojo.failOn = "sometimes";
    assertThatThrownBy(mojo::execute)
        .hasMessage("<failOn>: unknown value \"sometimes\"; valid: any, newest, never");
  }

  private File failedSlice() throws Exception {
    java.nio.file.Path slice = dir.resolve("slice-a/matrix.json");
    java.nio.file.Files.createDirectories(slice.getParent());
    java.nio.file.Files.writeString(
        slice,
        "{\"provider\":\"grill-chef\",\"images\":[\"grill-chef:2.0\"],\"columns\":[{\"id\":"
            + "\"sous-chef@1.0.0\",\"consumer\":\"sous-chef\",\"version\":\"1.0.0\",\"location\":"
            + "\"p.json\"}],\"cells\":[{\"image\":\"grill-chef:2.0\",\"column\":\"sous-chef@1.0.0\","
            + "\"outcome\":\"failed\",\"detail\":\"1 passed, 1 failed\"}]}");
    return slice.toFile();
  }

  @Test
  void aMergedMatrixWhosePageCannotBeWrittenStillSaysItsVerdict() throws Exception {
    mojo.mergeFrom = List.of(failedSlice());
    // A file where the matrix's folder should be: nothing can be written there.
    java.nio.file.Files.createDirectories(dir.resolve("out"));
    java.nio.file.Files.writeString(dir.resolve("out/matrix"), "");
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(org.apache.maven.plugin.MojoFailureException.class)
        .hasMessage(
            "Pact matrix: 1 cell(s) failed or errored under <failOn> any: grill-chef:2.0 x"
                + " sous-chef@1.0.0 (failed); see the grid above; also, matrix.json (a file stands"
                + " where its folder should be), matrix.md (a file stands where its folder should"
                + " be), matrix.html (a file stands where its folder should be) could not be"
                + " written to "
                + dir.resolve("out/matrix")
                + " (nothing half-written or from an earlier run is left there); free space there"
                + " or make it writable, and run again");
  }

  @Test
  void aFailedCellNamesItsFailingInteractionsWithTheirStates() throws Exception {
    java.nio.file.Path slice = dir.resolve("slice-b/matrix.json");
    java.nio.file.Files.createDirectories(slice.getParent());
    java.nio.file.Files.writeString(
        slice,
        java.nio.file.Files.readString(failedSlice().toPath())
            .replace(
                "\"detail\":\"1 passed, 1 failed\"",
                "\"detail\":\"1 passed, 1 failed\",\"failing\":[{\"index\":1,\"description\":"
                    + "\"an order\",\"states\":[\"steaks are available\"],\"outcome\":\"failed\"}]"));
    mojo.mergeFrom = List.of(slice.toFile());
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(org.apache.maven.plugin.MojoFailureException.class)
        .hasMessageStartingWith(
            "Pact matrix: 1 cell(s) failed or errored under <failOn> any: grill-chef:2.0 x"
                + " sous-chef@1.0.0 (failed: #1 \"an order\" given \"steaks are available\""
                + " (failed)); see ");
  }

  @Test
  void aSliceWithAnUnknownPreviouslyIsABuildErrorNamingTheFile() throws Exception {
    File slice = failedSlice();
    java.nio.file.Files.writeString(
        slice.toPath(),
        java.nio.file.Files.readString(slice.toPath())
            .replace("\"outcome\":\"failed\"", "\"outcome\":\"failed\",\"previously\":\"green\""));
    mojo.mergeFrom = List.of(slice);
    mojo.failOn = "newest";
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "Not a matrix: "
                + slice.toPath()
                + " has a cell with previously \"green\"; valid: passed, failed, pending, error;"
                + " give a matrix.json that a matrix run wrote");
  }
}
