package io.pactcontainers.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.pactcontainers.SelfSignedCertificate;
import io.pactcontainers.source.Credentials;
import io.pactcontainers.source.HttpProxies;
import io.pactcontainers.source.HttpProxy;
import io.pactcontainers.source.LoadedPact;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Broker reached through a real proxy that records what passed: its host does not resolve
 * ({@code broker.invalid}), so only the proxy can reach it, and its links (under the same host) go
 * the same way.
 */
class BrokerThroughProxyTest {
  private static final String PASSWORD = "pr0xy-s3cret-42";
  @TempDir Path dir;
  private BrokerStandIn broker;
  private RecordingProxy proxy;
  private URI hidden;

  @BeforeEach
  void start() throws Exception {
    broker = new BrokerStandIn();
    hidden = URI.create("http://broker.invalid:" + broker.localUrl().getPort() + "/");
    broker.withBaseUrl(hidden);
    broker.publish(
        "sous-chef",
        "1.0.0",
        "main",
        "grill",
        BrokerSourceTest.pact("sous-chef", "grill", "through the proxy"));
    proxy = new RecordingProxy().route("broker.invalid:" + hidden.getPort(), broker.localUrl());
  }

  @AfterEach
  void stop() throws Exception {
    proxy.close();
    broker.close();
  }

  private HttpProxy theProxy(Optional<Credentials.Basic> credentials, List<String> bypass) {
    return new HttpProxy("127.0.0.1", proxy.port(), credentials, bypass, "HTTP_PROXY");
  }

  private PactBroker through(HttpProxy p) {
    return PactBroker.of(hidden)
        .withRetries(0)
        .withProxies(new HttpProxies(Optional.of(p), Optional.of(p)));
  }

  private static List<String> descriptions(List<LoadedPact> pacts) {
    return pacts.stream().map(p -> p.pact().interactions().get(0).description()).toList();
  }

  @Test
  void theBrokerIsReachedOnlyThroughTheProxyLinksIncluded() {
    List<LoadedPact> pacts =
        new BrokerSource(through(theProxy(Optional.empty(), List.of()))).load("grill").pacts();

    assertThat(descriptions(pacts)).containsExactly("through the proxy");
    assertThat(proxy.passed())
        .startsWith("GET " + hidden)
        .contains("POST " + hidden + "pacts/provider/grill/for-verification")
        .allMatch(line -> line.contains("http://broker.invalid:"));
  }

  @Test
  void aProxyWantingCredentialsAndABrokerWantingATokenEachGetTheirOwn() {
    // The JDK's client drops a caller's Authorization header once it has an Authenticator: the
    // proxy's credentials must not cost the Broker its token (a trial got 401 on every call).
    broker.requireAuthorization("Bearer br0ker-t0ken");
    proxy.requireCredentials("builder", PASSWORD);
    PactBroker config =
        through(theProxy(Optional.of(new Credentials.Basic("builder", PASSWORD)), List.of()))
            .withCredentials(new Credentials.Bearer("br0ker-t0ken"));

    List<LoadedPact> pacts = new BrokerSource(config).load("grill").pacts();

    assertThat(descriptions(pacts)).containsExactly("through the proxy");
    assertThat(proxy.passed()).contains("POST " + hidden + "pacts/provider/grill/for-verification");
  }

  @Test
  void withoutTheProxyTheHiddenBrokerIsUnknown() {
    assertThatThrownBy(() -> new BrokerSource(PactBroker.of(hidden).withRetries(0)).load("grill"))
        .hasMessageStartingWith("The Pact Broker could not be reached (unknown host)")
        .hasMessageContaining("for the Broker index at " + hidden + " after 1 attempt");
    assertThat(proxy.passed()).isEmpty();
  }

  @Test
  void resultsArePublishedThroughTheProxy() {
    PactBroker config = through(theProxy(Optional.empty(), List.of()));
    LoadedPact pact = new BrokerSource(config).load("grill").pacts().get(0);

    new VerificationPublisher(config, "test 1.0")
        .publish(
            "grill",
            new ProviderVersion("2.0.0", Optional.of("main"), List.of(), Optional.empty()),
            List.of(
                new PublishedResult(
                    pact.publishResultsTo().orElseThrow(), "pact", true, List.of())),
            r -> {});

    assertThat(broker.verifications()).hasSize(1);
    assertThat(proxy.passed())
        .anyMatch(l -> l.startsWith("POST " + hidden) && l.contains("verification-results"));
  }

