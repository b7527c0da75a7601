package io.pactcontainers.verify;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.source.Notice;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The results for one pact.
 *
 * @param consumer the consumer's name
 * @param provider the provider's name
 * @param location where the pact was read from (a file, a URL), for messages
 * @param pending whether the Broker said the pact is pending (then it never fails the build)
 * @param results one per interaction verified, in the pact's order
 * @param publishResultsTo where the Broker takes this pact's verification results, when it came
 *     from a Broker
 * @param notices what the pact's source wants shown before and after verifying it
 * @param interactionsLeftOut how many of the pact's interactions a filter kept out of this run
 * @param published whether its result was recorded by the Broker in this run
 * @param leftOut the interactions of this pact a filter kept out of this run, and why
 */
public record PactResult(
    String consumer,
    String provider,
    String location,
    boolean pending,
    List<InteractionResult> results,
    Optional<URI> publishResultsTo,
    List<Notice> notices,
    int interactionsLeftOut,
    boolean published,
    List<PactResult.NotVerified> leftOut) {

  /**
   * An interaction a filter kept out of the run: not verified, so not known to pass.
   *
   * @param interaction the interaction
   * @param filter the filter that left it out
   */
  public record NotVerified(
      io.pactcontainers.model.Interaction interaction, Filtering.LeftOut filter) {
    /**
     * Checks the components.
     *
     * @param interaction the interaction
     * @param filter the filter that left it out
     */
    public NotVerified {
      requireNonNull(interaction, "interaction");
      requireNonNull(filter, "filter");
    }

    /**
     * Why it was not verified, in words.
     *
     * @return "left out by {@code <interactionDescription> ^a}"
     */
    public String reason() {
      return "left out by " + filter.filter();
    }
  }

  /**
   * A result whose left-out interactions are not listed one by one.
   *
   * @param consumer the consumer's name
   * @param provider the provider's name
   * @param location where the pact was read from (a file, a URL), for messages
   * @param pending whether the Broker said the pact is pending
   * @param results one per interaction verified, in the pact's order
   * @param publishResultsTo where the Broker takes this pact's verification results
   * @param notices what the pact's source wants shown before and after verifying it
   * @param interactionsLeftOut how many of the pact's interactions a filter kept out of this run
   * @param published whether its result was recorded by the Broker in this run
   */
  public PactResult(
      String consumer,
      String provider,
      String location,
      boolean pending,
      List<InteractionResult> results,
      Optional<URI> publishResultsTo,
      List<Notice> notices,
      int interactionsLeftOut,
      boolean published) {
    this(
        consumer,
        provider,
        location,
        pending,
        results,
        publishResultsTo,
        notices,
        interactionsLeftOut,
        published,
        List.of());
  }

  /**
   * Checks that nothing is null and copies the lists.
   *
   * @param consumer the consumer's name
   * @param provider the provider's name
   * @param location where the pact was read from (a file, a URL), for messages
   * @param pending whether the Broker said the pact is pending (then it never fails the build)
   * @param results one per interaction verified, in the pact's order
   * @param publishResultsTo where the Broker takes this pact's verification results, when it came
   *     from a Broker
   * @param notices what the pact's source wants shown before and after verifying it
   * @param interactionsLeftOut how many of the pact's interactions a filter kept out of this run
   * @param published whether its result was recorded by the Broker in this run
   * @param leftOut the interactions of this pact a filter kept out of this run, and why
   */
  public PactResult {
    leftOut = List.copyOf(leftOut);
    requireNonNull(consumer, "consumer");
    requireNonNull(provider, "provider");
    requireNonNull(location, "location");
    results = List.copyOf(results);
    requireNonNull(publishResultsTo, "publishResultsTo");
    notices = List.copyOf(notices);
  }

  /**
   * A result with no notices, nothing left out and nothing published yet.
   *
   * @param consumer the consumer's name
   * @param provider the provider's name
   * @param location where the pact was read from
   * @param pending whether the pact is pending
   * @param results one per interaction verified
   * @param publishResultsTo where the Broker takes the results, if anywhere
   */
  public PactResult(
      String consumer,
      String provider,
      String location,
      boolean pending,
      List<InteractionResult> results,
      Optional<URI> publishResultsTo) {
    this(consumer, provider, location, pending, results, publishResultsTo, List.of(), 0, false);
  }

  /**
   * True when no interaction that counts failed or errored.
   *
   * @return whether this pact lets the build pass
   */
  public boolean successful() {
    return results.stream().allMatch(r -> r.passed() || r.pending());
  }

  /**
   * True when every interaction passed, pending ones included: what the Broker is told.
   *
   * @return the verdict published
   */
  public boolean allPassed() {
    return results.stream().allMatch(InteractionResult::passed);
  }

  PactResult markedPublished() {
    return new PactResult(
        consumer,
        provider,
        location,
        pending,
        results,
        publishResultsTo,
        notices,
        interactionsLeftOut,
        true,
        leftOut);
  }

  /**
   * What filters left out of this pact, per filter: its interactions are the ones verified and the
   * ones left out.
   *
   * @return the pact's filtering; nothing left out when the whole pact was verified
   */
  public Filtering filtering() {
    java.util.Map<String, Filtering.LeftOut> by = new java.util.LinkedHashMap<>();
    for (NotVerified n : leftOut) {
      by.merge(
          n.filter().filter(),
          new Filtering.LeftOut(n.filter().setting(), n.filter().pattern(), 1),
          (a, b) -> new Filtering.LeftOut(a.setting(), a.pattern(), a.interactions() + 1));
    }
    return new Filtering(results.size() + leftOut.size(), List.copyOf(by.values()));
  }
}
