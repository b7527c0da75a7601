package io.pactcontainers.settings;

import io.pactcontainers.PactContainersException;

/**
 * A setting the verification cannot run with, said in the user's words ({@link SettingNames}):
 * "<problem>: <value>; <what to do>". A front end shows the message as it is (the Maven plugin as a
 * build error, the JUnit 5 extension as the class's configuration error).
 */
public final class SettingsException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  /**
   * A setting at fault.
   *
   * @param message the problem, naming the setting
   */
  public SettingsException(String message) {
    super(message);
  }

  /**
   * A setting at fault, with the library's error behind it.
   *
   * @param message the problem, naming the setting
   * @param cause what the library said
   */
  public SettingsException(String message, Throwable cause) {
    super(message, cause);
  }
}
