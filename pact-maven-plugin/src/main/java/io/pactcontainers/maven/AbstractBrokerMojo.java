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

  /** Its version. */
  @Parameter(property = PropertyNames.PACTICIPANT_VERSION, defaultValue = "${project.version}")
  String version;
}
