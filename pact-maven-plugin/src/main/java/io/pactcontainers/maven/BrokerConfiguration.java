package io.pactcontainers.maven;

import java.io.File;
import java.util.List;

/**
 * {@code <broker>}: the settings of the Pact Broker that change rarely. The URL, selectors and
 * publishing switches are top-level parameters with {@code -D} properties.
 */
public class BrokerConfiguration {
  /**
   * The id of a {@code <server>} in settings.xml holding the credentials (password alone: a bearer
   * token).
   */
  String serverId;

  /** The environment variable holding a bearer token, read when no server is given. */
  String tokenEnvironmentVariable = "PACT_BROKER_TOKEN";

  /**
   * The environment variables holding a username and password, read when no server or token is
   * given.
   */
  String usernameEnvironmentVariable = "PACT_BROKER_USERNAME";

  /** See {@code usernameEnvironmentVariable}. */
  String passwordEnvironmentVariable = "PACT_BROKER_PASSWORD";

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
   * Which consumer versions' pacts to verify; overridden by {@code
   * -Dpact.broker.selectors='[...]'}.
   */
  List<SelectorConfiguration> consumerVersionSelectors;

  /** Tags of the provider version, recorded when publishing. */
  List<String> providerTags;

  /** Whether a failure to publish fails the build. */
  boolean failIfPublishFails = true;

  /** Seconds to wait for the Broker. */
  int timeout = 30;

  /** How often a transient Broker failure is retried. */
  int retries = 3;

  /** A copy, for a value computed from this one: an injected configuration is never changed. */
  BrokerConfiguration copy() {
    BrokerConfiguration c = new BrokerConfiguration();
    c.serverId = serverId;
    c.tokenEnvironmentVariable = tokenEnvironmentVariable;
    c.usernameEnvironmentVariable = usernameEnvironmentVariable;
    c.passwordEnvironmentVariable = passwordEnvironmentVariable;
    c.authHeaderName = authHeaderName;
    c.caCertificate = caCertificate;
    c.consumerVersionSelectors = consumerVersionSelectors;
    c.providerTags = providerTags;
    c.failIfPublishFails = failIfPublishFails;
    c.timeout = timeout;
    c.retries = retries;
    return c;
  }
}
