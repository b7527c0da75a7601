package io.pactcontainers.junit5;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.pactcontainers.SelfSignedCertificate;
import io.pactcontainers.junit5.subjects.TlsBrokerPactTest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/** {@code @Broker(caCertificate)}: a Broker behind a private CA is refused without it, not with. */
class BrokerTlsTest {
  @TempDir Path dir;

  private HttpsServer server;

  @BeforeEach
  void start() throws Exception {
    SelfSignedCertificate certificate = SelfSignedCertificate.create(dir, "ip:127.0.0.1");
    server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(certificate.serverContext()));
    server.createContext(
        "/",
        ex -> {
          String body =
              ex.getRequestURI().getPath().endsWith("/latest")
                  ? "{\"_links\":{\"pb:pacts\":[]}}"
                  : "{\"_links\":{\"pb:latest-provider-pacts\":"
                      + "{\"href\":\"/pacts/provider/{provider}/latest\"}}}";
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(200, bytes.length);
          ex.getResponseBody().write(bytes);
          ex.close();
        });
    server.start();
    System.setProperty(
        "pact.junit5.tls.broker", "https://127.0.0.1:" + server.getAddress().getPort() + "/");
    System.setProperty("pact.junit5.tls.ca", certificate.pem().toString());
  }

  @AfterEach
  void stop() {
    server.stop(0);
    System.clearProperty("pact.junit5.tls.broker");
    System.clearProperty("pact.junit5.tls.ca");
  }

  @Test
  void theBrokersCaFromTheAnnotationIsTrusted() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(TlsBrokerPactTest.class))
        .execute()
        .allEvents()
        .assertStatistics(s -> s.failed(0));
  }

  @Test
  void withoutItTheBrokerIsRefusedSayingTlsFailed() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(TlsBrokerPactTest.Untrusted.class))
        .execute()
        .allEvents()
        .assertThatEvents()
        .haveAtLeast(
            1,
            event(
                finishedWithFailure(
                    message(m -> m.contains("TLS failed: PKIX path building failed")))));
  }
}
