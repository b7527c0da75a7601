package io.pactcontainers.matrix;

import io.pactcontainers.PactContainersException;

/** A matrix that cannot run (no pacts to make columns of, an unreadable previous matrix...). */
public final class MatrixException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what is missing or unreadable, and what to do
   */
  public MatrixException(String message) {
    super(message);
  }
}
