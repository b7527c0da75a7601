package io.pactcontainers.junit5;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A method of the test class that sets up (or tears down) a provider state, for tests that set
 * state from the test (through JDBC into the database the test declares, say). It may take a {@code
 * Map<String, Object>} (the state's params); a set-up may return a {@code Map<String, Object>} of
 * values, injected into the request as the state endpoint's answer is.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface State {
  /**
   * The provider state's names this method handles.
   *
   * @return the names, as the pacts spell them
   */
  String[] value();

  /**
   * Set-up (before the interaction) or teardown (after it).
   *
   * @return when it runs
   */
  Action action() default Action.SETUP;

  /** When a state method runs. */
  enum Action {
    /** Before the interaction's request. */
    SETUP,
    /** After it. */
    TEARDOWN
  }
}
