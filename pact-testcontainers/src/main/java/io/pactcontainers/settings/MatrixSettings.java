package io.pactcontainers.settings;

import static io.pactcontainers.settings.ProviderSettings.blank;

import io.pactcontainers.matrix.FailOn;
import io.pactcontainers.matrix.MatrixConfig;
import io.pactcontainers.provider.LocalImages;
import io.pactcontainers.provider.ProviderContainer;
import io.pactcontainers.verify.VerificationConfig;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The matrix's own settings (its rows, how many cells at once, which fail the run, an earlier
 * matrix, slices to merge) and their rules, for every front end: each cell is a verification mapped
 * by {@link VerificationSettings} as usual, with the row's image and provider version put in
 * ({@link #cellOverrides}). Messages name the settings in the front end's words.
 */
public final class MatrixSettings {
  private MatrixSettings() {}

  /**
   * The matrix's settings as given, by the plugin's parameter names.
   *
   * @param images the rows, newest first (each may hold several, comma-separated); null: none
   * @param imageRepository instead: the local engine's tags of this repository
   * @param tagPattern which of its tags (a regular expression over the whole tag)
   * @param maxImages at most this many of them, the newest
   * @param parallelism cells at once; null: the CPU count
   * @param failOn {@code any}, {@code newest} or {@code never}
   * @param previousMatrix an earlier run's {@code matrix.json}; null: none
   * @param matrixProviderVersion the provider version each image publishes under
   * @param mergeFrom slices' {@code matrix.json} files to merge instead of verifying; null: none
   */
  public record Raw(
      List<String> images,
      String imageRepository,
      String tagPattern,
      int maxImages,
      Integer parallelism,
      String failOn,
      File previousMatrix,
      String matrixProviderVersion,
      List<File> mergeFrom) {

    /**
     * Copies the lists.
     *
     * @param images the rows
     * @param imageRepository the repository of the rows
     * @param tagPattern its tags
     * @param maxImages at most this many
     * @param parallelism cells at once
     * @param failOn the policy
     * @param previousMatrix an earlier matrix
     * @param matrixProviderVersion the version each image publishes under
     * @param mergeFrom slices to merge
     */
    public Raw {
      images = images == null ? null : Collections.unmodifiableList(new ArrayList<>(images));
      mergeFrom =
          mergeFrom == null ? null : Collections.unmodifiableList(new ArrayList<>(mergeFrom));
    }

    /**
     * Whether slices verified elsewhere are merged instead of verifying anything.
     *
     * @return {@code mergeFrom} has files
     */
    public boolean merging() {
      return mergeFrom != null && !mergeFrom.isEmpty();
    }
  }

  /**
   * Which cells fail the run.
   *
   * @param m the settings
   * @param names how the front end names them
   * @return the policy
   * @throws SettingsException naming {@code failOn} and its valid values
   */
  public static FailOn failOn(Raw m, SettingNames names) {
    try {
      return FailOn.parse(m.failOn() == null ? "any" : m.failOn());
    } catch (IllegalArgumentException e) {
      throw new SettingsException(names.of("failOn") + ": " + e.getMessage());
    }
  }

  /**
   * The slices to merge, each there.
   *
   * @param m the settings
   * @param names how the front end names them
   * @return the files
   * @throws SettingsException naming the file not found
   */
  public static List<Path> mergeFrom(Raw m, SettingNames names) {
    List<Path> files = new ArrayList<>();
    for (File f : m.mergeFrom() == null ? List.<File>of() : m.mergeFrom()) {
      if (!f.isFile()) {
        throw new SettingsException(
            names.of("mergeFrom")
                + ": "
                + f
                + " not found; give the matrix.json files the slices wrote");
      }
      files.add(f.toPath());
    }
    return files;
  }

  /**
   * The rows: {@code images}, or the newest of {@code imageRepository}'s tags matching {@code
   * tagPattern} in the local Docker engine.
   *
   * @param m the settings
   * @param names how the front end names them
   * @return the images, newest first
   * @throws SettingsException when there are none, naming what to give
   */
  public static List<String> rows(Raw m, SettingNames names) {
    List<String> given =
        m.images() == null
            ? List.of()
            : m.images().stream()
                .flatMap(i -> Arrays.stream(i.split(",")))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    if (!given.isEmpty()) {
      return given;
    }
    if (blank(m.imageRepository())) {
      throw new SettingsException(
          "The matrix needs its rows: give "
              + names.example("a:1,a:2", "images")
              + ", or "
              + names.of("imageRepository")
              + " with "
              + names.of("tagPattern"));
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(m.tagPattern() == null ? ".*" : m.tagPattern());
    } catch (PatternSyntaxException e) {
      throw new SettingsException(
          names.of("tagPattern")
              + " is not a valid regular expression: "
              + e.getDescription()
              + " in "
              + m.tagPattern());
    }
    if (m.maxImages() < 1) {
      throw new SettingsException(
          names.of("maxImages") + " must be at least 1, found " + m.maxImages());
    }
    List<String> found = LocalImages.newest(m.imageRepository().trim(), pattern, m.maxImages());
    if (found.isEmpty()) {
      throw new SettingsException(
          "No local image of "
              + m.imageRepository()
              + " has a tag matching "
              + names.of("tagPattern")
              + " "
              + pattern.pattern()
              + "; build or pull them first (docker images "
              + m.imageRepository()
              + ")");
    }
    return found;
  }

  /**
   * What each cell's verification takes from the matrix, by our property names (for {@link
   * PropertyOverrides}): the first row's image when the settings name none (the provider's other
   * settings say how to run each row's), and the provider version to publish under when results are
   * published ({@code {tag}}, replaced per row).
   *
   * @param m the matrix's settings
   * @param verify the cells' settings
   * @param rows the rows
   * @return the values to put in
   */
  public static Map<String, String> cellOverrides(Raw m, RawSettings verify, List<String> rows) {
    Map<String, String> row = new HashMap<>();
    if (blank(verify.providerImage())) {
      row.put(PropertyNames.PROVIDER_IMAGE, rows.get(0));
    }
    if (verify.publishResults()) {
      row.put(
          PropertyNames.PROVIDER_VERSION,
          blank(m.matrixProviderVersion()) ? "{tag}" : m.matrixProviderVersion());
    }
    return row;
  }

  /**
   * The matrix, checked.
   *
   * @param m the matrix's settings
   * @param cell the verification each cell runs, mapped from the settings with {@link
   *     #cellOverrides}
   * @param rows the rows
   * @param policy which cells fail the run
   * @param dir where the matrix's files go
   * @param names how the front end names the settings
   * @return the library's configuration
   * @throws SettingsException naming the setting at fault
   */
  public static MatrixConfig config(
      Raw m,
      VerificationConfig cell,
      List<String> rows,
      FailOn policy,
      Path dir,
      SettingNames names) {
    if (!(cell.target() instanceof ProviderContainer container)) {
      throw new SettingsException(
          "The matrix verifies images: give "
              + names.of("provider", "image")
              + " or "
              + names.of("provider", "dockerfile")
              + ", not "
              + names.of("provider", "baseUrl"));
    }
    int n = m.parallelism() == null ? Runtime.getRuntime().availableProcessors() : m.parallelism();
    if (n < 1) {
      throw new SettingsException(names.of("parallelism") + " must be at least 1, found " + n);
    }
    if (m.previousMatrix() != null && !m.previousMatrix().isFile()) {
      throw new SettingsException(
          names.of("previousMatrix")
              + " not found: "
              + m.previousMatrix()
              + "; give the matrix.json of an earlier run (or leave it out on the first night)");
    }
    return new MatrixConfig(
        cell,
        container,
        rows,
        n,
        policy,
        Optional.ofNullable(m.previousMatrix()).map(File::toPath),
        dir,
        blank(m.matrixProviderVersion()) ? "{tag}" : m.matrixProviderVersion());
  }
}
