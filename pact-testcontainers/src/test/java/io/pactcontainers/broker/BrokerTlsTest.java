package io.pactcontainers.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Broker behind HTTPS with a private CA: refused by default, trusted with the CA's PEM. */
class BrokerTlsTest {
  @TempDir Path dir;

  private HttpsServer server;
  private Path pem;

  @BeforeEach
  void start() throws Exception {
    io.pactcontainers.SelfSignedCertificate certificate =
        io.pactcontainers.SelfSignedCertificate.create(dir, "ip:127.0.0.1");
    pem = certificate.pem();
    SSLContext ctx = certificate.serverContext();
    server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(ctx));
    server.createContext(
        "/",
        ex -> {
          byte[] body =
              "{\"_links\":{\"pb:latest-provider-pacts\":{\"href\":\"/pacts/provider/{provider}/latest\"}}}"
                  .getBytes(StandardCharsets.UTF_8);
          if (ex.getRequestURI().getPath().endsWith("/latest")) {
            body = "{\"_links\":{\"pb:pacts\":[]}}".getBytes(StandardCharsets.UTF_8);
          }
          if (ex.getRequestURI().getPath().endsWith("/pact.json")) {
            body =
                BrokerSourceTest.pact("sous", "grill", "over tls").getBytes(StandardCharsets.UTF_8);
          }
          ex.sendResponseHeaders(200, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI url() {
    return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @Test
  void anUnknownCaIsRefusedByDefault() {
    assertThatThrownBy(
            () -> new BrokerSource(PactBroker.of(url()).withRetries(0)).load("grill").pacts())
        .isInstanceOf(BrokerException.class)
        .hasMessageStartingWith(
            "The Pact Broker could not be reached (TLS failed: PKIX path building failed")
        .hasMessageContaining("for the Broker index at " + url() + " after 1 attempt");
  }

  @Test
  void theConfiguredCaIsTrusted() {
    assertThat(new BrokerSource(PactBroker.of(url()).withCaCertificate(pem)).load("grill").pacts())
        .isEmpty();
  }

  @Test
  void anUnreadableCaFileIsNamed() throws Exception {
    Path bad = dir.resolve("not-a-cert.pem");
    Files.writeString(bad, "hello");
    assertThatThrownBy(
            () ->
                new BrokerSource(PactBroker.of(url()).withCaCertificate(bad)).load("grill").pacts())
        .hasMessageStartingWith("Cannot use the CA certificate " + bad);
  }

  @Test
  void aPactUrlBehindThePrivateCaIsReadWithTheSameCertificate() {
    io.pactcontainers.source.PactLoader loader =
        new io.pactcontainers.source.PactLoader(
            new io.pactcontainers.model.PactReader(), java.time.Duration.ofSeconds(5));
    URI pactUrl = url().resolve("/pact.json");
    assertThatThrownBy(
            () ->
                loader.load(
                    java.util.List.of(io.pactcontainers.source.PactSource.Url.of(pactUrl)),
                    "grill"))
        .hasMessageStartingWith(
            "Cannot fetch pact from " + pactUrl + ": javax.net.ssl.SSLHandshakeException");
    assertThat(
            loader
                .load(
                    java.util.List.of(
                        new io.pactcontainers.source.PactSource.Url(
                            pactUrl, java.util.Optional.empty(), java.util.Optional.of(pem))),
                    "grill")
                .pacts())
        .extracting(p -> p.pact().interactions().get(0).description())
        .containsExactly("over tls");
  }
}