  @Test
  void aHostInNonProxyHostsIsReachedDirectly() throws Exception {
    BrokerStandIn local = new BrokerStandIn();
    local.publish(
        "sous-chef",
        "1.0.0",
        "main",
        "grill",
        BrokerSourceTest.pact("sous-chef", "grill", "direct"));
    PactBroker direct =
        PactBroker.of(local.url())
            .withProxies(
                new HttpProxies(
                    Optional.of(theProxy(Optional.empty(), List.of("localhost", "127.*"))),
                    Optional.empty()));

    try (local) {
      assertThat(new BrokerSource(direct).load("grill").pacts()).hasSize(1);
    }
    assertThat(proxy.passed()).isEmpty();
  }

  @Test
  void theProxysCredentialsGoToTheProxyWithEachRequestNoChallengeNeeded() {
    proxy.requireCredentials("builder", PASSWORD);

    List<LoadedPact> pacts =
        new BrokerSource(
                through(
                    theProxy(Optional.of(new Credentials.Basic("builder", PASSWORD)), List.of())))
            .load("grill")
            .pacts();

    assertThat(pacts).hasSize(1);
    assertThat(proxy.passed()).contains("GET " + hidden).noneMatch(l -> l.startsWith("407"));
  }

  @Test
  void refusedCredentialsAreOneMessageNamingTheProxyAndItsSetting() {
    proxy.requireCredentials("builder", "the-right-one");
    PactBroker config =
        through(theProxy(Optional.of(new Credentials.Basic("builder", PASSWORD)), List.of()));

    assertThatThrownBy(() -> new BrokerSource(config).load("grill"))
        .isInstanceOf(BrokerException.class)
        .hasMessage(
            "The Pact Broker could not be asked for the Broker index at "
                + hidden
                + ": the proxy 127.0.0.1:"
                + proxy.port()
                + " (from HTTP_PROXY) refused the credentials of HTTP_PROXY (HTTP 407); check its"
                + " user name and password")
        .message()
        .doesNotContain(PASSWORD);
  }

  @Test
  void aProxyAskingForCredentialsNoneGivenSaysWhereToGiveThem() {
    proxy.requireCredentials("builder", PASSWORD);

    assertThatThrownBy(
            () -> new BrokerSource(through(theProxy(Optional.empty(), List.of()))).load("grill"))
        .hasMessage(
            "The Pact Broker could not be asked for the Broker index at "
                + hidden
                + ": the proxy 127.0.0.1:"
                + proxy.port()
                + " (from HTTP_PROXY) asks for credentials (HTTP 407); give its user name and"
                + " password in HTTP_PROXY");
  }

  @Test
  void anUnreachableProxyIsNamedWithItsSetting() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    HttpProxy gone = new HttpProxy("127.0.0.1", closed, Optional.empty(), List.of(), "HTTPS_PROXY");
    PactBroker config =
        PactBroker.of(hidden)
            .withRetries(0)
            .withProxies(new HttpProxies(Optional.of(gone), Optional.empty()));

