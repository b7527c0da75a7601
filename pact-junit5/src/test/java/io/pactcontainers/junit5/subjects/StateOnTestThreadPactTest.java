package io.pactcontainers.junit5.subjects;

import com.sun.net.httpserver.HttpServer;
import io.pactcontainers.junit5.PactProviderTest;
import io.pactcontainers.junit5.PactVerification;
import io.pactcontainers.junit5.ProviderUrl;
import io.pactcontainers.junit5.State;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The orders pact against a provider that serves the wrong dish, so that its one test fails with
 * the reproduction lines; it records the thread each dynamic test runs on and the threads its
 * {@code @State} methods are called on.
 */
@PactProviderTest(
    provider = "orders",
    pacts = "src/test/resources/state-pacts",
    outputDirectory = "target/pact-subjects/state-thread")
public class StateOnTestThreadPactTest {
  public static final List<Thread> TEST_THREADS =
      Collections.synchronizedList(new java.util.ArrayList<>());
  public static final List<Thread> STATE_THREADS =
      Collections.synchronizedList(new java.util.ArrayList<>());
  static HttpServer server;

  @BeforeAll
  static void startProvider() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = "{\"dish\":\"chips\"}".getBytes(StandardCharsets.UTF_8);
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
  String provider() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @State("an order was placed")
  Map<String, Object> orderPlaced() {
    STATE_THREADS.add(Thread.currentThread());
    return Map.of("id", 7);
  }

  @State(value = "an order was placed", action = State.Action.TEARDOWN)
  void orderRemoved() {
    STATE_THREADS.add(Thread.currentThread());
  }

  @TestFactory
  Stream<DynamicTest> pacts(PactVerification verification) {
    return verification
        .tests()
        .map(
            t ->
                DynamicTest.dynamicTest(
                    t.getDisplayName(),
                    () -> {
                      TEST_THREADS.add(Thread.currentThread());
                      t.getExecutable().execute();
                    }));
  }
}
