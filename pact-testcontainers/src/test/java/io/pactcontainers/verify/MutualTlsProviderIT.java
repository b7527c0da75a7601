package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.MutualTlsCertificates;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.source.ClientCertificate;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.state.StateChangeConfig;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.MountableFile;

/**
 * A provider that requires a client certificate (Python's {@code ssl} with {@code CERT_REQUIRED} on
 * OpenSSL, in a container of the image scripts/build-images.sh builds): verified with the
 * certificate, its requests and state calls pass; without it, or with one its CA did not sign, the
 * run stops with one error naming the client certificate setting, and no contract is broken.
 */
class MutualTlsProviderIT {
  @TempDir static Path dir;
  static MutualTlsCertificates certs;
  static GenericContainer<?> provider;

  /** Answers with the common name of the client's certificate: proof that it was offered. */
  private static final String SERVER =
      """
      import http.server, json, ssl

      class Handler(http.server.BaseHTTPRequestHandler):
          def answer(self, body):
              data = json.dumps(body).encode()
              self.send_response(200)
              self.send_header("Content-Type", "application/json")
              self.send_header("Content-Length", str(len(data)))
              self.end_headers()
              self.wfile.write(data)

          def do_GET(self):
              subject = dict(x[0] for x in self.connection.getpeercert()["subject"])
              self.answer({"client": subject["commonName"]})

          def do_POST(self):
              self.rfile.read(int(self.headers.get("Content-Length", 0)))
              print("state call over mTLS", flush=True)
              self.answer({})

      tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
      tls.load_cert_chain("/tls/server.pem", "/tls/server.key")
      tls.load_verify_locations("/tls/ca.pem")
      tls.verify_mode = ssl.CERT_REQUIRED
      server = http.server.ThreadingHTTPServer(("0.0.0.0", 8443), Handler)
      server.socket = tls.wrap_socket(server.socket, server_side=True)
      print("serving with mTLS", flush=True)
      server.serve_forever()
      """;

  @BeforeAll
  static void start() throws Exception {
    certs = MutualTlsCertificates.create(dir);
    Path script = Files.writeString(dir.resolve("server.py"), SERVER);
    provider =
        new GenericContainer<>("pactcontainers/python:bookworm")
            .withImagePullPolicy(image -> false)
            .withCopyFileToContainer(MountableFile.forHostPath(script), "/tls/server.py")
            .withCopyFileToContainer(
                MountableFile.forHostPath(certs.file("server.pem")), "/tls/server.pem")
            .withCopyFileToContainer(
                MountableFile.forHostPath(certs.file("server.key")), "/tls/server.key")
            .withCopyFileToContainer(MountableFile.forHostPath(certs.file("ca.pem")), "/tls/ca.pem")
            .withCommand("python3", "/tls/server.py")
            .withExposedPorts(8443)
            .waitingFor(Wait.forLogMessage(".*serving with mTLS.*", 1));
    provider.start();
    Path pacts = Files.createDirectories(dir.resolve("pacts"));
    Files.writeString(
        pacts.resolve("web-greeter.json"),
        """
        {"consumer":{"name":"web"},"provider":{"name":"greeter"},"interactions":[
         {"description":"who am I","providerStates":[{"name":"a client"}],
          "request":{"method":"GET","path":"/whoami"},
          "response":{"status":200,"body":{"client":"pact-client"}}},
         {"description":"who am I, again","request":{"method":"GET","path":"/whoami"},
          "response":{"status":200,"body":{"client":"pact-client"}}}],
         "metadata":{"pactSpecification":{"version":"3.0.0"}}}
        """);
  }

  @AfterAll
  static void stop() {
    if (provider != null) {
      provider.stop();
    }
  }

  private static VerificationResult verify(Optional<ClientCertificate> client) {
    return verify(client, dir.resolve("pacts"));
  }

  private static VerificationResult verify(Optional<ClientCertificate> client, Path pacts) {
    URI baseUrl = URI.create("https://localhost:" + provider.getMappedPort(8443));
    return new Verifier()
        .verify(
            VerificationConfig.of(
                    "greeter",
                    new RunningProvider(baseUrl),
                    List.of(new PactSource.Directory(pacts)))
                .withProviderTls(new ProviderTls(Optional.of(certs.file("ca.pem")), false, client))
                .withStateChange(new StateChangeConfig("/_pact/state", true, false))
                .withOutputDirectory(dir.resolve("out")),
            VerificationListener.SILENT);
  }

