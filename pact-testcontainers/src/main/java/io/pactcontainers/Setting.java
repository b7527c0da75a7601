package io.pactcontainers;

/**
 * A setting a message may tell the user to check. The library names it in its own words; a front
 * end (the Maven plugin: {@code <provider><image>}) supplies its own name through {@code
 * VerificationListener.settingName}, so that every message speaks the user's language.
 */
public enum Setting {
  /** The provider's name, which picks the pacts to verify. */
  PROVIDER_NAME("the provider name"),
  /** The image the provider runs from. */
  PROVIDER_IMAGE("the provider's image"),
  /** The image of a sidecar (a database beside the provider, say). */
  SIDECAR_IMAGE("the sidecar image"),
  /** A file on this machine to copy into the provider's container. */
  PROVIDER_FILE_SOURCE("the source of the file to copy into the provider"),
  /** The folder with the Dockerfile the provider's image is built from. */
  PROVIDER_DOCKERFILE("the provider's Dockerfile folder"),
  /** How the provider's readiness is awaited: an HTTP path, a log line, the port. */
  WAIT("how the provider's readiness is awaited"),
  /** How long the provider may take to become ready. */
  STARTUP_TIMEOUT("the start-up timeout"),
  /** The provider container's memory limit. */
  PROVIDER_MEMORY("the provider's memory limit"),
  /** Whether 3xx answers are followed. */
  FOLLOW_REDIRECTS("following redirects"),
  /** Whether a run that finds nothing to verify passes. */
  ALLOW_EMPTY("allowEmpty"),
  /** Whether the run stops at the first interaction that does not pass. */
  FAIL_FAST("fail fast"),
  /** The selection of the interactions that did not pass in the previous run. */
  LAST_FAILED("the last-failed selection"),
  /** How long a request may wait for the provider's answer. */
  REQUEST_TIMEOUT("the request timeout"),
  /** The provider's state-change endpoint. */
  STATE_CHANGE_URL("the state change URL"),
  /** Where message interactions ask the provider for their message. */
  MESSAGE_URL("the provider's message URL"),
  /** The client certificate offered to the provider (mutual TLS). */
  PROVIDER_CLIENT_CERTIFICATE("the provider's client certificate"),
  /** The CA that signed the provider's certificate, trusted besides the JVM's. */
  PROVIDER_CA_CERTIFICATE("the provider's CA certificate"),
  /** Whether the provider's certificate is not checked at all. */
  PROVIDER_INSECURE_TLS("trusting any provider certificate"),
  /** The consumers a run is narrowed to. */
  FILTER_CONSUMERS("the consumer filter"),
  /** The regular expression on interaction descriptions a run is narrowed by. */
  FILTER_DESCRIPTION("the interaction description filter"),
  /** The regular expression on provider states a run is narrowed by. */
  FILTER_PROVIDER_STATE("the provider state filter"),
  /** The provider: an image, a Dockerfile or a base URL. */
  PROVIDER("the provider"),
  /** The code that produces message interactions' messages, instead of the provider. */
  MESSAGE_PROVIDERS("message provider methods");

  private final String words;

  Setting(String words) {
    this.words = words;
  }

  /**
   * The library's own name for it.
   *
   * @return words for messages ("the provider's image")
   */
  public String words() {
    return words;
  }
}
