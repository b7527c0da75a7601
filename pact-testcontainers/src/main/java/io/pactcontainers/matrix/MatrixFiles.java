package io.pactcontainers.matrix;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.WholeFile;
import io.pactcontainers.report.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A matrix's files in its folder: {@code matrix.json} (what tools, the next night and a merge
 * read), {@code matrix.md} and {@code matrix.html} (one self-contained page: the grid, each cell
 * linking to its own HTML report, changed cells outlined). The entry for the front ends: writing
 * each file whole or not at all lives here, each format in its own class ({@link MatrixJson},
 * {@link MatrixMarkdown}, {@link MatrixPage}), the merge of slices in {@link MatrixMerge}.
 */
public final class MatrixFiles {
  private MatrixFiles() {}

  static String key(String image, String column) {
    return image + "\u0000" + column;
  }

  /** The matrix's own files, written in this order. */
  static final List<String> NAMES = List.of("matrix.json", "matrix.md", "matrix.html");

  /** Writes one file whole or not at all: {@link ReportFiles#write}, or a test's full disk. */
  @FunctionalInterface
  interface TextWriter {
    void write(Path file, String text) throws IOException;
  }

  /**
   * What {@link #write} left: the page, and the files it could not write.
   *
   * @param page {@code matrix.html}
   * @param notWritten the files not written, each as "matrix.html (No space left on device)"; none
   *     of them is left on disk, neither half-written nor from an earlier run
   */
  public record Written(Path page, List<String> notWritten) {
    /**
     * Checks the components.
     *
     * @param page {@code matrix.html}
     * @param notWritten the files not written
     */
    public Written {
      requireNonNull(page, "page");
      notWritten = List.copyOf(notWritten);
    }

    /**
     * Whether every file was written.
     *
     * @return true when none is missing
     */
    public boolean complete() {
      return notWritten.isEmpty();
    }

    /**
     * What could not be written, for the verdict's message.
     *
     * @return "matrix.html (No space left on device) could not be written to DIR (nothing
     *     half-written or from an earlier run is left there); free space there or make it writable,
     *     and run again"
     */
    public String problem() {
      return String.join(", ", notWritten)
          + " could not be written to "
          + page.getParent()
          + " (nothing half-written or from an earlier run is left there); free space there or make"
          + " it writable, and run again";
    }
  }

  /**
   * Writes {@code matrix.json}, {@code matrix.md} and {@code matrix.html}, each whole or not at
   * all: one that cannot be written (a full disk) does not keep the others from being written, and
   * an earlier run's file of that name is removed, so that no page says an earlier verdict.
   *
   * @param matrix the result
   * @param dir the folder, created when missing
   * @return the page, and the files that could not be written
   */
  public static Written write(MatrixResult matrix, Path dir) {
    return write(matrix, dir, ReportFiles::write);
  }

  static Written write(MatrixResult matrix, Path dir, TextWriter writer) {
    List<String> notWritten = new ArrayList<>();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      String why =
          e instanceof java.nio.file.FileAlreadyExistsException
              ? "a file stands where its folder should be"
              : WholeFile.why(e);
      return new Written(
          dir.resolve("matrix.html"), NAMES.stream().map(n -> n + " (" + why + ")").toList());
    }
    for (String name : NAMES) {
      Path file = dir.resolve(name);
      try {
        writer.write(file, render(matrix, name));
      } catch (IOException | RuntimeException e) {
        String why =
            e instanceof IOException failure
                ? WholeFile.why(failure)
                : String.valueOf(e.getMessage());
        try {
          Files.deleteIfExists(file);
          Files.deleteIfExists(part(file));
        } catch (IOException removing) {
          why +=
              "; an earlier "
                  + name
                  + " is still there and cannot be removed ("
                  + WholeFile.why(removing)
                  + ")";
        }
        notWritten.add(name + " (" + why + ")");
      }
    }
    return new Written(dir.resolve("matrix.html"), notWritten);
  }

  private static String render(MatrixResult matrix, String name) throws IOException {
    return switch (name) {
      case "matrix.json" -> MatrixJson.text(matrix);
      case "matrix.md" -> MatrixMarkdown.markdown(matrix);
      default -> MatrixPage.html(matrix);
    };
  }

  private static Path part(Path file) {
    return file.resolveSibling("." + file.getFileName() + ".part");
  }

  /**
   * Removes an earlier run's matrix from {@code dir}: its {@code matrix.*} files (and the temporary
   * files of one that was killed while writing them) and its {@code cells} folder, so that this
   * run's page never stands beside another run's cells, nor another run's page beside this run's
   * cells.
   *
   * @param dir the matrix's folder
   * @throws MatrixException when they cannot be removed
   */
  static void removeEarlierRun(Path dir) {
    try {
      for (String name : NAMES) {
        Files.deleteIfExists(dir.resolve(name));
        Files.deleteIfExists(part(dir.resolve(name)));
      }
      Path cells = dir.resolve("cells");
      if (Files.isDirectory(cells, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        try (java.util.stream.Stream<Path> walk = Files.walk(cells)) {
          for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new MatrixException(
          "Cannot remove the earlier matrix in "
              + dir
              + ": "
              + e.getMessage()
              + "; remove it, or check that the folder can be written");
    }
  }

  /**
   * Reads a {@code matrix.json}; a file that is missing or not one says which and why.
   *
   * @param file a {@code matrix.json} this library wrote
   * @return the matrix it holds
   * @throws MatrixException when it is missing or not a matrix
   */
  public static MatrixResult read(Path file) {
    return MatrixJson.read(file);
  }

  static Map<String, MatrixResult.Outcome> outcomes(Path previous) {
    Map<String, MatrixResult.Outcome> out = new LinkedHashMap<>();
    read(previous).cells().forEach(c -> out.put(key(c.image(), c.column()), c.outcome()));
    return out;
  }

  /**
   * One matrix from the slices several machines verified ({@code -Dpact.matrix.images=...} each).
   *
   * @param slices the slices' {@code matrix.json} files
   * @param into the folder the merged matrix is written to
   * @return the merged matrix
   * @throws MatrixException when a slice cannot be read
   */
  public static MatrixResult merge(List<Path> slices, Path into) {
    return merge(slices, into, line -> {});
  }

  /**
   * One matrix from the slices several machines verified ({@code -Dpact.matrix.images=...} each):
   * rows ordered as one run orders them (image creation time, newest first, then tags read as
   * versions), whatever the order of the slices, the newest row said; columns united; each slice's
   * report links kept relative to {@code into} (the slices' folders are copied beside it by the CI
   * job, or linked as they are). A slice that was interrupted leaves the merge partial.
   *
   * @param slices the slices' {@code matrix.json} files
   * @param into the folder the merged matrix is written to
   * @param info told which row is the newest, and why
   * @return the merged matrix
   * @throws MatrixException when a slice cannot be read, or is not a matrix
   */
  public static MatrixResult merge(
      List<Path> slices, Path into, java.util.function.Consumer<String> info) {
    return MatrixMerge.merge(slices, into, info);
  }

  /**
   * The Markdown grid, line by line, for a console.
   *
   * @param m the matrix
   * @return its lines
   */
  public static List<String> markdownLines(MatrixResult m) {
    return MatrixMarkdown.markdown(m).lines().toList();
  }
}
