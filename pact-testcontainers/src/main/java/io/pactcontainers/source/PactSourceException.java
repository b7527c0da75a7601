package io.pactcontainers.source;

import io.pactcontainers.PactContainersException;

/** A pact source that cannot be read: a missing folder, an unreachable URL, a refused login. */
public final class PactSourceException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message which source, what went wrong, what to do
   */
  public PactSourceException(String message) {
    super(message);
  }

  /**
   * @param message which source, what went wrong, what to do
   * @param cause the I/O error behind it
   */
  public PactSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
