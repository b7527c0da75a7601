package io.pactcontainers.source;

import io.pactcontainers.PactContainersException;

/** A pact source that cannot be read: a missing folder, an unreachable URL, a refused login. */
public final class PactSourceException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  public PactSourceException(String message) {
    super(message);
  }

  public PactSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
