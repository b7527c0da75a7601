package io.pactcontainers.verify;

import java.time.Duration;
import java.util.List;

/** The outcome of a run: per pact, per interaction. */
public record VerificationResult(String provider, List<PactVerification> pacts, List<String> warnings, Duration duration) {
  public VerificationResult {
    pacts = List.copyOf(pacts);
    warnings = List.copyOf(warnings);
  }

  /** True when every interaction that counts passed (pending ones never count against). */
  public boolean successful() {
    return pacts.stream().allMatch(PactVerification::successful);
  }

  public List<InteractionResult> allResults() {
    return pacts.stream().flatMap(p -> p.results().stream()).toList();
  }

  public long count(Class<? extends InteractionResult> kind) {
    return allResults().stream().filter(kind::isInstance).count();
  }
}
