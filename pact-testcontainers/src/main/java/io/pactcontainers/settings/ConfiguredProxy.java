package io.pactcontainers.settings;

import static java.util.Objects.requireNonNull;

/**
 * A proxy as a front end keeps it (the Maven plugin: an active {@code <proxy>} of settings.xml, its
 * password decrypted), raw: what {@link ServerCredentials#proxies()} gives the settings layer.
 * {@code toString} never shows the password.
 *
 * @param origin where it was set, for messages ({@code settings.xml <proxy> corp})
 * @param protocol the URLs it is for: {@code http} (http and https URLs), {@code https} (https
 *     URLs); null: http
 * @param host its host
 * @param port its port
 * @param username the user it is answered with when it asks; null or blank: none
 * @param password that user's password; null: empty
 * @param nonProxyHosts the hosts reached directly, {@code |}-separated, {@code *} a wildcard; null:
 *     none
 */
public record ConfiguredProxy(
    String origin,
    String protocol,
    String host,
    int port,
    String username,
    String password,
    String nonProxyHosts) {

  /**
   * Checks the origin.
   *
   * @param origin where it was set
   * @param protocol the URLs it is for
   * @param host its host
   * @param port its port
   * @param username the user
   * @param password the password
   * @param nonProxyHosts the hosts reached directly
   */
  public ConfiguredProxy {
    requireNonNull(origin, "origin");
  }

  @Override
  public String toString() {
    return "ConfiguredProxy[" + origin + ", " + host + ":" + port + "]";
  }
}
