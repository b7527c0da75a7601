package io.pactcontainers.verify;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.matching.Mismatch;
import io.pactcontainers.model.Interaction;
import java.time.Duration;
import java.util.List;

/** What became of one interaction: passed, failed with mismatches, or errored before it could be judged. */
public sealed interface InteractionResult {

  Interaction interaction();

  Duration duration();

  /** Pending (V4 flag, or a pending pact): reported but never fails the build. */
  boolean pending();

  default boolean passed() {
    return this instanceof Passed;
  }

  record Passed(Interaction interaction, Duration duration, boolean pending) implements InteractionResult {
    public Passed {
      requireNonNull(interaction, "interaction");
    }
  }

  record Failed(Interaction interaction, List<Mismatch> mismatches, Duration duration, boolean pending)
      implements InteractionResult {
    public Failed {
      requireNonNull(interaction, "interaction");
      mismatches = List.copyOf(mismatches);
    }
  }

  /** The interaction could not be judged: a state call failed, the provider did not answer... */
  record Errored(Interaction interaction, String error, Duration duration, boolean pending) implements InteractionResult {
    public Errored {
      requireNonNull(interaction, "interaction");
      requireNonNull(error, "error");
    }
  }
}
