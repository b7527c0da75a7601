package io.pactcontainers.provider;

import io.pactcontainers.PactContainersException;

/** The provider (or a sidecar) could not be started: no Docker, a missing image, a failed wait. */
public final class ProviderStartException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what could not start, why, and what to check
   */
  public ProviderStartException(String message) {
    super(message);
  }

  /**
   * @param message what could not start, why, and what to check
   * @param cause Docker's or Testcontainers' error behind it
   */
  public ProviderStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
