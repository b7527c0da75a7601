package io.pactcontainers.broker;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * can-i-deploy's file, {@code can-i-deploy.json}: this run's answer as the Broker gave it, or this
 * run's failure and why, never an earlier run's. A CI step reads it to decide a deployment, so an
 * earlier "deployable: true" left beside a failed run would deploy what was never checked: the
 * earlier file is removed before the Broker is asked, and each file is written whole or not at all.
 */
public final class CanIDeployFile {
  /** The file's name. */
  public static final String NAME = "can-i-deploy.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final boolean written;

  private CanIDeployFile(Path file, boolean written) {
    this.file = requireNonNull(file, "file");
    this.written = written;
  }

  /**
   * {@code output json}: the answer, or the failure, is written to {@code dir/can-i-deploy.json}.
   *
   * @param dir the folder, created when missing
   * @return the file's handling
   */
  public static CanIDeployFile written(Path dir) {
    return new CanIDeployFile(dir.resolve(NAME), true);
  }

  /**
   * {@code output text}: nothing is written, and an earlier run's {@code dir/can-i-deploy.json} is
   * removed all the same.
   *
   * @param dir the folder
   * @return the file's handling
   */
  public static CanIDeployFile none(Path dir) {
    return new CanIDeployFile(dir.resolve(NAME), false);
  }

  /**
   * The file.
   *
   * @return {@code dir/can-i-deploy.json}
   */
  public Path file() {
    return file;
  }

  /**
   * Whether this run writes the file.
   *
   * @return true for {@code output json}
   */
  public boolean isWritten() {
    return written;
  }

  /** Before the Broker is asked: whatever ends this run, no earlier answer is left. */
  void removeEarlier() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new AnswerFileException(
          "Cannot remove an earlier can-i-deploy answer: "
              + file
              + " ("
              + io.pactcontainers.WholeFile.why(e)
              + "); remove it, or check that the folder can be written",
          e);
    }
  }

  void answered(CanIDeploy.Answer answer) {
    if (!written) {
      return;
    }
    try {
      write(answer.json());
    } catch (IOException e) {
      throw new AnswerFileException(
          "Cannot write the Broker's answer to "
              + file
              + ": "
              + io.pactcontainers.WholeFile.why(e)
              + "; free space there, or check that the folder can be written (nothing is left"
              + " there)",
          e);
    }
  }

  /** The question could not be answered: the file says so, and why ("deployable": false). */
  void failed(CanIDeploy.Query query, RuntimeException error) {
    if (!written) {
      return;
    }
    ObjectNode root = JSON.createObjectNode();
    root.putObject("summary")
        .put("deployable", false)
        .put("reason", "can-i-deploy failed: " + error.getMessage());
    root.putObject("error").put("message", String.valueOf(error.getMessage()));
    root.put("query", query.describe());
    try {
      write(root.toPrettyString());
    } catch (IOException e) {
      error.addSuppressed(e); // the Broker's error is what to say; no file is left
    }
  }

  /** Whole or not at all: a full disk leaves no stump, and no earlier file of the name. */
  private void write(String text) throws IOException {
    Files.createDirectories(file.getParent());
    io.pactcontainers.WholeFile.write(file, text);
  }

  /** can-i-deploy's file could not be written or removed. */
  public static final class AnswerFileException extends io.pactcontainers.PactContainersException {
    private static final long serialVersionUID = 1L;

    AnswerFileException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
