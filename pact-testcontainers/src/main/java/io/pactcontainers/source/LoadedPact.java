package io.pactcontainers.source;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.model.Pact;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A pact as a source delivered it, with what the source said about it.
 *
 * @param pact the pact
 * @param pending the pact's failures must not fail the build (the Broker's pending pacts)
 * @param wip a work-in-progress pact, verified only to give early feedback
 * @param reason why it was picked ("latest from main branch"), empty for local files
 * @param notices what the source wants the user to read about it, before or after verifying
 * @param publishResultsTo where its verification result goes, when the source takes results
 * @param interactionsLeftOut how many of the pact's interactions a filter left out of this run; a
 *     result for such a pact is partial and is never published
 * @param consumerVersion the consumer version the pact was published with, when the source says
 *     (the Pact Broker's {@code pb:consumer-version} link)
 */
public record LoadedPact(
    Pact pact,
    boolean pending,
    boolean wip,
    String reason,
    List<Notice> notices,
    Optional<URI> publishResultsTo,
    int interactionsLeftOut,
    Optional<String> consumerVersion) {
  /**
   * Checks the components.
   *
   * @param pact the pact
   * @param pending the pact's failures must not fail the build (the Broker's pending pacts)
   * @param wip a work-in-progress pact, verified only to give early feedback
   * @param reason why it was picked ("latest from main branch"), empty for local files
   * @param notices what the source wants the user to read about it, before or after verifying
   * @param publishResultsTo where its verification result goes, when the source takes results
   * @param interactionsLeftOut how many of the pact's interactions a filter left out of this run; a
   *     result for such a pact is partial and is never published
   * @param consumerVersion the consumer version the pact was published with, when the source says
   *     (the Pact Broker's {@code pb:consumer-version} link)
   */
  public LoadedPact {
    requireNonNull(pact, "pact");
    requireNonNull(reason, "reason");
    notices = List.copyOf(notices);
    requireNonNull(publishResultsTo, "publishResultsTo");
    requireNonNull(consumerVersion, "consumerVersion");
  }

  /**
   * A pact with nothing left out and no consumer version known.
   *
   * @param pact the pact
   * @param pending whether its failures must not fail the build
   * @param wip whether it is a work-in-progress pact
   * @param reason why it was picked
   * @param notices what the source wants the user to read about it
   * @param publishResultsTo where its verification result goes
   * @param interactionsLeftOut how many interactions a filter left out
   */
  public LoadedPact(
      Pact pact,
      boolean pending,
      boolean wip,
      String reason,
      List<Notice> notices,
      Optional<URI> publishResultsTo,
      int interactionsLeftOut) {
    this(
        pact,
        pending,
        wip,
        reason,
        notices,
        publishResultsTo,
        interactionsLeftOut,
        Optional.empty());
  }

  /**
   * A pact as a source delivered it, with nothing left out and no consumer version known.
   *
   * @param pact the pact
   * @param pending whether its failures must not fail the build
   * @param wip whether it is a work-in-progress pact
   * @param reason why it was picked
   * @param notices what the source wants the user to read about it
   * @param publishResultsTo where its verification result goes
   */
  public LoadedPact(
      Pact pact,
      boolean pending,
      boolean wip,
      String reason,
      List<Notice> notices,
      Optional<URI> publishResultsTo) {
    this(pact, pending, wip, reason, notices, publishResultsTo, 0);
  }

  /**
   * A pact from a local file: nothing pending, nothing to publish to.
   *
   * @param pact the pact
   * @return it as loaded
   */
  public static LoadedPact local(Pact pact) {
    return new LoadedPact(pact, false, false, "", List.of(), Optional.empty());
  }

  /**
   * This pact narrowed to some of its interactions, remembering how many were left out.
   *
   * @param kept the interactions to verify
   * @return the narrowed pact
   */
  public LoadedPact narrowedTo(List<io.pactcontainers.model.Interaction> kept) {
    int leftOut = interactionsLeftOut + pact.interactions().size() - kept.size();
    return new LoadedPact(
        pact.withInteractions(kept),
        pending,
        wip,
        reason,
        notices,
        publishResultsTo,
        leftOut,
        consumerVersion);
  }
}
