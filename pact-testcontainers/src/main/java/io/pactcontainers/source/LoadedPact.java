package io.pactcontainers.source;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.model.Pact;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A pact as a source delivered it, with what the source said about it.
 *
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
  public LoadedPact {
    requireNonNull(pact, "pact");
    requireNonNull(reason, "reason");
    notices = List.copyOf(notices);
    requireNonNull(publishResultsTo, "publishResultsTo");
    requireNonNull(consumerVersion, "consumerVersion");
  }

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

  public LoadedPact(
      Pact pact,
      boolean pending,
      boolean wip,
      String reason,
      List<Notice> notices,
      Optional<URI> publishResultsTo) {
    this(pact, pending, wip, reason, notices, publishResultsTo, 0);
  }

  public static LoadedPact local(Pact pact) {
    return new LoadedPact(pact, false, false, "", List.of(), Optional.empty());
  }

  /** This pact narrowed to some of its interactions, remembering how many were left out. */
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
