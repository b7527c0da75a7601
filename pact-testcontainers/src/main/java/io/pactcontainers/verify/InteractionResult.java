package io.pactcontainers.verify;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.model.Interaction;
import io.pactcontainers.model.Mismatch;
import java.time.Duration;
import java.util.List;

/**
 * What became of one interaction: passed, failed with mismatches, or errored before it could be
 * judged.
 */
public sealed interface InteractionResult {

  Interaction interaction();

  Duration duration();

  /** Pending (V4 flag, or a pending pact): reported but never fails the build. */
  boolean pending();

  default boolean passed() {
    return this instanceof Passed;
  }

  /** What was sent, received and logged; {@link Evidence#NONE} for a passed interaction. */
  default Evidence evidence() {
    return Evidence.NONE;
  }

  /**
   * The same result with {@code lines} as the provider's log during it (ignored for a passed one).
   */
  default InteractionResult withProviderLog(List<String> lines) {
    return this;
  }

  /** "passed", "failed" or "errored": the words the reports use. */
  default String outcome() {
    return this instanceof Passed ? "passed" : this instanceof Failed ? "failed" : "errored";
  }

  record Passed(Interaction interaction, Duration duration, boolean pending)
      implements InteractionResult {
    public Passed {
      requireNonNull(interaction, "interaction");
    }
  }

  record Failed(
      Interaction interaction,
      List<Mismatch> mismatches,
      Duration duration,
      boolean pending,
      Evidence evidence)
      implements InteractionResult {
    public Failed {
      requireNonNull(interaction, "interaction");
      mismatches = List.copyOf(mismatches);
      requireNonNull(evidence, "evidence");
    }

    public Failed(
        Interaction interaction, List<Mismatch> mismatches, Duration duration, boolean pending) {
      this(interaction, mismatches, duration, pending, Evidence.NONE);
    }

    @Override
    public Failed withProviderLog(List<String> lines) {
      return new Failed(
          interaction, mismatches, duration, pending, evidence.withProviderLog(lines));
    }
  }

  /** The interaction could not be judged: a state call failed, the provider did not answer... */
  record Errored(
      Interaction interaction, String error, Duration duration, boolean pending, Evidence evidence)
      implements InteractionResult {
    public Errored {
      requireNonNull(interaction, "interaction");
      requireNonNull(error, "error");
      requireNonNull(evidence, "evidence");
    }

    public Errored(Interaction interaction, String error, Duration duration, boolean pending) {
      this(interaction, error, duration, pending, Evidence.NONE);
    }

    @Override
    public Errored withProviderLog(List<String> lines) {
      return new Errored(interaction, error, duration, pending, evidence.withProviderLog(lines));
    }
  }
}
