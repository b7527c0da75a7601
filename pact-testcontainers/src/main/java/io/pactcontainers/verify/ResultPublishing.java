package io.pactcontainers.verify;

import io.pactcontainers.broker.BrokerException;
import io.pactcontainers.broker.BrokerSource;
import io.pactcontainers.broker.PublishedResult;
import io.pactcontainers.broker.VerificationPublisher;
import io.pactcontainers.matching.Mismatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sends a run's results back to the Broker the pacts came from. */
final class ResultPublishing {
  private final VerificationConfig config;
  private final VerificationListener listener;

  ResultPublishing(VerificationConfig config, VerificationListener listener) {
    this.config = config;
    this.listener = listener;
  }

  VerificationResult publish(VerificationResult result) {
    VerificationConfig.Publishing publishing = config.publishing().orElseThrow();
    Optional<BrokerSource> broker = config.sources().stream().filter(BrokerSource.class::isInstance)
        .map(BrokerSource.class::cast).findFirst();
    List<PublishedResult> results = new ArrayList<>();
    for (PactVerification p : result.pacts()) {
      p.publishResultsTo().ifPresent(uri -> results.add(toPublished(p, uri)));
    }
    if (broker.isEmpty() || results.isEmpty()) {
      listener.warn("Publishing is on, but no pact came from a Pact Broker: nothing was published");
      return result;
    }
    try {
      new VerificationPublisher(broker.get().config(), publishing.implementationVersion())
          .publish(config.provider(), publishing.version(), results).forEach(listener::info);
      return result;
    } catch (BrokerException e) {
      String message = "Publishing the verification results failed: " + e.getMessage();
      if (publishing.failOnError()) {
        return result.withPublishFailure(message);
      }
      listener.warn(message);
      return result;
    }
  }

  private static PublishedResult toPublished(PactVerification p, java.net.URI uri) {
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
      String id = r.interaction().key().isEmpty() ? r.interaction().description() : r.interaction().key();
      tests.add(new PublishedResult.TestResult(id, r.interaction().description(), r.passed(), mismatches));
    }
    boolean success = p.results().stream().allMatch(InteractionResult::passed);
    return new PublishedResult(uri, "pact between " + p.consumer() + " and " + p.provider(), success, tests);
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
