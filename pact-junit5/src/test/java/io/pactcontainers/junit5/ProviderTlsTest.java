package io.pactcontainers.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.pactcontainers.SelfSignedCertificate;
import io.pactcontainers.junit5.subjects.TlsProviderPactTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * {@code @PactProviderTest(providerTls)}: a provider at an https address with a certificate of its
 * own is verified through its CA, or with checks off, and refused without either.
 */
class ProviderTlsTest {
  @TempDir Path dir;

  private HttpsServer server;
  private final AtomicInteger served = new AtomicInteger();
  private volatile boolean open = true;

  @BeforeEach
  void start() throws Exception {
    SelfSignedCertificate certificate = SelfSignedCertificate.create(dir, "ip:127.0.0.1");
    server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(certificate.serverContext()));
    server.createContext(
        "/menu",
        ex -> {
          served.incrementAndGet();
          byte[] bytes = ("{\"open\":" + open + "}").getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().set("Content-Type", "application/json");
          ex.sendResponseHeaders(200, bytes.length);
          ex.getResponseBody().write(bytes);
          ex.close();
        });
    server.start();
    System.setProperty(
        "pact.junit5.tls.provider", "https://127.0.0.1:" + server.getAddress().getPort());
    System.setProperty("pact.junit5.tls.provider.ca", certificate.pem().toString());
    System.setProperty("pact.junit5.tls.client", withoutPassword(dir.resolve("ip-127.0.0.1.p12")));
  }

  @AfterEach
  void stop() {
    server.stop(0);
    System.clearProperty("pact.junit5.tls.provider");
    System.clearProperty("pact.junit5.tls.provider.ca");
    System.clearProperty("pact.junit5.tls.client");
  }

  @Test
  void theProvidersCaFromTheAnnotationIsTrusted() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(TlsProviderPactTest.class))
        .execute()
        .testEvents()
        .assertStatistics(s -> s.succeeded(1).failed(0));
    assertThat(served).hasValue(1);
  }

  @Test
  void insecureTrustsAnyCertificateAndTheReportSaysSo() throws Exception {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(TlsProviderPactTest.Insecure.class))
        .execute()
        .testEvents()
        .assertStatistics(s -> s.succeeded(1).failed(0));
    assertThat(served).hasValue(1);
    assertThat(
            Files.readString(
                Path.of("target/pact-subjects/tls-provider-insecure/reports/tls-provider.json")))
        .contains("TLS checks are OFF for the provider at https://127.0.0.1:");
  }

  @Test
  void withoutEitherTheProviderIsRefusedAndNothingIsAsked() {
    oneTestFails(
        TlsProviderPactTest.Untrusted.class,
        m ->
            m.contains("the provider's certificate was not trusted (PKIX path" + " building failed")
                && m.contains(
                    "); give the CA that signed it with"
                        + " @PactProviderTest.Tls(caCertificate) (the certificate"
                        + " must also name the host the provider is reached at),"
                        + " or trust any certificate with"
                        + " @PactProviderTest.Tls(insecure)"));
    assertThat(served).hasValue(0);
  }

  @Test
  void aFailuresCurlLinesTrustTheCaByItsAbsolutePathWhereverTheyArePasted() throws Exception {
    Path relative = Path.of("target/pact-subjects/tls-provider-ca.pem");
    Files.createDirectories(relative.getParent());
    Files.copy(
        Path.of(System.getProperty("pact.junit5.tls.provider.ca")),
        relative,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    System.setProperty("pact.junit5.tls.provider.ca.relative", relative.toString());
    open = false; // the contract says true
    try {
      oneTestFails(
          TlsProviderPactTest.RelativeCa.class,
          m ->
              m.contains("$.open")
                  && m.contains(" --cacert " + relative.toAbsolutePath().normalize() + " "));
    } finally {
      System.clearProperty("pact.junit5.tls.provider.ca.relative");
    }
  }

  @Test
  void aClientCertificateForAProviderOverHttpFailsTheClassNamingTheAttribute() {
    Throwable failure = ClassFailures.of(TlsProviderPactTest.ClientCertificateOverHttp.class);

    assertThat(failure.getMessage()) // after JUnit's "Failed to resolve parameter ...: "
        .endsWith(
            ": @PactProviderTest.Tls(clientCertificate) is given, but the provider is reached over"
                + " http, where no client certificate is asked for; a provider behind mutual TLS is"
                + " verified at its https address: a @ProviderUrl giving https://localhost:8443");
  }

  /** The class's one interaction fails, with a message as {@code says} wants it. */
  private static void oneTestFails(Class<?> subject, java.util.function.Predicate<String> says) {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(subject))
        .execute()
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(test(), finishedWithFailure(message(says))));
  }

  /** The PKCS#12 file again, with an empty password: no environment variable needed. */
  private static String withoutPassword(Path p12) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(p12)) {
      ks.load(in, "changeit".toCharArray());
    }
    KeyStore open = KeyStore.getInstance("PKCS12");
    open.load(null, null);
    open.setKeyEntry(
        "client",
        ks.getKey("server", "changeit".toCharArray()),
        new char[0],
        ks.getCertificateChain("server"));
    Path out = p12.resolveSibling("client.p12");
    try (OutputStream o = Files.newOutputStream(out)) {
      open.store(o, new char[0]);
    }
    return out.toString();
  }
}
