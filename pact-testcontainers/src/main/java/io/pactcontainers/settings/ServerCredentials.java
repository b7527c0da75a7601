package io.pactcontainers.settings;

import io.pactcontainers.source.Credentials;

/**
 * The credentials a front end keeps by server id (the Maven plugin: settings.xml's {@code
 * <server>}, its password decrypted), for the settings that name a server ({@code broker serverId},
 * {@code pactUrlsServerId}).
 */
@FunctionalInterface
public interface ServerCredentials {
  /** A front end without such a store: every server id is an error naming the setting. */
  ServerCredentials NONE =
      (id, setting) -> {
        throw new SettingsException(
            setting + " " + id + ": server ids are not supported here; use the token's variable");
      };

  /**
   * The credentials of a server.
   *
   * @param id the server's id
   * @param setting the setting that names it, for messages
   * @return its credentials: a password alone is a bearer token
   * @throws SettingsException when there is no such server, or its password cannot be read
   */
  Credentials of(String id, String setting);

  /**
   * The proxies the front end keeps beside its servers (the Maven plugin: settings.xml's active
   * {@code <proxy>}s), for the Broker and pact URLs. None: the environment's {@code HTTPS_PROXY},
   * {@code HTTP_PROXY} and {@code NO_PROXY} are used.
   *
   * @return the proxies, in their order; empty: none kept
   * @throws SettingsException when a proxy's password cannot be read
   */
  default java.util.List<ConfiguredProxy> proxies() {
    return java.util.List.of();
  }
}
