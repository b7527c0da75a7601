package io.pactcontainers.maven;

import io.pactcontainers.settings.PropertyNames;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * How every goal that talks to a Pact Broker reaches it, declared once: the credentials and retries
 * given as properties, settings.xml's servers and the build's session (for pact-jvm's names).
 * Parameters only; the verify goals and the Broker goals read them into the library's settings.
 */
abstract class AbstractBrokerAccessMojo extends AbstractMojo {

  /**
   * A bearer token for the Broker, instead of the environment variable {@code <broker>} names
   * (masked everywhere, as every credential); pact-jvm's {@code pactbroker.auth.token} is read as
   * it.
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

  /**
   * Maven's own, injected (JSR-330, as Maven recommends since 3.1; the Plexus @Component is
   * deprecated).
   */
  @javax.inject.Inject SettingsDecrypter settingsDecrypter;

  /** The build's session: the -D properties pact-jvm's names may come as. */
  @Parameter(defaultValue = "${session}", readonly = true)
  org.apache.maven.execution.MavenSession session;
}
