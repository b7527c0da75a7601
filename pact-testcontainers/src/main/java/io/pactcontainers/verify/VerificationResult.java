package io.pactcontainers.verify;

import java.time.Duration;
import java.util.List;

/** The outcome of a run: per pact, per interaction. */
public record VerificationResult(String provider, List<PactVerification> pacts, List<String> warnings, Duration duration,
    java.util.Optional<String> publishFailure) {
  public VerificationResult {
    pacts = List.copyOf(pacts);
    warnings = List.copyOf(warnings);
    java.util.Objects.requireNonNull(publishFailure, "publishFailure");
  }

  public VerificationResult(String provider, List<PactVerification> pacts, List<String> warnings, Duration duration) {
    this(provider, pacts, warnings, duration, java.util.Optional.empty());
  }

  public VerificationResult withPublishFailure(String failure) {
    return new VerificationResult(provider, pacts, warnings, duration, java.util.Optional.of(failure));
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
