package io.pactcontainers.source;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One HTTP proxy the Broker and pact URLs are reached through ({@code CONNECT} for https URLs), and
 * the hosts that bypass it. {@code toString} never shows the password.
 *
 * @param host the proxy's host
 * @param port its port
 * @param credentials what it is answered with when it asks (HTTP 407), when given
 * @param nonProxyHosts the hosts reached directly: patterns matched against the whole host name,
 *     case-insensitive, {@code *} standing for any characters ({@code *.corp}, {@code 10.*})
 * @param origin the setting it came from, for messages ({@code HTTPS_PROXY}, {@code settings.xml
 *     <proxy> corp})
 */
public record HttpProxy(
    String host,
    int port,
    Optional<Credentials.Basic> credentials,
    List<String> nonProxyHosts,
    String origin) {

  /**
   * Checks the components.
   *
   * @param host the proxy's host
   * @param port its port
   * @param credentials what it is answered with when it asks, when given
   * @param nonProxyHosts the hosts reached directly
   * @param origin the setting it came from
   */
  public HttpProxy {
    requireNonNull(host, "host");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("not a port: " + port);
    }
    requireNonNull(credentials, "credentials");
    nonProxyHosts = nonProxyHosts.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    requireNonNull(origin, "origin");
  }

  /**
   * Whether a host is reached through this proxy: not when a {@code nonProxyHosts} pattern matches
   * it.
   *
   * @param urlHost the host of a URL
   * @return true when the proxy is used for it
   */
  public boolean proxies(String urlHost) {
    String h = urlHost.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    for (String pattern : nonProxyHosts) {
      if (glob(pattern.toLowerCase(Locale.ROOT), h)) {
        return false;
      }
    }
    return true;
  }

  private static boolean glob(String pattern, String host) {
    String[] parts = pattern.split("\\*", -1);
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      regex.append(i > 0 ? ".*" : "").append(java.util.regex.Pattern.quote(parts[i]));
    }
    return host.matches(regex.toString());
  }

  /**
   * The proxy in messages: host, port and where it was set, never its password.
   *
   * @return {@code proxy.corp:3128 (from HTTPS_PROXY)}
   */
  public String describe() {
    return host + ":" + port + " (from " + origin + ")";
  }

  @Override
  public String toString() {
    return "HttpProxy["
        + describe()
        + credentials.map(c -> ", user " + c.username()).orElse("")
        + "]";
  }
}
