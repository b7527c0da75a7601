package io.pactcontainers.maven;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.matrix.FailOn;
import io.pactcontainers.matrix.MatrixFiles;
import io.pactcontainers.matrix.MatrixResult;
import io.pactcontainers.matrix.MatrixVerdict;
import io.pactcontainers.settings.MatrixSettings;
import io.pactcontainers.settings.SettingsException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * A matrix's verdict ({@link MatrixVerdict}, the library's) in Maven's terms: its lines logged, a
 * failure under {@code <failOn>} a build failure, anything not completed a build error; and the
 * merge of slices verified elsewhere, which ends the same way.
 */
final class MatrixOutcome {
  private MatrixOutcome() {}

  /**
   * Merges {@code matrix.json} files of slices verified elsewhere into one matrix, nothing
   * verified, and says its verdict as a run's.
   */
  static void merge(MatrixSettings.Raw raw, Path dir, FailOn policy, Log log)
      throws MojoExecutionException, MojoFailureException {
    try {
      List<Path> slices = MatrixSettings.mergeFrom(raw, MavenNames.POM);
      MatrixResult merged = MatrixFiles.merge(slices, dir, log::info);
      log.info(MatrixVerdict.merged(slices.size(), merged));
      finish(merged, MatrixFiles.write(merged, dir), policy, log);
    } catch (SettingsException e) {
      throw new MojoExecutionException(e.getMessage());
    } catch (PactContainersException e) {
      throw new MojoExecutionException(e.getMessage());
    }
  }

  /** Says the verdict's lines, then fails once. */
  static void finish(MatrixResult result, MatrixFiles.Written written, FailOn policy, Log log)
      throws MojoExecutionException, MojoFailureException {
    MatrixVerdict verdict = MatrixVerdict.of(result, written, policy, "<failOn>");
    for (MatrixVerdict.Line line : verdict.lines()) {
      switch (line.level()) {
        case INFO -> log.info(line.text());
        case WARN -> log.warn(line.text());
        case ERROR -> log.error(line.text());
      }
    }
    switch (verdict.kind()) {
      case PASSED -> {}
      case FAILED -> throw new MojoFailureException(verdict.message());
      case NOT_COMPLETED -> throw new MojoExecutionException(verdict.message());
    }
  }
}