    assertThatThrownBy(() -> new BrokerSource(config).load("grill"))
        .hasMessage(
            "The Pact Broker could not be asked for the Broker index at "
                + hidden
                + ": the proxy 127.0.0.1:"
                + closed
                + " (from HTTPS_PROXY) could not be reached (connection refused); check HTTPS_PROXY"
                + " and that the proxy is up");
  }

  @Test
  void aProxyAnswering502IsNamed() {
    proxy.refuse();

    assertThatThrownBy(
            () -> new BrokerSource(through(theProxy(Optional.empty(), List.of()))).load("grill"))
        .hasMessage(
            "The Pact Broker answered HTTP 502 for the Broker index at "
                + hidden
                + " through the proxy 127.0.0.1:"
                + proxy.port()
                + " (from HTTP_PROXY)");
  }

  /** A Broker over TLS whose certificate names {@code tls-broker.invalid}, routed by the proxy. */
  private HttpsServer tlsBroker(SelfSignedCertificate certificate) throws Exception {
    HttpsServer tls = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    tls.setHttpsConfigurator(new HttpsConfigurator(certificate.serverContext()));
    tls.createContext(
        "/",
        ex -> {
          byte[] body =
              (ex.getRequestURI().getPath().endsWith("/latest")
                      ? "{\"_links\":{\"pb:pacts\":[]}}"
                      : "{\"_links\":{\"pb:latest-provider-pacts\":{\"href\":\"/pacts/provider/{provider}/latest\"}}}")
                  .getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(200, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    tls.start();
    proxy.route(
        "tls-broker.invalid:" + tls.getAddress().getPort(),
        URI.create("http://127.0.0.1:" + tls.getAddress().getPort()));
    return tls;
  }

  @Test
  void anHttpsBrokerIsReachedThroughTheProxysTunnel() throws Exception {
    SelfSignedCertificate certificate = SelfSignedCertificate.create(dir, "dns:tls-broker.invalid");
    HttpsServer tls = tlsBroker(certificate);
    try {
      URI https = URI.create("https://tls-broker.invalid:" + tls.getAddress().getPort() + "/");
      PactBroker config =
          PactBroker.of(https)
              .withRetries(0)
              .withCaCertificate(certificate.pem())
              .withProxies(
                  new HttpProxies(
                      Optional.empty(), Optional.of(theProxy(Optional.empty(), List.of()))));

      assertThat(new BrokerSource(config).load("grill").pacts()).isEmpty();
      assertThat(proxy.passed()).containsExactly("CONNECT tls-broker.invalid:" + https.getPort());
    } finally {
      tls.stop(0);
    }
  }

  @Test
  void basicCredentialsForAnHttpsTunnelAreTheJdksLimitSaidWithWhatToDo() throws Exception {
    proxy.requireCredentials("builder", PASSWORD);
    SelfSignedCertificate certificate = SelfSignedCertificate.create(dir, "dns:tls-broker.invalid");
    HttpsServer tls = tlsBroker(certificate);
    try {
      URI https = URI.create("https://tls-broker.invalid:" + tls.getAddress().getPort() + "/");
      HttpProxy p = theProxy(Optional.of(new Credentials.Basic("builder", PASSWORD)), List.of());
      PactBroker config =
          PactBroker.of(https)
              .withRetries(0)
              .withCaCertificate(certificate.pem())
              .withProxies(new HttpProxies(Optional.empty(), Optional.of(p)));

      assertThatThrownBy(() -> new BrokerSource(config).load("grill"))
          .isInstanceOf(BrokerException.class)
          .hasMessage(
              "The Pact Broker could not be asked for the Broker index at "
                  + https
                  + ": the proxy 127.0.0.1:"
                  + proxy.port()
                  + " (from HTTP_PROXY) refused the credentials of HTTP_PROXY (HTTP 407); check"
                  + " its user name and password. For an https URL the JDK sends Basic credentials"
                  + " through the proxy's tunnel only when the JVM runs with"
                  + " -Djdk.http.auth.tunneling.disabledSchemes= (empty: Basic is disabled there by"
                  + " default); set it in MAVEN_OPTS or JAVA_OPTS")
          .message()
          .doesNotContain(PASSWORD);
      // The JDK's default: the credentials never left this JVM for the tunnel.
      assertThat(proxy.credentialsSeen()).isEmpty();
    } finally {
      tls.stop(0);
    }
  }

  @Test
  void aTunnelTheProxyRefusesIsNamed() throws Exception {
    proxy.refuse();
    SelfSignedCertificate certificate = SelfSignedCertificate.create(dir, "dns:tls-broker.invalid");
    HttpsServer tls = tlsBroker(certificate);
    try {
      URI https = URI.create("https://tls-broker.invalid:" + tls.getAddress().getPort() + "/");
      PactBroker config =
          PactBroker.of(https)
              .withRetries(0)
              .withCaCertificate(certificate.pem())
              .withProxies(
                  new HttpProxies(
                      Optional.empty(), Optional.of(theProxy(Optional.empty(), List.of()))));

      assertThatThrownBy(() -> new BrokerSource(config).load("grill"))
          .hasMessage(
              "The Pact Broker could not be asked for the Broker index at "
                  + https
                  + ": the proxy 127.0.0.1:"
                  + proxy.port()
                  + " (from HTTP_PROXY) refused to open a tunnel to tls-broker.invalid:"
                  + https.getPort()
                  + " (Tunnel failed, got: 502); check HTTP_PROXY and that the proxy is up");
    } finally {
      tls.stop(0);
    }
  }

  @Test
  void aPactUrlIsFetchedThroughTheProxy() {
    URI pactUrl = URI.create(hidden + "pacts/provider/grill/consumer/sous-chef/version/1.0.0");
    HttpProxy p = theProxy(Optional.empty(), List.of());
    io.pactcontainers.source.PactSource.Url source =
        io.pactcontainers.source.PactSource.Url.of(pactUrl)
            .withProxies(new HttpProxies(Optional.of(p), Optional.empty()));

    var loaded =
        new io.pactcontainers.source.PactLoader(
                new io.pactcontainers.model.PactReader(io.pactcontainers.model.JsonLimits.DEFAULT),
                java.time.Duration.ofSeconds(10))
            .load(List.of(source), "grill");

    assertThat(descriptions(loaded.pacts())).containsExactly("through the proxy");
    assertThat(proxy.passed()).containsExactly("GET " + pactUrl);
  }
}
