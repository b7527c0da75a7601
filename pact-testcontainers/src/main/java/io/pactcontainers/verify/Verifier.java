package io.pactcontainers.verify;

import io.pactcontainers.model.Pact;
import io.pactcontainers.source.LoadedPact;
import io.pactcontainers.source.Notice;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The batch path: verifies a provider against its pacts in one call, over the one run API ({@link
 * VerificationSession}): opens the session (pacts read, plan said, provider started, with shards),
 * takes every interaction's result in pact order telling the listener, hands the containers to a
 * background removal while the caller's reports are written, publishes where asked and returns the
 * result.
 */
public final class Verifier {

  /** A verifier: it keeps nothing between runs, so one may verify many configurations. */
  public Verifier() {}

  /**
   * Verifies every interaction of every pact the configuration selects against its provider.
   *
   * @param config what to verify, against what, and how
   * @param listener told of each pact and interaction as the run goes
   * @return the outcome; a broken contract is a result, not an exception
   * @throws io.pactcontainers.PactContainersException when the run cannot start or read its pacts:
   *     no Docker, a missing image, an invalid pact, nothing to verify, a Broker error
   */
  public VerificationResult verify(VerificationConfig config, VerificationListener listener) {
    return verify(config, listener, result -> {});
  }

  /**
   * Verifies as {@link #verify(VerificationConfig, VerificationListener)} does, and hands the
   * result to {@code beforeExit} before an interrupted JVM may stop.
   *
   * @param config what to verify, against what, and how
   * @param listener told of each pact and interaction as the run goes
   * @param beforeExit given the result (reports written by it, say) before the run lets an
   *     interrupted JVM stop: on Ctrl-C the run ends at the next interaction and this still runs
   * @return the outcome
   * @throws io.pactcontainers.PactContainersException when the run cannot start or read its pacts
   */
  public VerificationResult verify(
      VerificationConfig config,
      VerificationListener listener,
      java.util.function.Consumer<VerificationResult> beforeExit) {
    return verifyMasked(config, MaskingListener.of(listener, config.secrets()), beforeExit);
  }

  private VerificationResult verifyMasked(
      VerificationConfig config,
      VerificationListener listener,
      java.util.function.Consumer<VerificationResult> beforeExit) {
    try (Interruption interruption = new Interruption()) {
      ContainersRemoval removal = new ContainersRemoval();
      VerificationResult result;
      try {
        result = run(config, listener, interruption, removal);
        result.interrupted().ifPresent(i -> listener.event(new RunEvent.Interrupted(i)));
        beforeExit.accept(result);
      } catch (RuntimeException | Error e) {
        // The run's own error comes first; a removal that failed too is attached to it.
        try {
          removal.await();
        } catch (RuntimeException removing) {
          e.addSuppressed(removing);
        }
        throw e;
      }
      try {
        removal.await();
      } catch (io.pactcontainers.provider.DockerEngineGoneException e) {
        // The verdict stands (every answer was seen); what is left is the next run's to remove.
        listener.event(new RunEvent.EngineGoneAtRemoval(e.getMessage()));
      }
      return result;
    }
  }

  private VerificationResult run(
      VerificationConfig config,
      VerificationListener listener,
      Interruption interruption,
      ContainersRemoval removal) {
    long t0 = System.nanoTime();
    VerificationSession session =
        VerificationSession.openForBatch(config, listener, interruption, t0);
    if (session.decidedAtOpen().isPresent()) {
      return session.decidedAtOpen().get();
    }
    VerificationResult result;
    try {
      long firstRequest = System.nanoTime();
      int done = verifyInOrder(session, interruption, t0);
      io.pactcontainers.Timeline.phase("interactions verified, to the last answer", firstRequest);
      result = session.result();
      // Short of the end only when stopped (a halt sends the rest as errored), even where the stop
      // came to a starting shard before the interruption's own hook had run: never a whole run.
      if (interruption.requested() || done < session.interactions().size()) {
        result = result.interruptedAfter(done, session.interactions().size());
      }
      showLogTailAfterErrors(session, result, listener);
    } catch (RuntimeException | Error e) {
      try {
        session.close();
      } catch (RuntimeException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
    session.removeWith(removal);
    result = session.publish(result);
    showNoticesAfterVerification(result, listener);
    return result;
  }

  /**
   * Takes the results in pact order as the session's shards produce them, telling the listener of
   * each pact and interaction; stops at an interruption.
   *
   * @return how many interactions were verified
   */
  private static int verifyInOrder(
      VerificationSession session, Interruption interruption, long t0) {
    RecordingListener recording = session.recording();
    List<VerificationSession.Planned> planned = session.interactions();
    int total = planned.size();
    int done = 0;
    for (LoadedPact loadedPact : session.pacts()) {
      announcePact(loadedPact, recording);
      Pact pact = loadedPact.pact();
      for (int k = 0; k < pact.interactions().size(); k++) {
        Optional<InteractionResult> next = session.next(planned.get(done));
        // Interrupted; an error then is most likely the provider being removed under it by the
        // shutdown, not the provider's.
        if (next.isEmpty()
            || interruption.requested() && next.get() instanceof InteractionResult.Errored) {
          return done;
        }
        done++;
        recording.interactionVerified(
            pact, next.get(), new Progress(done, total, Duration.ofNanos(System.nanoTime() - t0)));
        announceHalt(session, recording, total - done);
      }
    }
    return done;
  }

  private static void announceHalt(
      VerificationSession session, RecordingListener recording, int left) {
    session
        .haltToAnnounce()
        .filter(why -> left > 0)
        .ifPresent(why -> recording.event(new RunEvent.Stopping(why, left)));
  }

  private static void announcePact(LoadedPact loadedPact, RecordingListener recording) {
    Pact pact = loadedPact.pact();
    if (!loadedPact.reason().isEmpty()) {
      recording.event(
          new RunEvent.PactSelected(
              pact.consumer(),
              pact.provider(),
              loadedPact.reason(),
              loadedPact.wip(),
              loadedPact.pending()));
    }
    loadedPact.notices().stream()
        .filter(Notice::beforeVerification)
        .forEach(n -> recording.event(new RunEvent.BrokerNoticeBefore(n.text())));
    recording.pactStarted(pact, pact.interactions().size());
    pact.warnings()
        .forEach(w -> recording.event(new RunEvent.PactReadLeniently(pact.location(), w)));
  }

  /**
   * Each failure shows the lines logged while it ran; a provider that errored (crashed, say) its
   * last lines too.
   */
  private static void showLogTailAfterErrors(
      VerificationSession session, VerificationResult result, VerificationListener listener) {
    if (result.count(InteractionResult.Errored.class) > 0 && result.interrupted().isEmpty()) {
      String tail = session.logTail(20);
      if (!tail.isBlank()) {
        listener.event(new RunEvent.LogTail(tail));
      }
    }
  }

  /**
   * The Broker's notices for the outcome each pact had, as the Rust verifier shows them after the
   * run.
   */
  private static void showNoticesAfterVerification(
      VerificationResult result, VerificationListener listener) {
    for (PactResult p : result.pacts()) {
      boolean success = p.allPassed();
      p.notices().stream()
          .filter(n -> n.afterVerification(success, p.published()))
          .forEach(
              n ->
                  listener.event(
                      new RunEvent.BrokerNoticeAfter(p.consumer(), p.provider(), n.text())));
    }
  }
}
