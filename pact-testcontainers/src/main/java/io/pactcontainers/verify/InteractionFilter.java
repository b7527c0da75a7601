package io.pactcontainers.verify;

import io.pactcontainers.model.Interaction;
import io.pactcontainers.model.Pact;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Narrows a run to some consumers, interaction descriptions or provider states.
 *
 * @param consumers consumer names to keep; empty keeps all
 * @param description a regular expression the description must match (whole or part); empty keeps
 *     all
 * @param providerState a regular expression one of the states must match; empty keeps all
 * @param lastFailed only the interactions that did not pass in the previous run; empty keeps all
 */
public record InteractionFilter(
    List<String> consumers,
    Optional<Pattern> description,
    Optional<Pattern> providerState,
    Optional<LastFailed> lastFailed) {
  /**
   * The state filter that keeps the interactions without a provider state: it matches only an empty
   * state (pact-jvm's empty {@code pact.filter.providerState}, the Rust verifier's {@code
   * --filter-no-state}).
   */
  public static final String WITHOUT_A_STATE = "^$";

  /**
   * Checks that nothing is null and copies the consumers.
   *
   * @param consumers consumer names to keep; empty keeps all
   * @param description a regular expression the description must match (whole or part); empty keeps
   *     all
   * @param providerState a regular expression one of the states must match; empty keeps all
   * @param lastFailed only the interactions that did not pass in the previous run; empty keeps all
   */
  public InteractionFilter {
    consumers = List.copyOf(consumers);
    java.util.Objects.requireNonNull(lastFailed, "lastFailed");
  }

  /**
   * A filter by consumers, description and state.
   *
   * @param consumers consumer names to keep; empty keeps all
   * @param description a regular expression the description must match; empty keeps all
   * @param providerState a regular expression one of the states must match; empty keeps all
   */
  public InteractionFilter(
      List<String> consumers, Optional<Pattern> description, Optional<Pattern> providerState) {
    this(consumers, description, providerState, Optional.empty());
  }

  /**
   * The same filter, narrowed to what did not pass in the previous run.
   *
   * @param last what did not pass, from the previous run's report
   * @return the filter with it
   */
  public InteractionFilter withLastFailed(LastFailed last) {
    return new InteractionFilter(consumers, description, providerState, Optional.of(last));
  }

  /**
   * Keeps every interaction.
   *
   * @return the filter that keeps all
   */
  public static InteractionFilter none() {
    return new InteractionFilter(List.of(), Optional.empty(), Optional.empty());
  }

  /**
   * Whether this filter keeps everything.
   *
   * @return true when no consumer, description or state is asked for
   */
  public boolean isEmpty() {
    return consumers.isEmpty()
        && description.isEmpty()
        && providerState.isEmpty()
        && lastFailed.isEmpty();
  }

  /**
   * Whether the pact's consumer is one to verify.
   *
   * @param pact a pact
   * @return true when its consumer is kept
   */
  public boolean keeps(Pact pact) {
    return consumers.isEmpty() || consumers.contains(pact.consumer());
  }

  /**
   * Whether the interaction's description and states match.
   *
   * @param interaction an interaction of a kept pact
   * @return true when it is to be verified
   */
  public boolean keeps(Interaction interaction) {
    if (description.isPresent() && !description.get().matcher(interaction.description()).find()) {
      return false;
    }
    return providerState.isEmpty()
        || interaction.providerStates().stream()
            .anyMatch(s -> providerState.get().matcher(s.name()).find())
        || interaction.providerStates().isEmpty() && providerState.get().matcher("").matches();
  }

  /**
   * Which filter leaves the interaction out, when one does: the description's first, then the
   * states'.
   *
   * @param interaction an interaction of a kept pact
   * @return the filter that leaves it out; empty when it is kept
   */
  public Optional<io.pactcontainers.Setting> leftOutBy(Interaction interaction) {
    if (description.isPresent() && !description.get().matcher(interaction.description()).find()) {
      return Optional.of(io.pactcontainers.Setting.FILTER_DESCRIPTION);
    }
    return keeps(interaction)
        ? Optional.empty()
        : Optional.of(io.pactcontainers.Setting.FILTER_PROVIDER_STATE);
  }

  /**
   * The filter in words, for messages ("consumer sous-chef, description /steak/").
   *
   * @return a description of what is kept
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    if (!consumers.isEmpty()) {
      sb.append("consumers ").append(consumers);
    }
    description.ifPresent(
        d -> sb.append(sb.length() > 0 ? ", " : "").append("description /").append(d).append('/'));
    providerState.ifPresent(
        s ->
            sb.append(sb.length() > 0 ? ", " : "")
                .append(
                    s.pattern().equals(WITHOUT_A_STATE)
                        ? "no provider state"
                        : "provider state /" + s + "/"));
    lastFailed.ifPresent(
        l ->
            sb.append(sb.length() > 0 ? ", " : "")
                .append("only what did not pass in ")
                .append(l.report()));
    return sb.toString();
  }
}
