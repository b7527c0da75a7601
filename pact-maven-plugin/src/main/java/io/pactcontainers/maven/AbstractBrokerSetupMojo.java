package io.pactcontainers.maven;

import io.pactcontainers.settings.PropertyNames;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that set up or read the Broker share (the environments): its URL, {@code <broker>}
 * settings and credentials, and how the answer is shown. Parameters only: read once into {@link
 * BrokerGoal}.
 */
abstract class AbstractBrokerSetupMojo extends AbstractBrokerAccessMojo {

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

  /**
   * {@code text} (a table, or the properties one a line) or {@code json} (the Broker's resource).
   */
  @Parameter(property = PropertyNames.BROKER_OUTPUT, defaultValue = "text")
  String output;
}
