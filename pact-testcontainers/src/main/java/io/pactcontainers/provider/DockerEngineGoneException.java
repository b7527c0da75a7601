package io.pactcontainers.provider;

import io.pactcontainers.PactContainersException;

/**
 * The Docker engine stopped answering while the run still needed it: what it had started cannot be
 * removed now, and is left for the next run's sweep (containers of a run whose process has ended).
 */
public final class DockerEngineGoneException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what was going on, what is left, and what to do
   */
  public DockerEngineGoneException(String message) {
    super(message);
  }
}
