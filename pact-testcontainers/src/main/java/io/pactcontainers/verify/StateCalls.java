package io.pactcontainers.verify;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.Setting;
import io.pactcontainers.model.Interaction;
import io.pactcontainers.model.ProviderState;
import io.pactcontainers.replay.ProviderHttpClient;
import io.pactcontainers.state.StateChange;
import io.pactcontainers.state.StateChangeConfig;
import io.pactcontainers.state.StateHandler;
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
 * {@link StateHandler} its consumer's pacts use: the consumer's own state endpoint, else the
 * configured handler (Java code in this JVM), else the state endpoint for all. Without any, a state
 * is said once to have nothing to set it up.
 */
final class StateCalls {
  private final Optional<StateChangeConfig> endpoint;
  private final Map<String, StateChangeConfig> perConsumer;
  private final Optional<StateHandler> inProcess;
  private final URI baseUrl;
  private final ProviderHttpClient http;
  private final RequestShaper shaper;
  private final VerificationListener listener;

  /** Each consumer's handler, made on first use: an endpoint's calls carry its own headers. */
  private final Map<String, Optional<StateHandler>> handlers = new HashMap<>();

  private final Set<String> warnedStates = new HashSet<>();

  StateCalls(
      VerificationConfig config,
      URI baseUrl,
      ProviderHttpClient http,
      RequestShaper shaper,
      VerificationListener listener) {
    this.endpoint = config.stateChange();
    this.perConsumer = config.consumerStateChanges();
    this.inProcess = config.stateHandler();
    this.baseUrl = baseUrl;
    this.http = http;
    this.shaper = shaper;
    this.listener = listener;
  }

  /**
   * Sets up each state of the attempt's interaction in order; an interaction without states gets
   * one set-up with an empty state name, as the other Pact verifiers do, so the provider can reset
   * itself. A state set up in this JVM goes into the call log, for the reproduction lines.
   *
   * @return the values the set-ups returned, merged in order, for ProviderState generators
   */
  Map<String, Object> setUp(Attempt attempt, CallLog calls) {
    List<ProviderState> states = attempt.interaction().providerStates();
    Optional<StateHandler> handler = handler(attempt.consumer());
    if (handler.isEmpty()) {
      states.forEach(this::warnUnset);
      return Map.of();
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (ProviderState s : effective(states)) {
      StateChange change = new StateChange(s.name(), s.params(), StateChange.Action.SETUP);
      values.putAll(change(handler.get(), change));
      if (!s.name().isEmpty()) {
        handler.get().handledBy(change).ifPresent(by -> calls.setUpInProcess(s.name(), by));
      }
    }
    return values;
  }

  /** Tears down each state of the attempt's interaction, in order. */
  void tearDown(Attempt attempt) {
    Optional<StateHandler> handler = handler(attempt.consumer());
    if (handler.isPresent()) {
      for (ProviderState s : effective(attempt.interaction().providerStates())) {
        change(handler.get(), new StateChange(s.name(), s.params(), StateChange.Action.TEARDOWN));
      }
    }
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

  /**
   * One state changed. An endpoint's error keeps its own words (which call, what it answered);
   * anything else the handler throws is the interaction's error, naming the state and its origin.
   */
  private static Map<String, Object> change(StateHandler handler, StateChange change) {
    try {
      Map<String, Object> values = handler.change(change);
      return values == null ? Map.of() : values;
    } catch (PactContainersException e) {
      throw e;
    } catch (Exception | AssertionError e) {
      // An AssertionError too: a test's own assertion in a set-up is that state's error, not the
      // run's end.
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new StateChangeException(
          "State change failed: "
              + change.actionName()
              + " of state \""
              + change.state()
              + "\""
              + handler.handledBy(change).map(by -> " by " + by).orElse("")
              + " threw "
              + e,
          e);
    }
  }

  private static List<ProviderState> effective(List<ProviderState> states) {
    return states.isEmpty() ? List.of(ProviderState.of("")) : states;
  }

  private Optional<StateHandler> handler(String consumer) {
    return handlers.computeIfAbsent(
        consumer,
        c -> {
          StateChangeConfig own = perConsumer.get(c);
          if (own != null) {
            return Optional.of(endpoint(own, c));
          }
          return inProcess.isPresent() ? inProcess : endpoint.map(e -> endpoint(e, c));
        });
  }

  private StateHandler endpoint(StateChangeConfig config, String consumer) {
    return new StateChanger(config, baseUrl, http, shaper.stateCallHeaders(consumer));
  }

  private void warnUnset(ProviderState s) {
    if (warnedStates.add(s.name())) {
      listener.event(
          new RunEvent.StateCallbackMissing(
              s.name(), listener.settingName(Setting.STATE_CHANGE_URL)));
    }
  }
}
