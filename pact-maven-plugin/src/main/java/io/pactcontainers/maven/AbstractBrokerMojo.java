package io.pactcontainers.maven;

import io.pactcontainers.settings.PropertyNames;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that only talk to the Broker share: its URL, {@code <broker>} settings and
 * credentials, the pacticipant and its version. Parameters only: read once into {@link BrokerGoal}.
 */
abstract class AbstractBrokerMojo extends AbstractBrokerAccessMojo {

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

  /**
   * Its version; none given: the git commit of the project's folder (or the CI's variables), as
   * verify publishes, else the project's version unless it is a SNAPSHOT.
   */
  @Parameter(property = PropertyNames.PACTICIPANT_VERSION)
  String version;

  /** The project's version, taken when nothing else names the version (never a SNAPSHOT). */
  @Parameter(defaultValue = "${project.version}", readonly = true)
  String buildVersion;

  /** The project's folder: its git checkout names the version when none is given. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  java.io.File basedir;
}
