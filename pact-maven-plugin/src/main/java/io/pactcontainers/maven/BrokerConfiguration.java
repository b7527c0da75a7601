package io.pactcontainers.maven;

import io.pactcontainers.settings.RawSettings;
import java.io.File;
import java.util.List;

/**
 * {@code <broker>}: the settings of the Pact Broker that change rarely. The URL, selectors and
 * publishing switches are top-level parameters with {@code -D} properties.
 */
public class BrokerConfiguration implements RawSettings.Broker {
  /**
   * The id of a {@code <server>} in settings.xml holding the credentials (password alone: a bearer
   * token).
   */
  String serverId;

  /** The environment variable holding a bearer token, read when no server is given. */
  String tokenEnvironmentVariable = DEFAULT_TOKEN_VARIABLE;

  /**
   * The environment variables holding a username and password, read when no server or token is
   * given.
   */
  String usernameEnvironmentVariable = DEFAULT_USERNAME_VARIABLE;

  /** See {@code usernameEnvironmentVariable}. */
  String passwordEnvironmentVariable = DEFAULT_PASSWORD_VARIABLE;

  /**
   * Sends the credential in this header instead of {@code Authorization} (an API gateway's {@code
   * X-Api-Key}, say). Its value is the {@code <password>} of the {@code <serverId>} server, or the
   * token environment variable.
   */
  String authHeaderName;

  /**
   * A PEM file with a CA to trust for the Broker's HTTPS (and for {@code <pactUrls>}), besides the
   * JVM's trust store.
   */
  File caCertificate;

  /**
   * For a Broker (and {@code <pactUrls>}) that asks for a client certificate (mutual TLS): a PEM
   * file of the certificate chain with {@code <clientKey>}, or a PKCS#12 file whose password is in
   * the environment variable {@code <clientCertificatePasswordEnvironmentVariable>}.
   */
  File clientCertificate;

  /** The PEM file of {@code <clientCertificate>}'s private key; not needed in its own file. */
  File clientKey;

  /** The environment variable of a PKCS#12 {@code <clientCertificate>}'s password. */
  String clientCertificatePasswordEnvironmentVariable =
      DEFAULT_CLIENT_CERTIFICATE_PASSWORD_VARIABLE;

  /**
   * Which consumer versions' pacts to verify; overridden by {@code
   * -Dpact.broker.selectors='[...]'}.
   */
  List<SelectorConfiguration> consumerVersionSelectors;

  /** Tags of the provider version, recorded when publishing. */
  List<String> providerTags;

  /** Whether a failure to publish fails the build. */
  boolean failIfPublishFails = true;

  /** Seconds to wait for the Broker. */
  int timeout = DEFAULT_TIMEOUT;

  /** How often a transient Broker failure is retried. */
  int retries = DEFAULT_RETRIES;

  /** A copy, for a value computed from this one: an injected configuration is never changed. */
  @Override
  public String serverId() {
    return serverId;
  }

  @Override
  public String tokenEnvironmentVariable() {
    return tokenEnvironmentVariable;
  }

  @Override
  public String usernameEnvironmentVariable() {
    return usernameEnvironmentVariable;
  }

  @Override
  public String passwordEnvironmentVariable() {
    return passwordEnvironmentVariable;
  }

  @Override
  public String authHeaderName() {
    return authHeaderName;
  }

  @Override
  public File caCertificate() {
    return caCertificate;
  }

  @Override
  public File clientCertificate() {
    return clientCertificate;
  }

  @Override
  public File clientKey() {
    return clientKey;
  }

  @Override
  public String clientCertificatePasswordEnvironmentVariable() {
    return clientCertificatePasswordEnvironmentVariable;
  }

  @Override
  public List<SelectorConfiguration> consumerVersionSelectors() {
    return consumerVersionSelectors;
  }

  @Override
  public List<String> providerTags() {
    return providerTags;
  }

  @Override
  public boolean failIfPublishFails() {
    return failIfPublishFails;
  }

  @Override
  public int timeout() {
    return timeout;
  }

  @Override
  public int retries() {
    return retries;
  }
}
