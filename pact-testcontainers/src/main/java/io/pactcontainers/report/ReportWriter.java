package io.pactcontainers.report;

import io.pactcontainers.verify.VerificationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a run's result in one format. Reports never contain credentials: results carry none. */
public interface ReportWriter {

  String render(VerificationResult result);

  /** Writes {@code <dir>/<provider>.<ext>} and returns its path. */
  default Path write(VerificationResult result, Path dir, String extension) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(result.provider().replaceAll("[^A-Za-z0-9_.-]", "-") + "." + extension);
    Files.writeString(file, render(result), StandardCharsets.UTF_8);
    return file;
  }
}
