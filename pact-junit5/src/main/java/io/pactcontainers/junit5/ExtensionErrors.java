package io.pactcontainers.junit5;

import org.junit.jupiter.api.extension.ExtensionContextException;

/**
 * JUnit's {@link ExtensionContextException} with a cause. Its two-argument constructor is JUnit
 * 5.10's, and Spring Boot 3.1's BOM brings JUnit 5.9 into the user's test class path, where a
 * misdeclared class would meet {@code NoSuchMethodError} instead of its message.
 */
final class ExtensionErrors {
  private ExtensionErrors() {}

  static ExtensionContextException withCause(String message, Throwable cause) {
    ExtensionContextException e = new ExtensionContextException(message);
    e.initCause(cause);
    return e;
  }
}
