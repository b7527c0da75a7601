package io.pactcontainers.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report is written whole or not at all, and a failed write leaves no earlier report behind. */
class ReportFilesTest {
  @TempDir Path dir;

  @Test
  void aReportIsWrittenWholeAndNothingElseIsLeft() throws Exception {
    Path report = dir.resolve("p.json");
    ReportFiles.write(report, "{\"new\": true}");
    assertThat(report).hasContent("{\"new\": true}");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(report);
    }
  }

  @Test
  void aWriteThatFailsLeavesNeitherAStumpNorTheEarlierRunsReport() throws Exception {
    Path report = dir.resolve("p.json");
    Files.writeString(report, "{\"from\": \"the run before\"}");
    // The temporary file cannot be written (a folder is in its place): as when the disk is full.
    Files.createDirectory(dir.resolve(".p.json.part"));

    assertThatThrownBy(() -> ReportFiles.write(report, "{\"new\": true}"))
        .isInstanceOf(IOException.class);
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
