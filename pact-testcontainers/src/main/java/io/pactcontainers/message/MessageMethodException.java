package io.pactcontainers.message;

import io.pactcontainers.PactContainersException;

/**
 * A {@link MessageProvider} method that cannot be used (its parameters, its return type, a second
 * method for one description), that threw, or a description no method answers: a broken set-up,
 * never a broken contract. The message names the method or the description and what to do.
 */
public final class MessageMethodException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  MessageMethodException(String message) {
    super(message);
  }

  MessageMethodException(String message, Throwable cause) {
    super(message, cause);
  }
}
