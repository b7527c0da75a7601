package io.pactcontainers.verify;

import io.pactcontainers.PactContainersException;

/** A provider state could not be set up: the call failed or answered an error. */
public final class StateChangeException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message which state, which endpoint, what it answered
   */
  public StateChangeException(String message) {
    super(message);
  }

  /**
   * @param message which state, which endpoint, what went wrong
   * @param cause the I/O error behind it
   */
  public StateChangeException(String message, Throwable cause) {
    super(message, cause);
  }
}
