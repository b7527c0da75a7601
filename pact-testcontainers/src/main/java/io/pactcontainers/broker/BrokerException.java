package io.pactcontainers.broker;

import io.pactcontainers.PactContainersException;

/** The Broker could not be used: down, refused, not found, or answered something we cannot read. */
public final class BrokerException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status the Broker answered with, 0 when none. */
  private final int status;

  /** Whether the Broker did not answer in time. */
  private final boolean timedOut;

  /**
   * @param message what the Broker did, and what to do
   */
  public BrokerException(String message) {
    this(message, 0, null);
  }

  /**
   * @param message what the Broker did, and what to do
   * @param cause the I/O error behind it
   */
  public BrokerException(String message, Throwable cause) {
    this(message, 0, cause);
  }

  BrokerException(String message, int status, Throwable cause) {
    this(message, status, cause, false);
  }

  BrokerException(String message, int status, Throwable cause, boolean timedOut) {
    super(message, cause);
    this.status = status;
    this.timedOut = timedOut;
  }

  /**
   * Whether the Broker took longer than the configured timeout to answer.
   *
   * @return true after a timeout
   */
  public boolean timedOut() {
    return timedOut;
  }

  /**
   * The HTTP status the Broker answered with, or 0 when it gave none (down, timed out, unreadable).
   *
   * @return the status, or 0
   */
  public int status() {
    return status;
  }
}
