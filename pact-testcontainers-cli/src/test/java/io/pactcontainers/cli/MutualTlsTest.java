package io.pactcontainers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.pactcontainers.MutualTlsCertificates;
import io.pactcontainers.MutualTlsGateway;
import io.pactcontainers.broker.BrokerStandIn;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provider and a Broker behind mTLS gateways: verified with the client certificates given as
 * options and in the --config file (PKCS#12, its password from the variable the file names); a
 * missing certificate is exit status 2 with one line naming the option, and no stack trace.
 */
class MutualTlsTest {
  @TempDir static Path certDir;
  static MutualTlsCertificates certs;

  @TempDir Path dir;
  private HttpServer provider;
  private MutualTlsGateway providerGateway;
  private BrokerStandIn broker;
  private MutualTlsGateway brokerGateway;

  @BeforeAll
  static void makeCertificates() throws Exception {
    certs = MutualTlsCertificates.create(certDir);
  }

  @BeforeEach
  void start() throws Exception {
    provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    provider.createContext(
        "/",
        exchange -> {
          byte[] body = "{\"user\": \"sous-chef\"}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    provider.start();
    providerGateway =
        new MutualTlsGateway(
            certs.serverContext(),
            URI.create("http://127.0.0.1:" + provider.getAddress().getPort()));
    broker =
        new BrokerStandIn()
            .publish(
                "consumer",
                "1.0.0",
                "main",
                "echo-provider",
                Files.readString(
                    Path.of("src/test/resources/pacts-echo/consumer-echo-provider.json")));
    brokerGateway = new MutualTlsGateway(certs.serverContext(), broker.directUrl());
    broker.behind(brokerGateway.url());
  }

  @AfterEach
  void stop() throws Exception {
    providerGateway.close();
    provider.stop(0);
    brokerGateway.close();
    broker.close();
  }

  /** The Broker's TLS in the file, as a team keeps it beside its project. */
  private Path config(boolean brokerCertificate) throws Exception {
    Files.copy(certs.file("ca.pem"), dir.resolve("ca.pem"));
    Files.copy(certs.file("client.p12"), dir.resolve("client.p12"));
    return Files.writeString(
        dir.resolve("pact-verify.yml"),
        "broker:\n"
            + "  caCertificate: ca.pem\n"
            + (brokerCertificate
                ? "  clientCertificate: client.p12\n"
                    + "  clientCertificatePasswordEnvironmentVariable: TEAM_P12_PASSWORD\n"
                : ""));
  }

  private Cli verify(boolean brokerCertificate, String... clientOptions) throws Exception {
    String[] args = {
      "verify",
      "--config",
      config(brokerCertificate).toString(),
      "-n",
      "echo-provider",
      "--provider-base-url",
      providerGateway.url().toString(),
      "-o",
      dir.resolve("out").toString(),
      "--verbose"
    };
    return Cli.run(
        Map.of(
            "PACT_BROKER_BASE_URL",
            brokerGateway.url().toString(),
            "TEAM_P12_PASSWORD",
            MutualTlsCertificates.P12_PASSWORD,
            "PACT_PROVIDER_CA_CERTIFICATE",
            certs.file("ca.pem").toString()),
        java.util.stream.Stream.concat(
                java.util.Arrays.stream(args), java.util.Arrays.stream(clientOptions))
            .toArray(String[]::new));
  }

  @Test
  void theProviderAndTheBrokerAreReachedWithTheirClientCertificatesAndThePasswordIsNeverShown()
      throws Exception {
    Cli cli =
        verify(
            true,
            "--client-certificate",
            certs.file("client.pem").toString(),
            "--client-key",
            certs.file("client-pkcs1.key").toString());

    assertThat(cli.status()).as(cli.out() + cli.err()).isZero();
    assertThat(cli.out()).contains("1 passed");
    assertThat(cli.out() + cli.err()).doesNotContain(MutualTlsCertificates.P12_PASSWORD);
  }

  @Test
  void aProviderThatRefusesTheHandshakeIsOneErrorNamingTheOption() throws Exception {
    Cli cli = verify(true);

    assertThat(cli.status()).as(cli.out() + cli.err()).isEqualTo(2);
    // The alert, or (TLS 1.3, the provider closing first) a broken pipe after it asked.
    String refusal =
        "the provider refused the TLS handshake \\((certificate_required|bad_certificate"
            + "|closed after asking for a client certificate: [^)]+)\\); it asks for a client"
            + " certificate \\(mutual TLS\\): give one the provider trusts with"
            + " --client-certificate";
    assertThat(cli.out()).containsPattern("Error: " + refusal + "\n");
    assertThat(cli.err())
        .matches(
            "ERROR: Pact verification could not be completed: "
                + refusal
                + "\\. Pact verification of \"echo-provider\": 0 passed, 0 failed, 1 errored"
                + " in \\d+ ms; see the mismatches above and the reports in [^\n]+\n");
  }

  @Test
  void aBrokerThatRefusesTheHandshakeIsOneErrorNamingTheBrokersSetting() throws Exception {
    Cli cli =
        verify(
            false,
            "--client-certificate",
            certs.file("client.pem").toString(),
            "--client-key",
            certs.file("client.key").toString());

    assertThat(cli.status()).as(cli.out() + cli.err()).isEqualTo(2);
    assertThat(cli.err())
        .matches(
            "ERROR: The Pact Broker refused the TLS handshake \\((certificate_required|bad_certificate)\\)"
                + " for the Broker index at "
                + java.util.regex.Pattern.quote(brokerGateway.url() + "/")
                + "; it asks for a client certificate \\(mutual TLS\\): give one it trusts with the"
                + " Broker's clientCertificate\n");
  }
}
