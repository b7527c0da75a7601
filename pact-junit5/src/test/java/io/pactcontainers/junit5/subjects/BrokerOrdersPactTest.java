package io.pactcontainers.junit5.subjects;

import com.sun.net.httpserver.HttpServer;
import io.pactcontainers.junit5.PactProviderTest;
import io.pactcontainers.junit5.PactVerification;
import io.pactcontainers.junit5.ProviderUrl;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Pacts from a Broker (its URL from {@code -Dpact.broker.url}), verified against a provider on this
 * machine; {@link #ONLY_FIRST} runs only the first interaction's test, as a test filter would.
 */
@PactProviderTest(
    provider = "orders",
    pacts = "no-such-folder",
    outputDirectory = "target/pact-subjects/broker")
public class BrokerOrdersPactTest {
  public static volatile boolean onlyFirst;
  static HttpServer server;

  @BeforeAll
  static void startProvider() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = "{\"dish\":\"steak\"}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterAll
  static void stopProvider() {
    server.stop(0);
  }

  @ProviderUrl
  static String provider() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @TestFactory
  Stream<DynamicTest> pacts(PactVerification verification) {
    return onlyFirst ? verification.tests().limit(1) : verification.tests();
  }
}
