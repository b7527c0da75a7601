package io.pactcontainers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: a report, the can-i-deploy answer, a matrix page. A full disk
 * (or a quota) cuts a file short mid-write, and a later step (a CI archiver, a dashboard, {@code
 * -Dpact.lastFailed}) would read the stump as the run's: so the text goes to a temporary file
 * beside it, moved into place only when complete. When that fails, neither the stump nor the
 * previous run's file of the same name is left, since that one would be read as this run's.
 */
public final class WholeFile {
  private WholeFile() {}

  /**
   * Writes {@code text} to {@code file}, whole or not at all.
   *
   * @param file the file; its folder must exist
   * @param text what it holds
   * @throws IOException naming the file, when it could not be written (nothing is left then)
   */
  public static void write(Path file, String text) throws IOException {
    Path part = file.resolveSibling("." + file.getFileName() + ".part");
    try {
      Files.writeString(part, text, StandardCharsets.UTF_8);
      try {
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      Files.deleteIfExists(part);
      Files.deleteIfExists(file);
      throw e;
    }
  }

  /**
   * Why a file or its folder could not be written, in words. The JDK says only the path for a
   * folder it may not write ({@code AccessDeniedException: /project/target}), which a message would
   * show as if it were the reason.
   *
   * @param e what writing threw
   * @return e.g. {@code No space left on device}, {@code permission denied: /project/target}
   */
  public static String why(IOException e) {
    if (!(e instanceof FileSystemException fs)) {
      return String.valueOf(e.getMessage());
    }
    if (fs.getReason() != null) {
      return fs.getReason();
    }
    String what = fs.getClass().getSimpleName();
    if (fs instanceof AccessDeniedException) {
      what = "permission denied";
    } else if (fs instanceof FileAlreadyExistsException) {
      what = "a file stands where a folder should be";
    } else if (fs instanceof NotDirectoryException) {
      what = "not a folder";
    } else if (fs instanceof NoSuchFileException) {
      what = "no such file or folder";
    }
    return fs.getFile() == null ? what : what + ": " + fs.getFile();
  }
}