  @Test
  void withTheClientCertificateEveryRequestAndStateCallPasses() {
    VerificationResult pem =
        verify(
            Optional.of(
                ClientCertificate.pem(
                    certs.file("client.pem"), Optional.of(certs.file("client.key")))));
    assertThat(pem.allResults()).hasSize(2).allMatch(InteractionResult::passed);
    assertThat(provider.getLogs()).contains("state call over mTLS");

    VerificationResult p12 =
        verify(
            Optional.of(
                ClientCertificate.pkcs12(
                    certs.file("client.p12"),
                    MutualTlsCertificates.P12_PASSWORD.toCharArray(),
                    "a test")));
    assertThat(p12.successful()).isTrue();
  }

  @Test
  void theReproductionLinesTrustTheProviderAndOfferTheCertificateAsTheVerifierDid()
      throws Exception {
    Path pacts = Files.createDirectories(dir.resolve("pacts-broken"));
    Files.writeString(
        pacts.resolve("web-greeter.json"),
        """
        {"consumer":{"name":"web"},"provider":{"name":"greeter"},"interactions":[
         {"description":"who am I, expected to be someone else",
          "request":{"method":"GET","path":"/whoami"},
          "response":{"status":200,"body":{"client":"someone-else"}}}],
         "metadata":{"pactSpecification":{"version":"3.0.0"}}}
        """);
    ClientCertificate pem =
        ClientCertificate.pem(certs.file("client.pem"), Optional.of(certs.file("client.key")));
    ClientCertificate p12 =
        ClientCertificate.pkcs12(
            certs.file("client.p12"),
            MutualTlsCertificates.P12_PASSWORD.toCharArray(),
            "a test",
            Optional.of("GREETER_P12_PASSWORD"));
    for (ClientCertificate client : List.of(pem, p12)) {
      VerificationResult result = verify(Optional.of(client), pacts);
      assertThat(result.contractBroken()).isTrue();
      String script = curlLines(result);
      assertThat(script).contains("--cacert ").doesNotContain(MutualTlsCertificates.P12_PASSWORD);

      // The line as printed, run after the build: the provider answers the verifier's client.
      ProcessBuilder bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
      bash.environment().put("GREETER_P12_PASSWORD", MutualTlsCertificates.P12_PASSWORD);
      Process run = bash.start();
      String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(run.waitFor()).as(out).isZero();
      assertThat(out).contains("HTTP/1.0 200").contains("{\"client\": \"pact-client\"}");
    }
  }

  private static String curlLines(VerificationResult result) throws Exception {
    JsonNode json =
        new ObjectMapper()
            .readTree(io.pactcontainers.report.ReportFormat.JSON.writer().render(result));
    List<String> lines = new java.util.ArrayList<>();
    json.at("/pacts/0/interactions/0/curl").forEach(c -> lines.add(c.asText()));
    return String.join("\n", lines);
  }

  @Test
  void withoutOneTheRunStopsWithOneErrorNamingTheSettingAndNoBrokenContract() {
    VerificationResult result = verify(Optional.empty());

    assertThat(result.contractBroken()).isFalse();
    assertThat(result.stopped())
        .contains(
            "the provider refused the TLS handshake (certificate_required) during interaction #1;"
                + " it asks for a client certificate (mutual TLS): give one the provider trusts"
                + " with the provider's client certificate");
    assertThat(((InteractionResult.Errored) result.allResults().get(0)).error())
        .isEqualTo(
            "the provider refused the TLS handshake (certificate_required); it asks for a client"
                + " certificate (mutual TLS): give one the provider trusts with the provider's"
                + " client certificate");
  }

  @Test
  void aCertificateItsCaDidNotSignIsNamedAsRefused() {
    VerificationResult result =
        verify(
            Optional.of(
                ClientCertificate.pem(
                    certs.file("stranger.pem"), Optional.of(certs.file("stranger.key")))));

    assertThat(result.contractBroken()).isFalse();
    assertThat(result.stopped().orElseThrow())
        .matches(
            "the provider refused the TLS handshake \\((unknown_ca|bad_certificate)\\) during"
                + " interaction #1; it does not accept the client certificate .*stranger.pem with key .*stranger.key"
                + " \\(CN=stranger\\) given by the provider's client certificate; give one signed"
                + " by a CA the provider trusts");
  }
}
