package io.pactcontainers.maven;

/** A POM setting that cannot be used; the message names the element. */
final class ConfigurationException extends Exception {
  private static final long serialVersionUID = 1L;

  ConfigurationException(String message) {
    super(message);
  }
}
