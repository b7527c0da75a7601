package io.pactcontainers.maven;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.matrix.FailOn;
import io.pactcontainers.matrix.MatrixConfig;
import io.pactcontainers.settings.MatrixSettings;
import io.pactcontainers.settings.PropertyOverrides;
import io.pactcontainers.settings.SettingsException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the matrix goal's parameters onto the library's {@link MatrixConfig} through its settings
 * layer ({@link MatrixSettings}: the rows, given or found in the local Docker engine, and every
 * check), each cell's verification the {@code verify} parameters with the row's image and provider
 * version put in; messages name the POM element at fault.
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
    MatrixSettings.Raw raw = m.raw();
    try {
      List<String> rows = MatrixSettings.rows(raw, MavenNames.POM);
      Map<String, String> row = new HashMap<>(aliases);
      row.putAll(MatrixSettings.cellOverrides(raw, PropertyOverrides.of(verify, aliases), rows));
      VerifyMapping.Mapped cell =
          VerifyMapping.map(PropertyOverrides.of(verify, row), verify, c, m);
      MatrixConfig config =
          MatrixSettings.config(raw, cell.config(), rows, policy, dir, MavenNames.POM);
      return new Mapped(config, cell);
    } catch (SettingsException e) {
      throw new ConfigurationException(e.getMessage());
    }
  }
}
