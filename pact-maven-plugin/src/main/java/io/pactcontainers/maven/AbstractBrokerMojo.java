package io.pactcontainers.maven;

import io.pactcontainers.broker.PactBroker;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * What the goals that only talk to the Broker share: its URL, {@code <broker>} settings and
 * credentials.
 */
abstract class AbstractBrokerMojo extends AbstractMojo {

  /** Skips the goal. */
  @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
  boolean skip;

  /** The Pact Broker (or PactFlow), e.g. {@code https://broker.example.com}. */
  @Parameter(property = PropertyNames.BROKER_URL, required = true)
  String brokerUrl;

  /** Broker credentials, auth header and CA: see {@link BrokerConfiguration}. */
  @Parameter BrokerConfiguration broker;

  /** The application (pacticipant) as the Broker names it. */
  @Parameter(property = PropertyNames.PACTICIPANT, defaultValue = "${project.artifactId}")
  String pacticipant;

  /** Its version. */
  @Parameter(property = PropertyNames.PACTICIPANT_VERSION, defaultValue = "${project.version}")
  String version;

  @Parameter(defaultValue = "${settings}", readonly = true)
  Settings settings;

  /**
   * Maven's own, injected (JSR-330, as Maven recommends since 3.1; the Plexus @Component is
   * deprecated).
   */
  @javax.inject.Inject SettingsDecrypter settingsDecrypter;

  PactBroker pactBroker() throws ConfigurationException {
    if (ProviderMapping.blank(brokerUrl)) {
      throw new ConfigurationException(
          "<brokerUrl> is needed; set -D" + PropertyNames.BROKER_URL + "=https://your-broker");
    }
    if (ProviderMapping.blank(pacticipant)) {
      throw new ConfigurationException(
          "<pacticipant> is blank; set -D" + PropertyNames.PACTICIPANT);
    }
    return BrokerMapping.config(
        brokerUrl, broker, null, null, false, null, settings, settingsDecrypter, System.getenv());
  }

  /** One call to the Broker that a goal makes, answering the line to show. */
  @FunctionalInterface
  interface BrokerCall {
    String call() throws ConfigurationException;
  }

  /**
   * Runs a goal's one call to the Broker: skipped when asked, its line said, a configuration or
   * Broker error turned into one build error message in POM terms.
   */
  void callBroker(String what, BrokerCall call) throws MojoExecutionException {
    if (skip) {
      getLog().info(what + " skipped (" + PropertyNames.SKIP + ")");
      return;
    }
    try {
      getLog().info(brokerSecrets().mask(call.call()));
    } catch (ConfigurationException e) {
      throw new MojoExecutionException(e.getMessage());
    } catch (io.pactcontainers.broker.BrokerException e) {
      throw brokerError(e);
    }
  }

  /**
   * The Broker's error in Maven's words, the Broker's credentials masked in the message and in the
   * causes it chains: a Broker or a gateway that echoes the token puts it into the body that
   * Jackson quotes, and {@code -e} prints every cause.
   */
  MojoExecutionException brokerError(io.pactcontainers.PactContainersException e) {
    io.pactcontainers.Secrets secrets = brokerSecrets();
    String message =
        e instanceof io.pactcontainers.broker.BrokerException b
            ? BrokerMapping.message(b)
            : e.getMessage();
    return new MojoExecutionException(secrets.mask(message), secrets.masked(e));
  }

  /** The Broker's credentials as secrets; none when there are none (or they cannot be read). */
  private io.pactcontainers.Secrets brokerSecrets() {
    try {
      return pactBroker()
          .credentials()
          .map(c -> io.pactcontainers.Secrets.of(c.secrets()))
          .orElse(io.pactcontainers.Secrets.none());
    } catch (ConfigurationException | RuntimeException e) {
      return io.pactcontainers.Secrets.none(); // the error being reported says what is wrong
    }
  }

  /** A required string parameter, trimmed; blank is a configuration error naming its property. */
  static String required(String value, String element, String property, String example)
      throws ConfigurationException {
    if (ProviderMapping.blank(value)) {
      throw new ConfigurationException(
          element + " is needed; set -D" + property + (example.isEmpty() ? "" : "=" + example));
    }
    return value.trim();
  }

  /** The non-blank entries of a list parameter, trimmed. */
  static java.util.List<String> entries(java.util.List<String> values) {
    return values == null
        ? java.util.List.of()
        : values.stream().filter(v -> !ProviderMapping.blank(v)).map(String::trim).toList();
  }
}
