package io.pactcontainers;

/**
 * A setting a message may tell the user to check. The library names it in its own words; a front
 * end (the Maven plugin: {@code <provider><image>}) supplies its own name through {@code
 * VerificationListener.settingName}, so that every message speaks the user's language.
 */
public enum Setting {
  PROVIDER_IMAGE("the provider's image"),
  SIDECAR_IMAGE("the sidecar image"),
  PROVIDER_FILE_SOURCE("the source of the file to copy into the provider"),
  PROVIDER_DOCKERFILE("the provider's Dockerfile folder"),
  WAIT("how the provider's readiness is awaited"),
  STARTUP_TIMEOUT("the start-up timeout"),
  STATE_CHANGE_URL("the state change URL"),
  MESSAGE_URL("the provider's message URL");

  private final String words;

  Setting(String words) {
    this.words = words;
  }

  /** The library's own name for it. */
  public String words() {
    return words;
  }
}
