package io.pactcontainers.verify;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a run: per pact, per interaction.
 *
 * @param publishFailure why publishing the results failed, when it did and that fails the run
 * @param interrupted "interrupted after 12 of 40 interactions" when Ctrl-C or SIGTERM stopped the
 *     run
 */
public record VerificationResult(
    String provider,
    List<PactResult> pacts,
    List<String> warnings,
    Duration duration,
    Optional<String> publishFailure,
    Optional<String> interrupted) {
  public VerificationResult {
    pacts = List.copyOf(pacts);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(publishFailure, "publishFailure");
    Objects.requireNonNull(interrupted, "interrupted");
  }

  public VerificationResult(
      String provider, List<PactResult> pacts, List<String> warnings, Duration duration) {
    this(provider, pacts, warnings, duration, Optional.empty(), Optional.empty());
  }

  public VerificationResult withPublishFailure(String failure) {
    return new VerificationResult(
        provider, pacts, warnings, duration, Optional.of(failure), interrupted);
  }

  public VerificationResult withPacts(List<PactResult> replaced) {
    return new VerificationResult(
        provider, replaced, warnings, duration, publishFailure, interrupted);
  }

  VerificationResult interruptedAfter(int done, int total) {
    return new VerificationResult(
        provider,
        pacts,
        warnings,
        duration,
        publishFailure,
        Optional.of("interrupted after " + done + " of " + total + " interactions"));
  }

  /**
   * True when every interaction that counts passed (pending ones never count against). An
   * interrupted run is never successful: what did not run was not seen to pass.
   */
  public boolean successful() {
    return interrupted.isEmpty() && pacts.stream().allMatch(PactResult::successful);
  }

  public List<InteractionResult> allResults() {
    return pacts.stream().flatMap(p -> p.results().stream()).toList();
  }

  public long count(Class<? extends InteractionResult> kind) {
    return allResults().stream().filter(kind::isInstance).count();
  }
}
