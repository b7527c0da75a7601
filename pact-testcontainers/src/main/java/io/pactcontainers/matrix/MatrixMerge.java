package io.pactcontainers.matrix;

import io.pactcontainers.provider.LocalImages;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One matrix from the slices several machines verified: rows ordered as one run orders them,
 * columns united, report links kept relative to the merged matrix's folder, a cell verified in two
 * slices kept once or refused. One instance per merge, filled slice by slice.
 */
final class MatrixMerge {
  private final Path base;
  private final Map<String, Long> created = new LinkedHashMap<>();
  private final List<String> interrupted = new ArrayList<>();
  private final Set<String> images = new LinkedHashSet<>();
  private final Map<String, MatrixResult.Column> columns = new LinkedHashMap<>();
  private final Map<String, MatrixResult.Cell> cells = new LinkedHashMap<>();
  private final Map<String, Path> cellFrom = new LinkedHashMap<>();
  private String provider;
  private long duration;

  private MatrixMerge(Path into) {
    this.base = into.toAbsolutePath().normalize();
  }

  /**
   * See {@link MatrixFiles#merge(List, Path, Consumer)}.
   *
   * @param slices the slices' {@code matrix.json} files
   * @param into the folder the merged matrix is written to
   * @param info told which row is the newest, and why
   * @return the merged matrix
   * @throws MatrixException when a slice cannot be read, or is not a matrix, or two disagree
   */
  static MatrixResult merge(List<Path> slices, Path into, Consumer<String> info) {
    MatrixMerge merge = new MatrixMerge(into);
    for (Path slice : slices) {
      merge.add(slice, MatrixJson.read(slice));
    }
    return merge.result(info);
  }

  private void add(Path slice, MatrixResult m) {
    if (provider != null && !provider.equals(m.provider())) {
      throw new MatrixException(
          "Cannot merge "
              + slice
              + ": it verified provider \""
              + m.provider()
              + "\", the others \""
              + provider
              + "\"");
    }
    provider = m.provider();
    images.addAll(m.images());
    created.putAll(m.created());
    m.interrupted().ifPresent(i -> interrupted.add(slice + " " + i));
    m.columns().forEach(c -> columns.putIfAbsent(c.id(), c));
    Path sliceDir = slice.toAbsolutePath().normalize().getParent();
    for (MatrixResult.Cell c : m.cells()) {
      MatrixResult.Cell relinked = relinked(c, sliceDir);
      String key = MatrixFiles.key(c.image(), c.column());
      MatrixResult.Cell earlier = cells.get(key);
      if (earlier == null || keepsLater(earlier, relinked, cellFrom.get(key), slice)) {
        cells.put(key, relinked);
        cellFrom.put(key, slice);
      }
    }
    duration = Math.max(duration, m.durationMillis());
  }

  /** The cell with its report link relative to the merged matrix's folder. */
  private MatrixResult.Cell relinked(MatrixResult.Cell c, Path sliceDir) {
    Optional<String> report =
        c.report().map(r -> base.relativize(sliceDir.resolve(r)).toString().replace('\\', '/'));
    return new MatrixResult.Cell(
        c.image(),
        c.column(),
        c.outcome(),
        c.detail(),
        report,
        c.durationMillis(),
        c.previously(),
        c.tally());
  }

  private MatrixResult result(Consumer<String> info) {
    List<String> rows = LocalImages.newestFirst(List.copyOf(images), created);
    if (!rows.isEmpty()) {
      String newest = rows.get(0);
      info.accept(
          "Newest row (the one failOn newest judges): "
              + newest
              + (created.containsKey(newest)
                  ? ", created " + Instant.ofEpochSecond(created.get(newest))
                  : ", creation time unknown")
              + "; rows ordered by image creation time, then by tag as a version");
    }
    return new MatrixResult(
        provider == null ? "" : provider,
        rows,
        List.copyOf(columns.values()),
        List.copyOf(cells.values()),
        duration,
        interrupted.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", interrupted)),
        created);
  }

  /**
   * The same cell in two slices: one cell only when both say the same outcome (the one from a whole
   * run kept over one from a partial run); otherwise the merge would show one verdict and hide the
   * other, and it refuses.
   */
  private static boolean keepsLater(
      MatrixResult.Cell earlier, MatrixResult.Cell later, Path earlierFile, Path laterFile) {
    if (earlier.outcome() != later.outcome()) {
      throw new MatrixException(
          "Cannot merge: "
              + later.image()
              + " x "
              + later.column()
              + " is "
              + earlier.outcome().word()
              + (earlier.partial() ? " (a partial run)" : "")
              + " in "
              + earlierFile
              + " and "
              + later.outcome().word()
              + (later.partial() ? " (a partial run)" : "")
              + " in "
              + laterFile
              + "; give each image x consumer version to one slice only, or verify it again");
    }
    return earlier.partial() && !later.partial();
  }
}
