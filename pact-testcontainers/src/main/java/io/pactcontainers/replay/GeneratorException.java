package io.pactcontainers.replay;

import io.pactcontainers.PactContainersException;

/** A request generator that cannot be applied (e.g. the state setup returned no such value). */
public final class GeneratorException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  public GeneratorException(String message) {
    super(message);
  }
}
