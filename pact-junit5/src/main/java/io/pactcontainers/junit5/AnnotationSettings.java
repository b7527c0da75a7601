package io.pactcontainers.junit5;

import io.pactcontainers.settings.MappedSettings;
import io.pactcontainers.settings.PropertyOverrides;
import io.pactcontainers.settings.ServerCredentials;
import io.pactcontainers.settings.SettingsContext;
import io.pactcontainers.settings.SettingsException;
import io.pactcontainers.settings.VerificationSettings;
import io.pactcontainers.verify.VerificationConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link PactProviderTest}'s settings (and the {@code pact.*} system properties the plugin reads
 * too) handed to the library's settings layer, which checks and maps them as it does the plugin's.
 */
final class AnnotationSettings {
  private AnnotationSettings() {}

  /**
   * The class's settings as the library's raw view.
   *
   * @param settings the class's annotation
   * @param testClass the class whose static methods give header values
   * @param info where a pact-jvm property name read as ours is said
   */
  static AnnotationRawSettings raw(
      PactProviderTest settings, Class<?> testClass, Consumer<String> info) {
    return new AnnotationRawSettings(
        settings,
        PropertyOverrides.properties(
            List.of(System.getProperties()), AnnotationRawSettings.PROPERTY_NAMES, info),
        HeaderMethods.values(testClass, settings.headers()));
  }

  /**
   * The class's settings mapped by the library, before its provider is known.
   *
   * @param raw the class's settings
   * @param testClass the test class, whose loader loads its request filters
   * @param info where a setting's meaning is said
   */
  static MappedSettings map(AnnotationRawSettings raw, Class<?> testClass, Consumer<String> info) {
    try {
      return VerificationSettings.map(
          raw,
          new SettingsContext(
              Path.of("").toAbsolutePath(),
              Path.of(raw.annotation().outputDirectory()),
              System.getenv(),
              info,
              ServerCredentials.NONE,
              SettingsContext.classesOf(testClass.getClassLoader()),
              List.of(),
              "pact-junit5"));
    } catch (SettingsException e) {
      throw ExtensionErrors.withCause(e.getMessage(), e);
    }
  }

  /**
   * The class's settings with the provider's place, known only as the run opens, and the settings
   * layer's rules about it (a client certificate needs an https provider).
   */
  static VerificationConfig withProvider(
      VerificationConfig settings, io.pactcontainers.provider.ProviderTarget provider) {
    VerificationConfig config = settings.withTarget(provider);
    try {
      VerificationSettings.checkProviderTls(config, AnnotationNames.INSTANCE);
    } catch (SettingsException e) {
      throw ExtensionErrors.withCause(e.getMessage(), e);
    }
    return config;
  }

  /**
   * The class's {@link State} methods as the run's state set-up, unless the provider's own endpoint
   * ({@code stateChangeUrl}, mapped by the settings layer) sets the states.
   */
  static VerificationConfig withStates(VerificationConfig config, Optional<StateMethods> states) {
    if (config.stateChange().isPresent()) {
      return config;
    }
    return states.map(config::withStateHandler).orElse(config);
  }
}
