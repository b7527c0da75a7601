package io.pactcontainers.message;

import io.pactcontainers.model.Message;

/**
 * Produces the message of a message interaction (asynchronous, or the response of a synchronous
 * one): the one abstraction the verifier calls, whether the message comes from the provider's HTTP
 * message endpoint (a request the verifier sends) or from Java code in the verifying JVM ({@link
 * MessageProvider} methods, read by {@link MessageMethods}), as {@code state.StateHandler} is for
 * provider states. The verifier matches what it returns with the pact's message; it calls it on the
 * thread that verifies the interaction (the JUnit 5 extension's: the test's own).
 */
@FunctionalInterface
public interface MessageSource {
  /**
   * The message for one interaction.
   *
   * @param request the interaction's description, states and, for a synchronous message, request
   * @return the message produced: its contents (with their content type, when known) and metadata;
   *     its matching rules and generators are not read
   * @throws Exception when it cannot be produced: the interaction errs (a broken set-up, not a
   *     broken contract), with the exception's message
   */
  Message produce(MessageRequest request) throws Exception;

  /**
   * Whether this source produces the message for the description; when it does not, the verifier
   * asks the provider's message endpoint if one is configured, and errs the interaction otherwise
   * (with this source's own message, from {@link #produce}).
   *
   * @param description an interaction's description
   * @return true by default: a source answers every description
   */
  default boolean answers(String description) {
    return true;
  }

  /**
   * What produces the message in the verifying JVM, in words that finish "the message is produced
   * by ...": the reproduction lines say it where a request for the message would be.
   *
   * @param description an interaction's description
   * @return its origin ("the @MessageProvider method OrderMessages.placed"); empty when the message
   *     is asked of the provider over HTTP, a request the reproduction lines send themselves
   */
  default java.util.Optional<String> producedBy(String description) {
    return java.util.Optional.of("a Java function");
  }
}
