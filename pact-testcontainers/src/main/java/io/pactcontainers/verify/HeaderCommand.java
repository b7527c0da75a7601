package io.pactcontainers.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command that gives a header's value (a token minted for this run, say): through {@code
 * sh -c} in the given folder, once, before the first request; its standard output, trimmed, is the
 * value. A command that fails, prints nothing or outlives its timeout is a {@link
 * HeaderCommandException}: sending a request without the value would only produce false failures.
 */
public final class HeaderCommand {
  /** How much of the command's standard error a failure keeps: its end, where errors are said. */
  private static final int STDERR_TAIL = 500;

  private HeaderCommand() {}

  /**
   * Runs the command and returns its trimmed output.
   *
   * @param header the header the value is for (named in errors)
   * @param command the shell command
   * @param directory the folder it runs in
   * @param timeout how long it may take
   * @return the value
   * @throws HeaderCommandException when it cannot start, fails, prints nothing or times out
   */
  public static String run(String header, String command, Path directory, Duration timeout) {
    return run(header, command, io.pactcontainers.Secrets.none(), directory, timeout);
  }

  /**
   * Runs the command as {@link #run(String, String, Path, Duration)} does; a failure's message
   * shows the command and its error output with {@code interpolated} masked: the values a front end
   * put into the command before it came here (Maven's {@code ${env.TOKEN}}), which may be secrets.
   *
   * @param header the header's name, for messages
   * @param command the shell command
   * @param interpolated values to mask in what a failure says
   * @param directory where it runs
   * @param timeout how long it may take
   * @return the value: the command's output, trimmed
   * @throws HeaderCommandException when it fails, times out, prints nothing or more than one line
   */
  public static String run(
      String header,
      String command,
      io.pactcontainers.Secrets interpolated,
      Path directory,
      Duration timeout) {
    try {
      return runUnmasked(header, command, directory, timeout);
    } catch (HeaderCommandException e) {
      throw e.masked(interpolated);
    }
  }

  private static String runUnmasked(
      String header, String command, Path directory, Duration timeout) {
    Process process;
    try {
      process =
          new ProcessBuilder("sh", "-c", command)
              .directory(directory.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
    } catch (IOException e) {
      throw HeaderCommandException.of(header, command, "could not start: " + e.getMessage(), "");
    }
    // Both streams read at once: a command that writes much to one would block on the other.
    CompletableFuture<String> out = readAll(process.getInputStream());
    CompletableFuture<String> err = readAll(process.getErrorStream());
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw HeaderCommandException.of(
            header,
            command,
            "did not finish within " + timeout.toSeconds() + " s",
            tail(err.getNow("")));
      }
      String value = out.join().trim();
      if (process.exitValue() != 0) {
        throw HeaderCommandException.of(
            header, command, "exited with status " + process.exitValue(), tail(err.join()));
      }
      if (value.isEmpty()) {
        throw HeaderCommandException.of(
            header, command, "exited with status 0 but printed nothing", tail(err.join()));
      }
      if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
        throw HeaderCommandException.of(
            header,
            command,
            "printed more than one line (a header value is one line)",
            tail(err.join()));
      }
      return value;
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw HeaderCommandException.of(header, command, "was interrupted", "");
    }
  }

  private static CompletableFuture<String> readAll(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            return "";
          }
        });
  }

  private static String tail(String stderr) {
    String s = stderr.strip();
    return s.length() <= STDERR_TAIL ? s : "..." + s.substring(s.length() - STDERR_TAIL);
  }
}
