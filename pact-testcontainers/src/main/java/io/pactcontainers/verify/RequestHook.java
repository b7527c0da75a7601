package io.pactcontainers.verify;

import io.pactcontainers.model.HttpRequest;
import io.pactcontainers.model.Interaction;

/**
 * Code of the user's run just before an interaction's request is sent, knowing the interaction
 * (pact-jvm teams set a header or a mock there): called on the thread that verifies the interaction
 * (the JUnit 5 extension's, the test's own thread), after the configured headers and before the
 * request filters, and not bounded by the request timeout (the test framework's own timeout bounds
 * it). A hook that throws errs that interaction, naming {@link #describedAs()}.
 */
@FunctionalInterface
public interface RequestHook {
  /**
   * Changes, or only looks at, one interaction's request.
   *
   * @param consumer the consumer whose pact has the interaction
   * @param interaction the interaction
   * @param request the request as the pact, its generators and the configured headers made it
   * @return the request to send
   * @throws Exception when the request cannot be prepared: the interaction errs
   */
  HttpRequest beforeRequest(String consumer, Interaction interaction, HttpRequest request)
      throws Exception;

  /**
   * The hook in words for an error: "the @BeforeRequest method OrdersPactTest.signIn".
   *
   * @return its description
   */
  default String describedAs() {
    return "a before-request hook";
  }
}
