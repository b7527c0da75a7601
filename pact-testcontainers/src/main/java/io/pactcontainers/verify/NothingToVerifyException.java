package io.pactcontainers.verify;

import io.pactcontainers.PactContainersException;

/**
 * The run found nothing to verify. That is an error, not a pass: a pipeline that verifies nothing
 * because a path, a provider name or a filter is wrong must not go green.
 */
public final class NothingToVerifyException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message where the run looked and what it found
   */
  public NothingToVerifyException(String message) {
    super(message);
  }
}
