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

  /**
   * The interaction from the pact.
   *
   * @return the interaction
   */
  Interaction interaction();

  /**
   * How long its state set-up, request and teardown took.
   *
   * @return the time taken
   */
  Duration duration();

  /**
   * Pending (V4 flag, or a pending pact): reported but never fails the build.
   *
   * @return whether the interaction is pending
   */
  boolean pending();

  /**
   * Whether the provider did what the pact expects.
   *
   * @return true for a {@link Passed} result
   */
  default boolean passed() {
    return this instanceof Passed;
  }

  /**
   * What was sent, received and logged.
   *
   * @return the evidence; {@link Evidence#NONE} for a passed interaction
   */
  default Evidence evidence() {
    return Evidence.NONE;
  }

  /**
   * The same result with the provider's log lines written while it ran (ignored for a passed one).
   *
   * @param lines the provider container's log lines
   * @return the result with those lines in its evidence
   */
  default InteractionResult withProviderLog(List<String> lines) {
    return this;
  }

  /**
   * The verdict in the reports' words.
   *
   * @return "passed", "failed" or "errored"
   */
  default String outcome() {
    return this instanceof Passed ? "passed" : this instanceof Failed ? "failed" : "errored";
  }

  /**
   * The provider did what the pact expects.
   *
   * @param interaction the interaction from the pact
   * @param duration how long it took
   * @param pending whether it is pending
   */
  record Passed(Interaction interaction, Duration duration, boolean pending)
      implements InteractionResult {
    /**
     * Checks that the interaction is given.
     *
     * @param interaction the interaction from the pact
     * @param duration how long it took
     * @param pending whether it is pending
     */
    public Passed {
      requireNonNull(interaction, "interaction");
    }
  }

  /**
   * The provider broke the contract: the response (or message) differs from the pact.
   *
   * @param interaction the interaction from the pact
   * @param mismatches every difference found, in the order found
   * @param duration how long it took
   * @param pending whether it is pending (then it does not fail the build)
   * @param evidence the request sent, the response received and the provider's log
   */
  record Failed(
      Interaction interaction,
      List<Mismatch> mismatches,
      Duration duration,
      boolean pending,
      Evidence evidence)
      implements InteractionResult {
    /**
     * Checks that nothing is null and copies the mismatches.
     *
     * @param interaction the interaction from the pact
     * @param mismatches every difference found, in the order found
     * @param duration how long it took
     * @param pending whether it is pending (then it does not fail the build)
     * @param evidence the request sent, the response received and the provider's log
     */
    public Failed {
      requireNonNull(interaction, "interaction");
      mismatches = List.copyOf(mismatches);
      requireNonNull(evidence, "evidence");
    }

    /**
     * A failure without evidence.
     *
     * @param interaction the interaction from the pact
     * @param mismatches every difference found
     * @param duration how long it took
     * @param pending whether it is pending
     */
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

  /**
   * The interaction could not be judged: a state call failed, the provider did not answer...
   *
   * @param interaction the interaction from the pact
   * @param error what went wrong, in one sentence
   * @param duration how long it took
   * @param pending whether it is pending
   * @param evidence what was sent and received before the error, and the provider's log
   */
  record Errored(
      Interaction interaction, String error, Duration duration, boolean pending, Evidence evidence)
      implements InteractionResult {
    /**
     * Checks that nothing is null.
     *
     * @param interaction the interaction from the pact
     * @param error what went wrong, in one sentence
     * @param duration how long it took
     * @param pending whether it is pending
     * @param evidence what was sent and received before the error, and the provider's log
     */
    public Errored {
      requireNonNull(interaction, "interaction");
      requireNonNull(error, "error");
      requireNonNull(evidence, "evidence");
    }

    /**
     * An error without evidence.
     *
     * @param interaction the interaction from the pact
     * @param error what went wrong
     * @param duration how long it took
     * @param pending whether it is pending
     */
    public Errored(Interaction interaction, String error, Duration duration, boolean pending) {
      this(interaction, error, duration, pending, Evidence.NONE);
    }

    /** How the error of an interaction the run did not send begins. */
    static final String NOT_SENT = "Not sent: ";

    /**
     * An interaction the run did not send: it had stopped before it (the provider killed, the
     * Docker engine gone, the provider no longer answering). An error, not a failure: nothing was
     * seen of the provider's answer.
     *
     * @param interaction the interaction from the pact
     * @param why why the run stopped, in words
     * @param pending whether it is pending
     * @return the result
     */
    public static Errored notSent(Interaction interaction, String why, boolean pending) {
      return new Errored(interaction, NOT_SENT + why, Duration.ZERO, pending, Evidence.NONE);
    }

    /**
     * Whether the run stopped before sending this interaction.
     *
     * @return true for a result made by {@link #notSent}
     */
    public boolean notSent() {
      return error.startsWith(NOT_SENT) && duration.isZero() && evidence.equals(Evidence.NONE);
    }

    @Override
    public Errored withProviderLog(List<String> lines) {
      return new Errored(interaction, error, duration, pending, evidence.withProviderLog(lines));
    }
  }
}
