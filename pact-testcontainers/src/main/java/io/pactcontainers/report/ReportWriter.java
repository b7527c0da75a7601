package io.pactcontainers.report;

import io.pactcontainers.verify.VerificationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a run's result in one format. Results carry no credentials, but a provider may echo a
 * secret into its answer: the run's secrets are masked in every file written.
 */
public interface ReportWriter {

  /**
   * The extension of the file a report class of the user's writes ({@code <provider>.<extension>}):
   * the built-in formats have theirs in {@link ReportFormat}.
   *
   * @return the extension; by default {@code txt}
   */
  default String extension() {
    return "txt";
  }

  /**
   * The report as one text (for the formats written to one file).
   *
   * @param result the run's result
   * @return the report
   */
  String render(VerificationResult result);

  /**
   * The report as the one file a user named ({@code --json FILE}): the whole run in one document.
   *
   * @param result the run's result
   * @return the report; by default {@link #render}
   */
  default String renderOneFile(VerificationResult result) {
    return render(result);
  }

  /**
   * Writes {@code <dir>/<provider>.<ext>} and returns the files written.
   *
   * @param result the run's result
   * @param dir the reports' folder, created when missing
   * @param extension the file extension
   * @return the files written
   * @throws IOException when the folder cannot be written: the report is then not there at all,
   *     neither cut short nor from an earlier run
   */
  default List<Path> write(VerificationResult result, Path dir, String extension)
      throws IOException {
    return write(result, dir, extension, io.pactcontainers.Secrets.none());
  }

  /**
   * Writes {@code <dir>/<provider>.<ext>} with the secrets masked and returns the files written.
   *
   * @param result the run's result
   * @param dir the reports' folder, created when missing
   * @param extension the file extension
   * @param secrets masked in what is written (a token a provider echoed, say)
   * @return the files written
   * @throws IOException when the folder cannot be written: the report is then not there at all,
   *     neither cut short nor from an earlier run
   */
  default List<Path> write(
      VerificationResult result, Path dir, String extension, io.pactcontainers.Secrets secrets)
      throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(fileName(result.provider()) + "." + extension);
    ReportFiles.write(file, secrets.mask(render(result)));
    return List.of(file);
  }

  /**
   * A name safe in any file system.
   *
   * @param name a provider or consumer name
   * @return it with anything but letters, digits, {@code _ . -} replaced by {@code -}
   */
  static String fileName(String name) {
    return name.replaceAll("[^A-Za-z0-9_.-]", "-");
  }
}
