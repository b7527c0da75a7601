package io.pactcontainers.source;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Optional;

/**
 * A proxy's part in a failed request, in words naming the proxy (host, port and the setting it came
 * from, never its password) and what to do: the Broker's and the pact URLs' messages alike.
 */
public final class ProxyTrouble {
  private ProxyTrouble() {}

  /**
   * The proxy a request went through, to follow the URL in a message.
   *
   * @param via the proxy, when any
   * @return {@code " through the proxy proxy.corp:3128 (from HTTPS_PROXY)"}, or "" without one
   */
  public static String through(Optional<HttpProxy> via) {
    return via.map(p -> " through the proxy " + p.describe()).orElse("");
  }

  /**
   * What a 407 means and what to do: the proxy wants credentials, or refused the ones given, or (an
   * https URL) the JDK did not send them through the tunnel.
   *
   * @param via the proxy
   * @param uri the URL asked for
   * @return the sentence, starting "the proxy ..."
   */
  public static String credentialsRefused(HttpProxy via, URI uri) {
    String proxy = "the proxy " + via.describe();
    if (via.credentials().isEmpty()) {
      return proxy
          + " asks for credentials (HTTP 407); give its user name and password in "
          + via.origin();
    }
    String refused =
        proxy
            + " refused the credentials of "
            + via.origin()
            + " (HTTP 407); check its user name and password";
    if (!"https".equalsIgnoreCase(uri.getScheme())) {
      return refused;
    }
    return refused
        + ". For an https URL the JDK sends Basic credentials through the proxy's tunnel only"
        + " when the JVM runs with -Djdk.http.auth.tunneling.disabledSchemes= (empty: Basic is"
        + " disabled there by default); set it in MAVEN_OPTS or JAVA_OPTS";
  }

  /**
   * What went wrong between us and the proxy, when it was the proxy: unreachable, unknown, timed
   * out connecting, refusing the tunnel, or refusing credentials again and again.
   *
   * @param via the proxy, when any
   * @param uri the URL asked for
   * @param e the request's failure
   * @return the sentence, starting "the proxy ...", or empty when the failure is not the proxy's
   */
  public static Optional<String> of(Optional<HttpProxy> via, URI uri, IOException e) {
    if (via.isEmpty()) {
      return Optional.empty();
    }
    HttpProxy p = via.get();
    String proxy = "the proxy " + p.describe();
    String what = "; check " + p.origin() + " and that the proxy is up";
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof HttpConnectTimeoutException) {
      return Optional.of(proxy + " did not accept a connection in time" + what);
    }
    if (e instanceof ConnectException || e.getCause() instanceof ConnectException) {
      return Optional.of(proxy + " could not be reached (connection refused)" + what);
    }
    if (e.getCause() instanceof UnresolvedAddressException) {
      return Optional.of(proxy + " could not be reached (unknown host)" + what);
    }
    if (message.contains("authentication attempts")) {
      return Optional.of(credentialsRefused(p, uri));
    }
    if (message.startsWith("Tunnel failed")) {
      return Optional.of(
          proxy
              + " refused to open a tunnel to "
              + uri.getHost()
              + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
              + " ("
              + message
              + ")"
              + what);
    }
    return Optional.empty();
  }
}
