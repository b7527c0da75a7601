package io.pactcontainers.maven;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.settings.MappedSettings;
import io.pactcontainers.settings.RawSettings;
import io.pactcontainers.settings.SettingsContext;
import io.pactcontainers.settings.SettingsException;
import io.pactcontainers.settings.VerificationSettings;
import io.pactcontainers.verify.VerificationConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Hands the verify goal's settings to the library's settings layer ({@link VerificationSettings},
 * which holds every rule and names the POM element at fault through {@link MavenNames}), after the
 * one check only Maven can make: expressions Maven could not resolve.
 */
final class VerifyMapping {
  private VerifyMapping() {}

  /**
   * The configuration of a verification, and the credentials met on the way (kept to be masked).
   *
   * @param settings the library's mapping
   */
  record Mapped(MappedSettings settings) implements MaskedRun.Masked {
    Mapped {
      requireNonNull(settings, "settings");
    }

    VerificationConfig config() {
      return settings.config();
    }

    @Override
    public SecretMasking masking() {
      return SecretMasking.of(settings.secrets());
    }
  }

  /**
   * Maps the settings, checked first for expressions Maven could not resolve.
   *
   * @param settings the goal's settings, with the command line's overrides
   * @param parameters the goal's parameters as read, checked for unresolved expressions
   * @param alsoChecked more of the goal's parameters (the matrix's own), checked with them
   */
  static Mapped map(
      RawSettings settings, VerifyParameters parameters, GoalContext c, Object... alsoChecked)
      throws ConfigurationException {
    List<Object> checked = new ArrayList<>(List.of(parameters));
    checked.addAll(List.of(alsoChecked));
    UnresolvedExpressions.check(checked, c.execution());
    try {
      return new Mapped(VerificationSettings.map(settings, context(c)));
    } catch (SettingsException e) {
      throw new ConfigurationException(e.getMessage());
    }
  }

  private static SettingsContext context(GoalContext c) {
    return new SettingsContext(
        c.projectDirectory(),
        c.outputFolder().toPath(),
        c.environment(),
        c.info(),
        new SettingsXmlServers(c.settings(), c.settingsDecrypter()),
        new TestClasses(c.testClasspath(), VerifyMapping.class.getClassLoader()),
        c.interpolationValues(),
        PluginVersion.get());
  }
}
