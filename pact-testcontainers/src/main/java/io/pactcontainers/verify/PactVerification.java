package io.pactcontainers.verify;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The results for one pact. */
public record PactVerification(String consumer, String provider, String location, boolean pending,
    List<InteractionResult> results, java.util.Optional<java.net.URI> publishResultsTo) {
  public PactVerification {
    requireNonNull(consumer, "consumer");
    requireNonNull(provider, "provider");
    requireNonNull(location, "location");
    results = List.copyOf(results);
    requireNonNull(publishResultsTo, "publishResultsTo");
  }

  /** True when no interaction that counts failed or errored. */
  public boolean successful() {
    return results.stream().allMatch(r -> r.passed() || r.pending());
  }
}
