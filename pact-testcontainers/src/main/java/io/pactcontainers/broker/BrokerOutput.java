package io.pactcontainers.broker;

/**
 * How a Broker set-up or reading goal shows the Broker's answer, as the Pact Broker CLI's {@code
 * --output}: {@code text} (a table, or the resource's properties one a line) or {@code json} (the
 * Broker's resource as it came, indented).
 */
public enum BrokerOutput {
  /** A table or the properties, for people. */
  TEXT,
  /** The Broker's resource, for scripts. */
  JSON
}
