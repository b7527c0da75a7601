package io.pactcontainers.maven;

import io.pactcontainers.report.ReportFormat;
import io.pactcontainers.verify.VerificationResult;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/** The {@code <reports>} parameter: parsed up front, written after the run. */
final class Reports {
  private final List<ReportFormat> formats;

  private Reports(List<ReportFormat> formats) {
    this.formats = formats;
  }

  static Reports parse(List<String> names) throws ConfigurationException {
    List<ReportFormat> out = new ArrayList<>();
    if (names != null) {
      for (String r : names) {
        if (ConfigurationMapper.blank(r)) {
          continue;
        }
        try {
          out.add(ReportFormat.parse(r));
        } catch (IllegalArgumentException e) {
          throw new ConfigurationException("<reports>: " + e.getMessage());
        }
      }
    }
    return new Reports(out);
  }

  void write(VerificationResult result, File dir, Log log) throws MojoExecutionException {
    for (ReportFormat f : formats) {
      try {
        log.info("Report: " + f.writer().write(result, dir.toPath(), f.extension()));
      } catch (IOException e) {
        throw new MojoExecutionException("Cannot write the " + f.name().toLowerCase(Locale.ROOT) + " report to " + dir
            + ": " + e.getMessage(), e);
      }
    }
  }
}
