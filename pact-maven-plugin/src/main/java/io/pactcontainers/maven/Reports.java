package io.pactcontainers.maven;

import io.pactcontainers.report.ReportFormat;
import io.pactcontainers.verify.VerificationResult;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.logging.Log;

/**
 * The {@code <reports>} parameter: parsed up front, written after the run. The Markdown report also
 * goes to {@code $GITHUB_STEP_SUMMARY} when GitHub Actions sets it, masked like everything else:
 * that file is outside the output directory the masking sweeps.
 */
final class Reports {
  private final List<ReportFormat> formats;

  private Reports(List<ReportFormat> formats) {
    this.formats = formats;
  }

  static Reports parse(List<String> names) throws ConfigurationException {
    List<ReportFormat> out = new ArrayList<>();
    if (names != null) {
      for (String r : names) {
        if (ProviderMapping.blank(r)) {
          continue;
        }
        try {
          ReportFormat f = ReportFormat.parse(r);
          if (!out.contains(f)) {
            out.add(f);
          }
        } catch (IllegalArgumentException e) {
          throw new ConfigurationException("<reports>: " + e.getMessage());
        }
      }
    }
    return new Reports(out);
  }

  List<ReportFormat> formats() {
    return formats;
  }

  /**
   * Writes every report it can and says which it could not: one that cannot be written (a full
   * disk) must not keep the others from being written, nor the verdict from being said.
   *
   * @return the reports not written, each as "the html report (No space left on device)"; none is
   *     left half-written
   */
  List<String> write(
      VerificationResult result,
      File dir,
      Log log,
      Map<String, String> environment,
      io.pactcontainers.Secrets secrets) {
    List<Path> written = new ArrayList<>();
    List<String> notWritten = new ArrayList<>();
    for (ReportFormat f : formats) {
      try {
        written.addAll(f.writer().write(result, dir.toPath(), f.extension(), secrets));
      } catch (IOException e) {
        notWritten.add(
            "the "
                + f.name().toLowerCase(Locale.ROOT)
                + " report ("
                + (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                    ? fs.getReason()
                    : e.getMessage())
                + ")");
      }
    }
    if (!written.isEmpty()) {
      Path first =
          written.stream()
              .filter(p -> p.toString().endsWith(".html"))
              .findFirst()
              .orElse(written.get(0));
      log.info(
          "Reports in "
              + dir
              + ": "
              + String.join(", ", written.stream().map(p -> p.getFileName().toString()).toList())
              + (first.toString().endsWith(".html") ? " (open " + first.toUri() + ")" : ""));
    }
    if (!notWritten.isEmpty()) {
      log.error(
          "Could not write "
              + String.join(", ", notWritten)
              + " in "
              + dir
              + "; nothing half-written is left there");
    }
    String stepSummary = environment.get("GITHUB_STEP_SUMMARY");
    if (formats.contains(ReportFormat.MARKDOWN) && stepSummary != null && !stepSummary.isBlank()) {
      try {
        Files.writeString(
            Path.of(stepSummary),
            secrets.mask(ReportFormat.MARKDOWN.writer().render(result)) + "\n",
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
        log.info("Markdown report added to the job summary ($GITHUB_STEP_SUMMARY)");
      } catch (IOException | RuntimeException e) {
        log.warn(
            "Cannot add the report to $GITHUB_STEP_SUMMARY ("
                + stepSummary
                + "): "
                + e.getMessage());
      }
    }
    return notWritten;
  }
}
