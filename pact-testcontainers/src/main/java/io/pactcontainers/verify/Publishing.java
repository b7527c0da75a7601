package io.pactcontainers.verify;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.broker.ProviderVersion;
import java.util.Optional;

/**
 * Publishing results to the Broker the pacts came from.
 *
 * @param version the provider version the results are recorded for (number, branch, tags)
 * @param failOnError whether a failed publication fails the run
 * @param implementationVersion this verifier's version, recorded with the results
 * @param broker the Broker to record the provider version's branch and tags with; empty: the one
 *     the pacts were selected from
 */
public record Publishing(
    ProviderVersion version,
    boolean failOnError,
    String implementationVersion,
    Optional<PactBroker> broker) {
  /**
   * Checks that nothing is null.
   *
   * @param version the provider version the results are recorded for (number, branch, tags)
   * @param failOnError whether a failed publication fails the run
   * @param implementationVersion this verifier's version, recorded with the results
   * @param broker the Broker to record the provider version's branch and tags with; empty: the one
   *     the pacts were selected from
   */
  public Publishing {
    requireNonNull(version, "version");
    requireNonNull(implementationVersion, "implementationVersion");
    requireNonNull(broker, "broker");
  }

  /**
   * Publishing to the Broker the pacts came from.
   *
   * @param version the provider version the results are recorded for
   * @param failOnError whether a failed publication fails the run
   * @param implementationVersion this verifier's version, recorded with the results
   */
  public Publishing(ProviderVersion version, boolean failOnError, String implementationVersion) {
    this(version, failOnError, implementationVersion, Optional.empty());
  }
}
