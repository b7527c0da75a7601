package io.pactcontainers;

/**
 * Base type of every exception the library throws on purpose. Each subtype carries the data needed
 * to tell the user what went wrong and what to do, so callers (the Maven plugin) never have to show
 * a stack trace.
 */
public abstract class PactContainersException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong and what to do, in the library's words
   */
  protected PactContainersException(String message) {
    super(message);
  }

  /**
   * @param message what went wrong and what to do, in the library's words
   * @param cause the error behind it
   */
  protected PactContainersException(String message, Throwable cause) {
    super(message, cause);
  }
}
