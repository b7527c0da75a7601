package io.pactcontainers.source;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The proxies of the Broker and pact URLs: the one for http URLs and the one for https URLs (often
 * the same), each with the hosts that bypass it. The settings layer decides where they come from
 * (settings.xml's {@code <proxies>}, or {@code HTTPS_PROXY}/{@code NO_PROXY}); this is the rule
 * "which proxy for this URL" that the HTTP clients ask. The provider's client never has one.
 *
 * @param forHttp the proxy of http URLs, when any
 * @param forHttps the proxy of https URLs (a {@code CONNECT} tunnel), when any
 */
public record HttpProxies(Optional<HttpProxy> forHttp, Optional<HttpProxy> forHttps) {
  /** No proxy: every URL reached directly. */
  public static final HttpProxies NONE = new HttpProxies(Optional.empty(), Optional.empty());

  /**
   * Checks the components.
   *
   * @param forHttp the proxy of http URLs, when any
   * @param forHttps the proxy of https URLs, when any
   */
  public HttpProxies {
    requireNonNull(forHttp, "forHttp");
    requireNonNull(forHttps, "forHttps");
  }

  /**
   * The proxy a URL is reached through.
   *
   * @param uri an http(s) URL
   * @return its proxy; empty: reached directly (another scheme, or a host that bypasses it)
   */
  public Optional<HttpProxy> forUri(URI uri) {
    String scheme =
        uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    Optional<HttpProxy> p =
        switch (scheme) {
          case "http" -> forHttp;
          case "https" -> forHttps;
          default -> Optional.empty();
        };
    return uri.getHost() == null ? Optional.empty() : p.filter(x -> x.proxies(uri.getHost()));
  }

  /**
   * The JDK's "which proxy for this URL", answered by {@link #forUri}: for a client's {@code
   * proxy(...)}.
   *
   * @return the selector; every URL direct for {@link #NONE}
   */
  public ProxySelector selector() {
    return new Selector(this);
  }

  /**
   * The {@code Proxy-Authorization} header a request to this URL carries: its proxy's credentials,
   * when it has any. Sent with each request rather than through the JDK client's {@code
   * Authenticator}: a client with an authenticator drops every {@code Authorization} header its
   * caller sets (the JDK's context-restricted headers), and the Broker's token travels in one. For
   * an https URL the JDK copies it onto the tunnel's {@code CONNECT} only when Basic is allowed for
   * tunnels ({@code -Djdk.http.auth.tunneling.disabledSchemes=}); the proxy's 407 then says so.
   *
   * @param uri the URL asked
   * @return the header's value; empty when its proxy has no credentials or it goes direct
   */
  public Optional<String> authorization(URI uri) {
    return forUri(uri).flatMap(HttpProxy::credentials).map(Credentials.Basic::headerValue);
  }

  /**
   * The proxies' passwords, to be masked wherever text is shown.
   *
   * @return the secrets, none without credentials
   */
  public List<String> secrets() {
    List<String> s = new ArrayList<>();
    all().forEach(p -> p.credentials().ifPresent(c -> s.addAll(c.secrets())));
    return s;
  }

  private Stream<HttpProxy> all() {
    return Stream.concat(forHttp.stream(), forHttps.stream());
  }

  /** The JDK's question "which proxy for this URL", answered by {@link #forUri}. */
  private static final class Selector extends ProxySelector {
    private final HttpProxies proxies;

    Selector(HttpProxies proxies) {
      this.proxies = proxies;
    }

    @Override
    public List<Proxy> select(URI uri) {
      return proxies
          .forUri(uri)
          .map(p -> List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(p.host(), p.port()))))
          .orElse(List.of(Proxy.NO_PROXY));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
      // the request's own error names the proxy; there is no other proxy to try
    }
  }
}
