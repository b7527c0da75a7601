package io.pactcontainers.verify;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.state.StateChangeConfig;
import io.pactcontainers.state.StateHandler;
import java.util.Map;
import java.util.Optional;

/**
 * How a run sets up the provider's states: its state-change endpoint, Java code in the verifying
 * JVM (the JUnit 5 front end's {@code @State} methods), or some consumers' own endpoints.
 *
 * @param endpoint the provider's state-change endpoint, when the pacts have states to set up
 * @param handler Java code that sets up the states, instead of {@code endpoint}
 * @param perConsumer the state-change endpoint of some consumers' pacts, used instead of the others
 *     for them
 */
public record ProviderStates(
    Optional<StateChangeConfig> endpoint,
    Optional<StateHandler> handler,
    Map<String, StateChangeConfig> perConsumer) {

  /** No state set-up: the pacts' states are not set up. */
  public static final ProviderStates NONE =
      new ProviderStates(Optional.empty(), Optional.empty(), Map.of());

  /**
   * Checks that nothing is null and that one thing sets up the states.
   *
   * @param endpoint the provider's state-change endpoint
   * @param handler Java code that sets up the states
   * @param perConsumer the state-change endpoint of some consumers' pacts
   */
  public ProviderStates {
    requireNonNull(endpoint, "endpoint");
    requireNonNull(handler, "handler");
    perConsumer = Map.copyOf(perConsumer);
    if (endpoint.isPresent() && handler.isPresent()) {
      throw new IllegalArgumentException(
          "both a state-change URL and a state handler set up the states; keep one");
    }
  }
}
