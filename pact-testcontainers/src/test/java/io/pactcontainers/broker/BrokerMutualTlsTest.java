package io.pactcontainers.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.MutualTlsCertificates;
import io.pactcontainers.model.PactReader;
import io.pactcontainers.source.ClientCertificate;
import io.pactcontainers.source.LoadedPact;
import io.pactcontainers.source.PactLoader;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.source.PactSourceException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Broker stand-in behind an mTLS gateway: the Broker and its pact URLs are read with the client
 * certificate, and without it the refusal is one message saying what to give.
 */
class BrokerMutualTlsTest {
  @TempDir static Path dir;
  static MutualTlsCertificates certs;

  private BrokerStandIn broker;
  private io.pactcontainers.MutualTlsGateway gateway;

  @BeforeAll
  static void makeCertificates() throws Exception {
    certs = MutualTlsCertificates.create(dir);
  }

  @BeforeEach
  void start() throws Exception {
    broker = new BrokerStandIn();
    gateway = new io.pactcontainers.MutualTlsGateway(certs.serverContext(), broker.directUrl());
    broker.behind(gateway.url());
    broker.publish(
        "sous-chef", "1.0.0", "main", "grill", BrokerSourceTest.pact("sous-chef", "grill", "mtls"));
  }

  @AfterEach
  void stop() throws Exception {
    gateway.close();
    broker.close();
  }

  private static ClientCertificate client() {
    return ClientCertificate.pem(certs.file("client.pem"), Optional.of(certs.file("client.key")));
  }

  private PactBroker trusting() {
    return PactBroker.of(URI.create(broker.url() + "/"))
        .withCaCertificate(certs.file("ca.pem"))
        .withRetries(2);
  }

  private static List<String> descriptions(List<LoadedPact> pacts) {
    return pacts.stream().map(p -> p.pact().interactions().get(0).description()).toList();
  }

  @Test
  void theBrokerIsReadWithTheClientCertificate() {
    assertThat(
            descriptions(
                new BrokerSource(trusting().withClientCertificate(client())).load("grill").pacts()))
        .containsExactly("mtls");
  }

  @Test
  void withoutAClientCertificateTheRefusalSaysWhatToGiveAndIsNotRetried() {
    assertThatThrownBy(() -> new BrokerSource(trusting()).load("grill").pacts())
        .isInstanceOf(BrokerException.class)
        .hasMessageMatching(
            "The Pact Broker refused the TLS handshake \\((certificate_required|bad_certificate)\\)"
                + " for the Broker index at "
                + java.util.regex.Pattern.quote(broker.url() + "/")
                + "; it asks for a client certificate \\(mutual TLS\\): give one it trusts with"
                + " the Broker's clientCertificate");
    assertThat(broker.requests()).isEmpty();
  }

  @Test
  void aCertificateTheBrokerDoesNotTrustIsNamed() {
    ClientCertificate stranger =
        ClientCertificate.pem(certs.file("stranger.pem"), Optional.of(certs.file("stranger.key")));
    assertThatThrownBy(
            () -> new BrokerSource(trusting().withClientCertificate(stranger)).load("grill"))
        .isInstanceOf(BrokerException.class)
        .hasMessageContaining(
            "; it does not accept the client certificate " + certs.file("stranger.pem"))
        .hasMessageEndingWith(": give one signed by a CA the Broker trusts");
  }

  @Test
  void aPactUrlIsReadWithTheClientCertificateAndRefusedWithoutIt() {
    URI pactUrl =
        URI.create(broker.url() + "/pacts/provider/grill/consumer/sous-chef/version/1.0.0");
    PactLoader loader = new PactLoader(new PactReader(), Duration.ofSeconds(5));
    Optional<Path> ca = Optional.of(certs.file("ca.pem"));
    assertThat(
            descriptions(
                loader
                    .load(
                        List.of(
                            new PactSource.Url(
                                pactUrl, Optional.empty(), ca, Optional.of(client()))),
                        "grill")
                    .pacts()))
        .containsExactly("mtls");
    assertThatThrownBy(
            () -> loader.load(List.of(new PactSource.Url(pactUrl, Optional.empty(), ca)), "grill"))
        .isInstanceOf(PactSourceException.class)
        .hasMessageMatching(
            "Pact URL "
                + java.util.regex.Pattern.quote(pactUrl.toString())
                + " refused the TLS handshake \\((certificate_required|bad_certificate)\\); its"
                + " server asks for a client certificate \\(mutual TLS\\): give one it trusts with"
                + " the Broker's clientCertificate");
  }
}
