package io.pactcontainers.maven;

import io.pactcontainers.settings.PropertyNames;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * What the goals that only talk to the Broker share: its URL, {@code <broker>} settings and
 * credentials, the pacticipant and its version. Parameters only: read once into {@link BrokerGoal}.
 */
abstract class AbstractBrokerMojo extends AbstractMojo {

  /** Skips the goal. */
  @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
  boolean skip;

  /**
   * The Pact Broker (or PactFlow), e.g. {@code https://broker.example.com}; pact-jvm's {@code
   * pactbroker.url} is read as it.
   */
  @Parameter(property = PropertyNames.BROKER_URL)
  String brokerUrl;

  /** Broker credentials, auth header and CA: see {@link BrokerConfiguration}. */
  @Parameter BrokerConfiguration broker;

  /** The application (pacticipant) as the Broker names it. */
  @Parameter(property = PropertyNames.PACTICIPANT, defaultValue = "${project.artifactId}")
  String pacticipant;

  /** Its version. */
  @Parameter(property = PropertyNames.PACTICIPANT_VERSION, defaultValue = "${project.version}")
  String version;

  /**
   * A bearer token for the Broker, instead of the environment variable {@code <broker>} names
   * (masked everywhere); pact-jvm's {@code pactbroker.auth.token} is read as it.
   */
  @Parameter(property = PropertyNames.BROKER_TOKEN)
  String brokerToken;

  /** A user name for the Broker's basic auth, with {@code pact.broker.password}. */
  @Parameter(property = PropertyNames.BROKER_USERNAME)
  String brokerUsername;

  /** The password for the Broker's basic auth (masked everywhere). */
  @Parameter(property = PropertyNames.BROKER_PASSWORD)
  String brokerPassword;

  /** How often a failed Broker request is tried again, instead of {@code <broker><retries>}. */
  @Parameter(property = PropertyNames.BROKER_RETRIES)
  Integer brokerRetries;

  @Parameter(defaultValue = "${settings}", readonly = true)
  Settings settings;

  /** The build, for pact-jvm's property names given in it. */
  @Parameter(defaultValue = "${session}", readonly = true)
  org.apache.maven.execution.MavenSession session;

  /**
   * Maven's own, injected (JSR-330, as Maven recommends since 3.1; the Plexus @Component is
   * deprecated).
   */
  @javax.inject.Inject SettingsDecrypter settingsDecrypter;
}
