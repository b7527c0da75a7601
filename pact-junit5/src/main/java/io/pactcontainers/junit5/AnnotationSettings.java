package io.pactcontainers.junit5;

import io.pactcontainers.broker.BrokerSource;
import io.pactcontainers.broker.ConsumerVersionSelector;
import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.broker.ProviderVersion;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.source.Credentials;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.state.StateChangeConfig;
import io.pactcontainers.verify.VerificationConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * {@link PactProviderTest}'s settings (and the {@code pact.*} system properties the plugin reads
 * too) as the library's configuration.
 */
final class AnnotationSettings {
  private AnnotationSettings() {}

  /** The annotation's settings as the library's configuration. */
  static VerificationConfig config(PactProviderTest settings, RunningProvider provider) {
    VerificationConfig config =
        VerificationConfig.of(settings.provider(), provider, sources(settings))
            .withRequestTimeout(Duration.ofSeconds(settings.requestTimeout()))
            .withOutputDirectory(Path.of(settings.outputDirectory()));
    return publishing(settings, RequestShaping.apply(settings, config));
  }

  /** The provider's own state endpoint, or the class's {@link State} methods as the handler. */
  static VerificationConfig withStates(
      PactProviderTest settings, VerificationConfig config, Optional<StateMethods> states) {
    if (!settings.stateChangeUrl().isBlank()) {
      return config.withStateChange(new StateChangeConfig(settings.stateChangeUrl(), true, true));
    }
    return states.map(config::withStateHandler).orElse(config);
  }

  /** The Broker's URL: the annotation's (its ${NAME} read), else {@code -Dpact.broker.url}. */
  private static String brokerUrl(PactProviderTest settings) {
    String url =
        settings.brokerUrl().isBlank()
            ? System.getProperty("pact.broker.url", "")
            : RequestShaping.resolved(settings.brokerUrl(), "@PactProviderTest.brokerUrl");
    return url.trim();
  }

  private static List<PactSource> sources(PactProviderTest settings) {
    List<PactSource> sources = new ArrayList<>();
    Path dir = Path.of(settings.pacts());
    if (brokerUrl(settings).isBlank() || Files.isDirectory(dir)) {
      sources.add(new PactSource.Directory(dir));
    }
    broker(settings).ifPresent(b -> sources.add(new BrokerSource(b)));
    return sources;
  }

  private static Optional<PactBroker> broker(PactProviderTest settings) {
    if (brokerUrl(settings).isBlank()) {
      return Optional.empty();
    }
    PactBroker b =
        PactBroker.of(URI.create(brokerUrl(settings))).withPending(settings.enablePending());
    if (!settings.consumerVersionSelectors().isBlank()) {
      b = b.withSelectors(ConsumerVersionSelector.parseAll(settings.consumerVersionSelectors()));
    }
    String token = System.getenv("PACT_BROKER_TOKEN");
    if (token != null && !token.isBlank()) {
      b = b.withCredentials(new Credentials.Bearer(token));
    }
    String branch = System.getProperty("pact.provider.branch");
    return Optional.of(branch == null ? b : b.withProviderBranch(branch));
  }

  /**
   * Publishing as the plugin's {@code -Dpact.verifier.publishResults=true}, with the provider
   * version and branch from {@code pact.provider.version} and {@code pact.provider.branch}.
   */
  private static VerificationConfig publishing(PactProviderTest settings, VerificationConfig c) {
    if (!Boolean.getBoolean("pact.verifier.publishResults") || brokerUrl(settings).isBlank()) {
      return c;
    }
    String version = System.getProperty("pact.provider.version");
    if (version == null || version.isBlank()) {
      throw new ExtensionConfigurationException(
          "-Dpact.verifier.publishResults=true needs -Dpact.provider.version: the version the"
              + " results are published for");
    }
    return c.withPublishing(
        new VerificationConfig.Publishing(
            new ProviderVersion(
                version,
                Optional.ofNullable(System.getProperty("pact.provider.branch")),
                List.of(),
                Optional.empty()),
            true,
            "pact-junit5"));
  }
}
