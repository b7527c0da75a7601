package io.pactcontainers.provider;

import io.pactcontainers.PactContainersException;

/** The provider (or a sidecar) could not be started: no Docker, a missing image, a failed wait. */
public final class ProviderStartException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  /** Whether Ctrl-C or SIGTERM cut the start short (see {@link #stoppedByShutdown()}). */
  private final boolean stoppedByShutdown;

  /**
   * @param message what could not start, why, and what to check
   */
  public ProviderStartException(String message) {
    super(message);
    this.stoppedByShutdown = false;
  }

  /**
   * @param message what could not start, why, and what to check
   * @param cause Docker's or Testcontainers' error behind it
   */
  public ProviderStartException(String message, Throwable cause) {
    super(message, cause);
    this.stoppedByShutdown = false;
  }

  private ProviderStartException(String message, Throwable cause, boolean stoppedByShutdown) {
    super(message, cause);
    this.stoppedByShutdown = stoppedByShutdown;
  }

  /**
   * The start was cut short by Ctrl-C or SIGTERM (the JVM's shutdown hook removes what it started):
   * the run was interrupted, and nothing is wrong with the provider.
   *
   * @param message what was being started
   * @param cause what the start failed with as it was stopped, if anything
   * @return the exception
   */
  static ProviderStartException stoppedByShutdown(String message, Throwable cause) {
    return new ProviderStartException(message, cause, true);
  }

  /**
   * Whether Ctrl-C or SIGTERM stopped the start (else the provider, its image or Docker is at
   * fault).
   *
   * @return true when the run was stopped as the provider started
   */
  public boolean stoppedByShutdown() {
    return stoppedByShutdown;
  }
}
