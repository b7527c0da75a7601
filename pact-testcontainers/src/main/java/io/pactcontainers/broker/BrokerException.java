package io.pactcontainers.broker;

import io.pactcontainers.PactContainersException;

/** The Broker could not be used: down, refused, not found, or answered something we cannot read. */
public final class BrokerException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  public BrokerException(String message) {
    super(message);
  }

  public BrokerException(String message, Throwable cause) {
    super(message, cause);
  }
}
