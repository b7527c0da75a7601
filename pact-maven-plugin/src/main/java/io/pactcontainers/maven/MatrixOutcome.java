package io.pactcontainers.maven;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.matrix.FailOn;
import io.pactcontainers.matrix.MatrixFiles;
import io.pactcontainers.matrix.MatrixResult;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * A matrix's outcome in Maven's terms: its page and grid said, the cells that changed, then one
 * failure or error under {@code <failOn>}; and the merge of slices verified elsewhere, which ends
 * the same way.
 */
final class MatrixOutcome {
  private MatrixOutcome() {}

  /**
   * Merges {@code matrix.json} files of slices verified elsewhere into one matrix, nothing
   * verified, and says its verdict as a run's.
   */
  static void merge(List<File> mergeFrom, Path dir, FailOn policy, Log log)
      throws MojoExecutionException, MojoFailureException {
    for (File f : mergeFrom) {
      if (!f.isFile()) {
        throw new MojoExecutionException(
            "<mergeFrom>: " + f + " not found; give the matrix.json files the slices wrote");
      }
    }
    try {
      MatrixResult merged =
          MatrixFiles.merge(mergeFrom.stream().map(File::toPath).toList(), dir, log::info);
      log.info(
          "Merged "
              + mergeFrom.size()
              + " matrix slice(s): "
              + merged.images().size()
              + " image(s) x "
              + merged.columns().size()
              + " consumer version(s)");
      finish(merged, MatrixFiles.write(merged, dir), policy, log);
    } catch (PactContainersException e) {
      throw new MojoExecutionException(e.getMessage());
    }
  }

  /**
   * Says the verdict, then fails once: an interrupted run is a build error whatever its cells, a
   * page that could not be written is said with the verdict (never hiding it).
   */
  static void finish(MatrixResult result, MatrixFiles.Written written, FailOn policy, Log log)
      throws MojoExecutionException, MojoFailureException {
    Path page = written.page();
    if (written.complete()) {
      log.info("Matrix: " + page.toUri() + " (and matrix.json, matrix.md)");
    } else {
      log.error("Could not write " + written.problem());
    }
    for (String line : MatrixFiles.markdownLines(result)) {
      log.info(line);
    }
    sayChanged(result, log);
    String also = written.complete() ? "" : "; also, " + written.problem();
    if (result.interrupted().isPresent()) {
      throw new MojoExecutionException(
          "Pact matrix "
              + result.interrupted().get()
              + " (Ctrl-C or SIGTERM): the matrix is partial, see "
              + page
              + also);
    }
    String rule = "<failOn> " + policy.name().toLowerCase(java.util.Locale.ROOT);
    List<MatrixResult.Cell> failing = result.failing(policy);
    if (!failing.isEmpty()) {
      throw new MojoFailureException(
          "Pact matrix: "
              + failing.size()
              + " cell(s) failed or errored under "
              + rule
              + ": "
              + String.join(", ", failing.stream().map(MatrixOutcome::described).toList())
              + "; see "
              + (written.complete() ? page.toString() : "the grid above")
              + also);
    }
    if (!written.complete()) {
      throw new MojoExecutionException(
          "Pact matrix passed under " + rule + ", but " + written.problem());
    }
  }

  /** A failing cell as the failure names it: with the interactions that did not pass, if known. */
  private static String described(MatrixResult.Cell c) {
    String interactions = c.tally().failingLabels(3);
    return c.image()
        + " x "
        + c.column()
        + " ("
        + c.outcome().word()
        + (interactions.isEmpty() ? "" : ": " + interactions)
        + ")";
  }

  /** The cells whose outcome changed since the previous matrix, each with its before and after. */
  private static void sayChanged(MatrixResult result, Log log) {
    long changed = result.cells().stream().filter(MatrixResult.Cell::changed).count();
    if (changed > 0) {
      log.warn(changed + " cell(s) changed since the previous matrix:");
      result.cells().stream()
          .filter(MatrixResult.Cell::changed)
          .forEach(
              c ->
                  log.warn(
                      "  "
                          + c.image()
                          + " x "
                          + c.column()
                          + ": "
                          + c.previously().get().word()
                          + " -> "
                          + c.outcome().word()));
    }
  }
}
