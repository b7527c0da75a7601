package io.pactcontainers.settings;

import io.pactcontainers.source.Credentials;
import io.pactcontainers.source.HttpProxies;
import io.pactcontainers.source.HttpProxy;
import io.pactcontainers.source.Redact;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rule of which proxy the Broker and pact URLs go through, for every front end: the proxies the
 * front end keeps (settings.xml's active {@code <proxy>}s) when it keeps any, else the environment
 * as curl reads it ({@code https_proxy}/{@code HTTPS_PROXY}, {@code http_proxy}/{@code HTTP_PROXY},
 * {@code no_proxy}/{@code NO_PROXY}, the lower-case name first). The provider is never proxied: its
 * client is not given these.
 */
final class ProxySettings {
  /** curl's default proxy port. */
  static final int DEFAULT_PORT = 1080;

  private ProxySettings() {}

  /**
   * The proxies of the Broker and pact URLs.
   *
   * @param servers what the front end keeps (its proxies)
   * @param environment the environment variables
   * @return the proxies, {@link HttpProxies#NONE} when none is set
   * @throws SettingsException naming the setting, when a proxy is not usable
   */
  static HttpProxies of(ServerCredentials servers, Map<String, String> environment) {
    List<ConfiguredProxy> kept = servers.proxies();
    return kept.isEmpty() ? fromEnvironment(environment) : fromKept(kept);
  }

  private static HttpProxies fromKept(List<ConfiguredProxy> kept) {
    Optional<ConfiguredProxy> http =
        kept.stream().filter(p -> protocol(p).equals("http")).findFirst();
    Optional<ConfiguredProxy> https =
        kept.stream().filter(p -> protocol(p).equals("https")).findFirst().or(() -> http);
    return new HttpProxies(http.map(ProxySettings::kept), https.map(ProxySettings::kept));
  }

  private static String protocol(ConfiguredProxy p) {
    String s = p.protocol() == null || p.protocol().isBlank() ? "http" : p.protocol().trim();
    String lower = s.toLowerCase(Locale.ROOT);
    if (!lower.equals("http") && !lower.equals("https")) {
      throw new SettingsException(
          p.origin()
              + " has <protocol>"
              + s
              + "</protocol>; only http and https proxies are supported (a SOCKS proxy is not)");
    }
    return lower;
  }

  private static HttpProxy kept(ConfiguredProxy p) {
    if (p.host() == null || p.host().isBlank()) {
      throw new SettingsException(p.origin() + " has no <host>; add the proxy's host name");
    }
    if (p.port() < 1 || p.port() > 65535) {
      throw new SettingsException(p.origin() + " has <port>" + p.port() + "</port>; not a port");
    }
    Optional<Credentials.Basic> credentials =
        p.username() == null || p.username().isBlank()
            ? Optional.empty()
            : Optional.of(
                new Credentials.Basic(
                    p.username().trim(), p.password() == null ? "" : p.password()));
    List<String> bypass =
        p.nonProxyHosts() == null ? List.of() : List.of(p.nonProxyHosts().split("[|,]"));
    return new HttpProxy(p.host().trim(), p.port(), credentials, bypass, p.origin());
  }

  private static HttpProxies fromEnvironment(Map<String, String> environment) {
    Optional<String> noProxyName = name(environment, "no_proxy");
    List<String> bypass = noProxyName.map(n -> noProxy(environment.get(n))).orElse(List.of());
    return new HttpProxies(
        name(environment, "http_proxy").map(n -> parse(n, environment.get(n), bypass)),
        name(environment, "https_proxy").map(n -> parse(n, environment.get(n), bypass)));
  }

  /** The variable's name as set, lower case first (curl's order); empty when neither is. */
  private static Optional<String> name(Map<String, String> environment, String lower) {
    for (String n : List.of(lower, lower.toUpperCase(Locale.ROOT))) {
      String v = environment.get(n);
      if (v != null && !v.isBlank()) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  /**
   * NO_PROXY as curl reads it: names separated by commas, each the host itself and every host under
   * it (a leading dot ignored), {@code *} alone every host.
   */
  private static List<String> noProxy(String value) {
    List<String> patterns = new ArrayList<>();
    for (String entry : value.split("[,\\s]+")) {
      String e = entry.trim().toLowerCase(Locale.ROOT);
      if (e.startsWith("[") && e.endsWith("]")) {
        e = e.substring(1, e.length() - 1);
      }
      while (e.startsWith(".")) {
        e = e.substring(1);
      }
      if (e.equals("*")) {
        patterns.add("*");
      } else if (!e.isEmpty()) {
        patterns.add(e.replace("*", "")); // a wildcard inside a name is no wildcard to curl
        patterns.add("*." + e.replace("*", ""));
      }
    }
    return patterns;
  }

  private static HttpProxy parse(String variable, String value, List<String> bypass) {
    String v = value.trim();
    URI uri;
    try {
      uri = URI.create(v.contains("://") ? v : "http://" + v);
    } catch (IllegalArgumentException e) {
      throw new SettingsException(
          variable + " is not a proxy URL: " + masked(v) + "; write it as http://host:port");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http")) {
      throw new SettingsException(
          variable
              + " is a "
              + scheme
              + ":// proxy ("
              + Redact.userInfo(uri)
              + "); only a proxy spoken to in plain HTTP (http://host:port) is supported here,"
              + " which tunnels https URLs with CONNECT");
    }
    if (uri.getHost() == null) {
      throw new SettingsException(
          variable
              + " is not a proxy URL: "
              + Redact.userInfo(uri)
              + "; write it as http://host:port");
    }
    Optional<Credentials.Basic> credentials = Optional.empty();
    if (uri.getRawUserInfo() != null) {
      String[] userPassword = uri.getRawUserInfo().split(":", 2);
      credentials =
          Optional.of(
              new Credentials.Basic(
                  decode(userPassword[0]), userPassword.length > 1 ? decode(userPassword[1]) : ""));
    }
    int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
    return new HttpProxy(uri.getHost(), port, credentials, bypass, variable);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String masked(String v) {
    int at = v.lastIndexOf('@');
    int scheme = v.indexOf("://");
    return at < 0 ? v : v.substring(0, scheme < 0 ? 0 : scheme + 3) + "****@" + v.substring(at + 1);
  }
}
