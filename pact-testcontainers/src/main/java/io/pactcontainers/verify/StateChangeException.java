package io.pactcontainers.verify;

import io.pactcontainers.PactContainersException;

/** A provider state could not be set up: the call failed or answered an error. */
public final class StateChangeException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  public StateChangeException(String message) {
    super(message);
  }

  public StateChangeException(String message, Throwable cause) {
    super(message, cause);
  }
}
