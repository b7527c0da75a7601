package io.pactcontainers.provider;

import io.pactcontainers.PactContainersException;

/** The provider (or a sidecar) could not be started: no Docker, a missing image, a failed wait. */
public final class ProviderStartException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  public ProviderStartException(String message) {
    super(message);
  }

  public ProviderStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
