package io.pactcontainers.replay;

import io.pactcontainers.PactContainersException;

/**
 * A request to the provider got no usable answer: unreachable, timed out, or an answer that breaks
 * HTTP. The interaction errors with this message; the request is not sent again.
 */
public final class ReplayException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  public ReplayException(String message, Throwable cause) {
    super(message, cause);
  }
}
