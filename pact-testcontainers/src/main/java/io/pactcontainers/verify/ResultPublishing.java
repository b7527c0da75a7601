package io.pactcontainers.verify;

import io.pactcontainers.broker.BrokerException;
import io.pactcontainers.broker.BrokerSource;
import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.broker.PublishedResult;
import io.pactcontainers.broker.VerificationPublisher;
import io.pactcontainers.model.Interaction;
import io.pactcontainers.model.Mismatch;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sends a run's results back to the Broker the pacts came from. Only whole verifications are sent:
 * a filtered run (a partial one) is never reported, nor a pact some of whose interactions were not
 * verified, since the Broker would take a partial result for the whole pact version's.
 */
final class ResultPublishing {
  private final VerificationConfig config;
  private final VerificationListener listener;

  ResultPublishing(VerificationConfig config, VerificationListener listener) {
    this.config = config;
    this.listener = listener;
  }

  VerificationResult publish(VerificationResult result) {
    Publishing publishing = config.publishing().orElseThrow();
    if (result.interrupted().isPresent()) {
      listener.event(
          new RunEvent.PublishingSkipped(
              RunEvent.NotPublishedBecause.INTERRUPTED, result.interrupted().get()));
      return result;
    }
    if (config.filter().lastFailed().isPresent()) {
      listener.event(
          new RunEvent.PublishingSkipped(RunEvent.NotPublishedBecause.LAST_FAILED_ONLY, ""));
      return result;
    }
    if (!config.filter().isEmpty()) {
      // A filtered run is partial even where a pact's interactions all passed the filter: as the
      // peers, nothing of it is published.
      listener.event(
          new RunEvent.PublishingSkipped(
              RunEvent.NotPublishedBecause.FILTERED, config.filter().describe()));
      return result;
    }
    if (result.stopped().isPresent()) {
      // The provider or the engine went away: that says nothing of the contract either way.
      listener.event(
          new RunEvent.PublishingSkipped(
              RunEvent.NotPublishedBecause.STOPPED, result.stopped().get()));
      return result;
    }
    List<PublishedResult> results = new ArrayList<>();
    for (PactResult p : result.pacts()) {
      if (p.publishResultsTo().isEmpty()) {
        continue;
      }
      if (p.interactionsLeftOut() > 0) {
        listener.event(
            new RunEvent.PactNotPublished(
                p.consumer(),
                p.provider(),
                config.filter().describe(),
                p.interactionsLeftOut(),
                p.interactionsLeftOut() + p.results().size()));
        continue;
      }
      results.add(toPublished(p, p.publishResultsTo().get()));
    }
    if (results.isEmpty()) {
      if (result.pacts().stream().allMatch(p -> p.publishResultsTo().isEmpty())) {
        listener.event(
            new RunEvent.PublishingSkipped(RunEvent.NotPublishedBecause.NO_BROKER_PACT, ""));
      }
      return result;
    }
    Optional<PactBroker> broker =
        publishing
            .broker()
            .or(
                () ->
                    config.sources().stream()
                        .filter(BrokerSource.class::isInstance)
                        .map(s -> ((BrokerSource) s).config())
                        .findFirst());
    if (broker.isEmpty()) {
      broker = Optional.of(PactBroker.forPactUrl(results.get(0).publishUrl()));
    }
    Set<URI> published = new HashSet<>();
    try {
      new VerificationPublisher(broker.get(), publishing.implementationVersion())
          .publish(
              config.provider(), publishing.version(), results, r -> published.add(r.publishUrl()))
          .forEach(listener::info);
      return marked(result, published);
    } catch (BrokerException e) {
      String message = "Publishing the verification results failed: " + e.getMessage();
      if (publishing.failOnError()) {
        return marked(result, published).withPublishFailure(message);
      }
      listener.event(new RunEvent.PublishFailed(message));
      return marked(result, published);
    }
  }

  private static VerificationResult marked(VerificationResult result, Set<URI> published) {
    List<PactResult> pacts = new ArrayList<>();
    for (PactResult p : result.pacts()) {
      pacts.add(
          p.publishResultsTo().isPresent() && published.contains(p.publishResultsTo().get())
              ? p.markedPublished()
              : p);
    }
    return result.withPacts(pacts);
  }

  private static PublishedResult toPublished(PactResult p, URI uri) {
    List<PublishedResult.TestResult> tests = new ArrayList<>();
    for (InteractionResult r : p.results()) {
      List<PublishedResult.Mismatch> mismatches = new ArrayList<>();
      if (r instanceof InteractionResult.Failed f) {
        for (Mismatch m : f.mismatches()) {
          mismatches.add(new PublishedResult.Mismatch(attribute(m), m.path(), m.message()));
        }
      } else if (r instanceof InteractionResult.Errored e) {
        mismatches.add(new PublishedResult.Mismatch("error", "", e.error()));
      }
      tests.add(
          new PublishedResult.TestResult(
              interactionId(r.interaction()),
              r.interaction().description(),
              r.passed(),
              mismatches));
    }
    return new PublishedResult(
        uri, "pact between " + p.consumer() + " and " + p.provider(), p.allPassed(), tests);
  }

  /**
   * The Broker's {@code _id} first: it matches results to interactions by it. Then the V4 key, then
   * the description.
   */
  static String interactionId(Interaction i) {
    if (!i.brokerId().isEmpty()) {
      return i.brokerId();
    }
    return i.key().isEmpty() ? i.description() : i.key();
  }

  private static String attribute(Mismatch m) {
    if (m instanceof Mismatch.StatusMismatch) {
      return "status";
    }
    if (m instanceof Mismatch.HeaderMismatch) {
      return "header";
    }
    if (m instanceof Mismatch.MetadataMismatch) {
      return "metadata";
    }
    return "body";
  }
}
