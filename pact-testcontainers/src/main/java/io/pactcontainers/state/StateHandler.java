package io.pactcontainers.state;

import java.util.Map;
import java.util.Optional;

/**
 * Sets up and tears down provider states: the one abstraction the verifier calls, whether the
 * states are set by the provider's state-change endpoint (an HTTP call the verifier makes) or by
 * Java code in the verifying JVM (the JUnit 5 extension's {@code @State} methods, say).
 *
 * <p>For each interaction the verifier calls it once per provider state, in the pact's order, with
 * {@link StateChange.Action#SETUP} before the request and {@link StateChange.Action#TEARDOWN} after
 * it; an interaction without states gets one set-up with the empty name. It calls it on the thread
 * that verifies the interaction: the JUnit 5 extension's, the test's own thread.
 */
@FunctionalInterface
public interface StateHandler {
  /**
   * Sets up or tears down one state.
   *
   * @param change the state, its params and the action
   * @return on set-up, the values that {@code ProviderState} generators put into the request (as a
   *     state-change endpoint's JSON answer), merged over the states' params; empty for none.
   *     Ignored on teardown
   * @throws Exception when the state cannot be set up or torn down: the interaction errs, with a
   *     message naming the state and {@link #handledBy}
   */
  Map<String, Object> change(StateChange change) throws Exception;

  /**
   * What sets up (or tears down) the state in the verifying JVM, in words that finish "the state
   * "X" is set up by ...": the reproduction lines say it instead of a call that bash could send
   * again, and an error names it.
   *
   * @param change the state and the action
   * @return its origin ("the test class's @State method OrdersTest.placed"); empty when nothing
   *     handles it, or when the handling is an HTTP call the reproduction lines send themselves
   */
  default Optional<String> handledBy(StateChange change) {
    return Optional.of("a Java function in the verifying JVM");
  }
}
