package io.pactcontainers.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.pactcontainers.source.TrustedCertificates;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An https provider: its certificate must be trusted and must name the host we call. */
class ProviderTlsTest {
  @TempDir Path dir;

  private HttpsServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  /**
   * Serves https with a self-signed certificate for {@code san}; returns the PEM to trust it by.
   */
  private Path serveWithCertificateFor(String san) throws Exception {
    io.pactcontainers.SelfSignedCertificate certificate =
        io.pactcontainers.SelfSignedCertificate.create(dir, san);
    SSLContext ctx = certificate.serverContext();
    server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(ctx));
    server.createContext(
        "/",
        ex -> {
          ex.sendResponseHeaders(200, 2);
          ex.getResponseBody().write("ok".getBytes(StandardCharsets.UTF_8));
          ex.close();
        });
    server.start();
    return certificate.pem();
  }

  private URI url() {
    return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/health");
  }

  @Test
  void aTrustedCertificateForAnotherHostIsRefused() throws Exception {
    Path pem = serveWithCertificateFor("dns:other.example");
    try (ProviderHttpClient http =
        new ProviderHttpClient(2000, Optional.of(TrustedCertificates.jvmPlus(pem)))) {
      assertThatThrownBy(() -> http.exchange("GET", url(), List.of(), null))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("No subject alternative names matching IP address 127.0.0.1 found");
    }
  }

  @Test
  void aCertificateForTheHostSignedByTheGivenCaIsAcceptedAndByNoOtherCa() throws Exception {
    Path pem = serveWithCertificateFor("ip:127.0.0.1");
    try (ProviderHttpClient http =
        new ProviderHttpClient(2000, Optional.of(TrustedCertificates.jvmPlus(pem)))) {
      assertThat(http.exchange("GET", url(), List.of(), null).status()).isEqualTo(200);
    }
    try (ProviderHttpClient http = new ProviderHttpClient(2000)) {
      assertThatThrownBy(() -> http.exchange("GET", url(), List.of(), null))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("PKIX path building failed");
    }
  }

  @Test
  void onlyTheExplicitInsecureModeAcceptsAnyCertificate() throws Exception {
    serveWithCertificateFor("dns:other.example");
    try (ProviderHttpClient http =
        new ProviderHttpClient(2000, Optional.of(ProviderHttpClient.trustingAnything()), false)) {
      assertThat(http.exchange("GET", url(), List.of(), null).status()).isEqualTo(200);
    }
    try (ProviderHttpClient http =
        new ProviderHttpClient(2000, Optional.of(ProviderHttpClient.trustingAnything()), true)) {
      assertThatThrownBy(() -> http.exchange("GET", url(), List.of(), null))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("No subject alternative names matching IP address 127.0.0.1 found");
    }
  }
}
