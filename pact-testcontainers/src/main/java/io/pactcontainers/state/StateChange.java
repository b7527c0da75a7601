package io.pactcontainers.state;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * One call to set up or tear down a provider state: what a state-change endpoint receives as {@code
 * {"state", "params", "action"}}, and a {@link StateHandler} as this record.
 *
 * @param state the state's name as the pact writes it; "" for an interaction without states (one
 *     set-up call, as the Pact verifiers make, so that the provider can reset itself)
 * @param params the state's params from the pact, empty when it has none
 * @param action set up or tear down
 */
public record StateChange(String state, Map<String, Object> params, Action action) {
  /** Whether the state is being set up (before the request) or torn down (after it). */
  public enum Action {
    /** Before the interaction's request. */
    SETUP,
    /** After the interaction's request, whatever its outcome. */
    TEARDOWN
  }

  /**
   * Checks the components; the params are kept as given (a pact's params may hold nulls, which
   * {@code Map.copyOf} rejects), read-only.
   *
   * @param state the state's name
   * @param params the state's params
   * @param action set up or tear down
   */
  public StateChange {
    requireNonNull(state, "state");
    params = java.util.Collections.unmodifiableMap(requireNonNull(params, "params"));
    requireNonNull(action, "action");
  }

  /**
   * The action as a state-change endpoint receives it.
   *
   * @return {@code "setup"} or {@code "teardown"}
   */
  public String actionName() {
    return action == Action.SETUP ? "setup" : "teardown";
  }
}
