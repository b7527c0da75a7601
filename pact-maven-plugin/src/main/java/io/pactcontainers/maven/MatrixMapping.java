package io.pactcontainers.maven;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.matrix.FailOn;
import io.pactcontainers.matrix.MatrixConfig;
import io.pactcontainers.provider.LocalImages;
import io.pactcontainers.provider.ProviderContainer;
import io.pactcontainers.settings.PropertyNames;
import io.pactcontainers.settings.PropertyOverrides;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Maps the matrix goal's parameters onto the library's {@link MatrixConfig}: its rows (given, or
 * found in the local Docker engine), each cell's verification (the {@code verify} parameters, the
 * row's image and provider version put in), naming the POM element at fault.
 */
final class MatrixMapping {
  private MatrixMapping() {}

  /**
   * The matrix's configuration, and its cells' verification as mapped (for its secrets).
   *
   * @param config the library's configuration
   * @param cell the verification each cell runs
   */
  record Mapped(MatrixConfig config, VerifyMapping.Mapped cell) implements MaskedRun.Masked {
    Mapped {
      requireNonNull(config, "config");
      requireNonNull(cell, "cell");
    }

    @Override
    public SecretMasking masking() {
      return cell.masking();
    }
  }

  static Mapped map(
      MatrixParameters m,
      VerifyParameters verify,
      Map<String, String> aliases,
      GoalContext c,
      Path dir,
      FailOn policy)
      throws ConfigurationException {
    List<String> rows = rows(m);
    Map<String, String> row = new HashMap<>(aliases);
    if (BrokerGoal.blank(PropertyOverrides.of(verify, aliases).providerImage())) {
      row.put(PropertyNames.PROVIDER_IMAGE, rows.get(0)); // <provider> says how to run it
    }
    if (verify.publishResults()) {
      row.put(PropertyNames.PROVIDER_VERSION, m.matrixProviderVersion()); // replaced per image
    }
    VerifyMapping.Mapped cell = VerifyMapping.map(PropertyOverrides.of(verify, row), verify, c, m);
    if (!(cell.config().target() instanceof ProviderContainer container)) {
      throw new ConfigurationException(
          "The matrix verifies images: give <provider><image> or <provider><dockerfile>, not"
              + " <provider><baseUrl>");
    }
    int cpus = Runtime.getRuntime().availableProcessors();
    int n = m.parallelism() == null ? cpus : m.parallelism();
    if (n < 1) {
      throw new ConfigurationException("<parallelism> must be at least 1, found " + n);
    }
    if (m.previousMatrix() != null && !m.previousMatrix().isFile()) {
      throw new ConfigurationException(
          "<previousMatrix> not found: "
              + m.previousMatrix()
              + "; give the matrix.json of an earlier run"
              + " (or leave it out on the first night)");
    }
    MatrixConfig config =
        new MatrixConfig(
            cell.config(),
            container,
            rows,
            n,
            policy,
            Optional.ofNullable(m.previousMatrix()).map(File::toPath),
            dir,
            m.matrixProviderVersion());
    return new Mapped(config, cell);
  }

  /** The rows: {@code <images>}, or the newest of {@code <imageRepository>}'s matching tags. */
  private static List<String> rows(MatrixParameters m) throws ConfigurationException {
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
    if (BrokerGoal.blank(m.imageRepository())) {
      throw new ConfigurationException(
          "The matrix needs its rows: give <images> (or -D"
              + PropertyNames.MATRIX_IMAGES
              + "=a:1,a:2), or <imageRepository> with <tagPattern>");
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(m.tagPattern());
    } catch (PatternSyntaxException e) {
      throw new ConfigurationException(
          "<tagPattern> is not a valid regular expression: "
              + e.getDescription()
              + " in "
              + m.tagPattern());
    }
    if (m.maxImages() < 1) {
      throw new ConfigurationException("<maxImages> must be at least 1, found " + m.maxImages());
    }
    List<String> found = LocalImages.newest(m.imageRepository().trim(), pattern, m.maxImages());
    if (found.isEmpty()) {
      throw new ConfigurationException(
          "No local image of "
              + m.imageRepository()
              + " has a tag matching <tagPattern> "
              + m.tagPattern()
              + "; build or pull them first (docker images "
              + m.imageRepository()
              + ")");
    }
    return found;
  }
}
