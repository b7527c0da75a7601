package io.pactcontainers.verify;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a run: per pact, per interaction.
 *
 * @param provider the provider's name
 * @param pacts the results per pact, in the order verified
 * @param warnings what the run warned about (pacts read leniently, say), as events ({@code
 *     report.RunPresenter} words them)
 * @param duration how long the run took
 * @param publishFailure why publishing the results failed, when it did and that fails the run
 * @param interrupted "interrupted after 12 of 40 interactions" when Ctrl-C or SIGTERM stopped the
 *     run
 * @param reproduction how to start the provider again and which headers are secrets, for the
 *     commands that reproduce a failure
 * @param filtering what the run's filters left out: a run that left out anything is partial
 */
public record VerificationResult(
    String provider,
    List<PactResult> pacts,
    List<RunEvent> warnings,
    Duration duration,
    Optional<String> publishFailure,
    Optional<String> interrupted,
    Reproduction reproduction,
    Filtering filtering) {
  /**
   * Checks that nothing is null and copies the lists.
   *
   * @param provider the provider's name
   * @param pacts the results per pact, in the order verified
   * @param warnings what the run warned about (pacts read leniently, say), as events ({@code
   *     report.RunPresenter} words them)
   * @param duration how long the run took
   * @param publishFailure why publishing the results failed, when it did and that fails the run
   * @param interrupted "interrupted after 12 of 40 interactions" when Ctrl-C or SIGTERM stopped the
   *     run
   * @param reproduction how to start the provider again and which headers are secrets
   * @param filtering what the run's filters left out
   */
  public VerificationResult {
    Objects.requireNonNull(filtering, "filtering");
    pacts = List.copyOf(pacts);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(publishFailure, "publishFailure");
    Objects.requireNonNull(interrupted, "interrupted");
    Objects.requireNonNull(reproduction, "reproduction");
  }

  /**
   * A result without what a reproduction needs.
   *
   * @param provider the provider's name
   * @param pacts the results per pact, in the order verified
   * @param warnings what the run warned about (pacts read leniently, say), as events ({@code
   *     report.RunPresenter} words them)
   * @param duration how long the run took
   * @param publishFailure why publishing the results failed, when it did and that fails the run
   * @param interrupted "interrupted after 12 of 40 interactions" when Ctrl-C or SIGTERM stopped the
   *     run
   */
  public VerificationResult(
      String provider,
      List<PactResult> pacts,
      List<RunEvent> warnings,
      Duration duration,
      Optional<String> publishFailure,
      Optional<String> interrupted) {
    this(
        provider,
        pacts,
        warnings,
        duration,
        publishFailure,
        interrupted,
        Reproduction.NONE,
        Filtering.NONE);
  }

  /**
   * The same result, with what the filters left out.
   *
   * @param f what the run's filters left out
   * @return the result with it
   */
  public VerificationResult withFiltering(Filtering f) {
    return new VerificationResult(
        provider, pacts, warnings, duration, publishFailure, interrupted, reproduction, f);
  }

  /**
   * Whether a filter left interactions out of this run: it is then no verification of the whole
   * pacts, and every output says so.
   *
   * @return true when partial
   */
  public boolean partial() {
    return filtering.partial();
  }

  /**
   * The same result, with what the commands that reproduce its failures need.
   *
   * @param r how to start the provider again and which headers are secrets
   * @return the result with it
   */
  public VerificationResult withReproduction(Reproduction r) {
    return new VerificationResult(
        provider, pacts, warnings, duration, publishFailure, interrupted, r, filtering);
  }

  /**
   * A run that was neither interrupted nor failed to publish.
   *
   * @param provider the provider's name
   * @param pacts the results per pact, in the order verified
   * @param warnings what the run warned about (pacts read leniently, say), as events ({@code
   *     report.RunPresenter} words them)
   * @param duration how long the run took
   */
  public VerificationResult(
      String provider, List<PactResult> pacts, List<RunEvent> warnings, Duration duration) {
    this(provider, pacts, warnings, duration, Optional.empty(), Optional.empty());
  }

  /**
   * The same result, with publishing having failed in a way that fails the run.
   *
   * @param failure why, in one sentence
   * @return the result with that failure
   */
  public VerificationResult withPublishFailure(String failure) {
    return new VerificationResult(
        provider,
        pacts,
        warnings,
        duration,
        Optional.of(failure),
        interrupted,
        reproduction,
        filtering);
  }

  /**
   * The same run with other per-pact results (published ones marked, say).
   *
   * @param replaced the results per pact
   * @return the result with those pacts
   */
  public VerificationResult withPacts(List<PactResult> replaced) {
    return new VerificationResult(
        provider,
        replaced,
        warnings,
        duration,
        publishFailure,
        interrupted,
        reproduction,
        filtering);
  }

  VerificationResult interruptedAfter(int done, int total) {
    return new VerificationResult(
        provider,
        pacts,
        warnings,
        duration,
        publishFailure,
        Optional.of("interrupted after " + done + " of " + total + " interactions"),
        reproduction,
        filtering);
  }

  /**
   * True when every interaction that counts passed (pending ones never count against). An
   * interrupted run is never successful: what did not run was not seen to pass.
   *
   * @return whether the build may pass
   */
  public boolean successful() {
    return interrupted.isEmpty() && pacts.stream().allMatch(PactResult::successful);
  }

  /**
   * Whether a contract is broken: an interaction that is not pending failed. A run whose
   * interactions only erred (the provider down, a state endpoint failing) or that stopped broke
   * none: it could not judge. Every front end tells the two apart (Maven: BUILD FAILURE or BUILD
   * ERROR; the command line: exit status 1 or 2).
   *
   * @return true when a non-pending interaction failed
   */
  public boolean contractBroken() {
    return allResults().stream()
        .anyMatch(r -> r instanceof InteractionResult.Failed && !r.pending());
  }

  /**
   * Every interaction's result, pact after pact.
   *
   * @return the results in the order verified
   */
  public List<InteractionResult> allResults() {
    return pacts.stream().flatMap(p -> p.results().stream()).toList();
  }

  /**
   * Why the run stopped sending requests before its end, when it did: the provider killed for
   * memory, the Docker engine gone, the provider no longer answering.
   *
   * @return the reason, the same words the interactions not sent carry
   */
  public Optional<String> stopped() {
    return allResults().stream()
        .filter(r -> r instanceof InteractionResult.Errored e && e.notSent())
        .map(r -> ((InteractionResult.Errored) r).error())
        .map(e -> e.substring(InteractionResult.Errored.NOT_SENT.length()))
        .findFirst();
  }

  /**
   * How many interactions the run did not send, having stopped before them.
   *
   * @return the number
   */
  public long notSent() {
    return allResults().stream()
        .filter(r -> r instanceof InteractionResult.Errored e && e.notSent())
        .count();
  }

  /**
   * How many interactions ended one way.
   *
   * @param kind {@code InteractionResult.Passed.class}, {@code Failed.class} or {@code
   *     Errored.class}
   * @return the number of such results
   */
  public long count(Class<? extends InteractionResult> kind) {
    return allResults().stream().filter(kind::isInstance).count();
  }
}
