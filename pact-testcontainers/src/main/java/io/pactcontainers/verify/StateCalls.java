package io.pactcontainers.verify;

import io.pactcontainers.Setting;
import io.pactcontainers.model.Interaction;
import io.pactcontainers.model.ProviderState;
import io.pactcontainers.replay.ProviderHttpClient;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An interaction's provider states set up before its request and torn down after it, through the
 * state endpoint its consumer's pacts use: the consumer's own, else the one for all. Without one, a
 * state is said once to have nothing to set it up.
 */
final class StateCalls {
  private final Optional<StateChanger> forAll;

  /** The state endpoints of the consumers that have their own, by consumer name. */
  private final Map<String, StateChanger> perConsumer = new HashMap<>();

  private final RequestShaper shaper;
  private final VerificationListener listener;
  private final Set<String> warnedStates = new HashSet<>();

  StateCalls(
      VerificationConfig config,
      URI baseUrl,
      ProviderHttpClient http,
      RequestShaper shaper,
      VerificationListener listener) {
    this.forAll = config.stateChange().map(s -> new StateChanger(s, baseUrl, http));
    config
        .consumerStateChanges()
        .forEach((c, s) -> perConsumer.put(c, new StateChanger(s, baseUrl, http)));
    this.shaper = shaper;
    this.listener = listener;
  }

  /**
   * Sets up the states of the attempt's interaction.
   *
   * @return the values the set-up answered, for ProviderState generators
   */
  Map<String, Object> setUp(Attempt attempt) {
    List<ProviderState> states = attempt.interaction().providerStates();
    Optional<StateChanger> changer = changer(attempt.consumer());
    if (changer.isPresent()) {
      return changer.get().setUp(states, shaper.stateCallHeaders(attempt.consumer()));
    }
    for (ProviderState s : states) {
      if (warnedStates.add(s.name())) {
        listener.warn(
            "No provider state callback is configured for provider state \""
                + s.name()
                + "\"; set "
                + listener.settingName(Setting.STATE_CHANGE_URL)
                + " if the provider needs it");
      }
    }
    return Map.of();
  }

  /** Tears down the states of the attempt's interaction. */
  void tearDown(Attempt attempt) {
    changer(attempt.consumer())
        .ifPresent(
            s ->
                s.tearDown(
                    attempt.interaction().providerStates(),
                    shaper.stateCallHeaders(attempt.consumer())));
  }

  /**
   * The values ProviderState generators may use: the state setup's answer first, then the states'
   * own params for what it did not return (pact-jvm and the Rust verifier both fall back to them).
   */
  static Map<String, Object> withStateParams(
      Interaction interaction, Map<String, Object> fromSetup) {
    if (interaction.providerStates().stream().allMatch(s -> s.params().isEmpty())) {
      return fromSetup;
    }
    Map<String, Object> all = new LinkedHashMap<>();
    interaction.providerStates().forEach(s -> all.putAll(s.params()));
    all.putAll(fromSetup);
    return all;
  }

  private Optional<StateChanger> changer(String consumer) {
    StateChanger own = perConsumer.get(consumer);
    return own != null ? Optional.of(own) : forAll;
  }
}
