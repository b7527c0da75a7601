package io.pactcontainers.verify;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.model.Interaction;
import io.pactcontainers.model.Mismatch;
import java.time.Duration;
import java.util.List;

/**
 * One interaction's verification as it began: which interaction, from whose pact, whether its
 * failure counts, and when it started; the results it can come to, timed from that start.
 *
 * @param consumer the consumer whose pact the interaction comes from
 * @param interaction the interaction
 * @param pending whether its failure would not count (a pending pact, or the interaction itself)
 * @param startNanos {@link System#nanoTime()} when the attempt began
 */
record Attempt(String consumer, Interaction interaction, boolean pending, long startNanos) {
  Attempt {
    requireNonNull(consumer, "consumer");
    requireNonNull(interaction, "interaction");
  }

  /** An attempt beginning now; pending when its pact or the interaction itself is. */
  static Attempt begin(String consumer, Interaction interaction, boolean pendingPact) {
    return new Attempt(
        consumer, interaction, pendingPact || interaction.pending(), System.nanoTime());
  }

  InteractionResult passed() {
    return new InteractionResult.Passed(interaction, elapsed(), pending);
  }

  /** Passed when nothing mismatched, else failed with the mismatches and the evidence. */
  InteractionResult matched(List<Mismatch> mismatches, Evidence evidence) {
    return mismatches.isEmpty()
        ? passed()
        : new InteractionResult.Failed(interaction, mismatches, elapsed(), pending, evidence);
  }

  InteractionResult errored(String error, Evidence evidence) {
    return new InteractionResult.Errored(interaction, error, elapsed(), pending, evidence);
  }

  private Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
