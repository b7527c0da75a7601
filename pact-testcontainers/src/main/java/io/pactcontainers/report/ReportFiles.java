package io.pactcontainers.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a report whole or not at all. A full disk (or a quota) cuts a file short mid-write, and a
 * later step (a CI archiver, a dashboard, {@code -Dpact.lastFailed}) would read the stump as the
 * run's report: so each report is written to a temporary file beside it and moved into place only
 * when complete. When that fails, neither the stump nor the previous run's report of the same name
 * is left, since that one would be read as this run's.
 */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * Writes {@code text} to {@code file}, whole or not at all.
   *
   * @param file the report's file; its folder must exist
   * @param text the report
   * @throws IOException naming the file, when it could not be written (nothing is left then)
   */
  public static void write(Path file, String text) throws IOException {
    io.pactcontainers.WholeFile.write(file, text);
  }
}
