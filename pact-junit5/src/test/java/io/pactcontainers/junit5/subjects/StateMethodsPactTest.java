package io.pactcontainers.junit5.subjects;

import com.sun.net.httpserver.HttpServer;
import io.pactcontainers.junit5.PactProviderTest;
import io.pactcontainers.junit5.PactVerification;
import io.pactcontainers.junit5.ProviderUrl;
import io.pactcontainers.junit5.State;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A provider reached by URL (as a Spring Boot test's {@code @LocalServerPort} gives it) whose state
 * is set by the test's own {@code @State} methods: the set-up receives the params and returns the
 * order's id, which the pact's provider-state generator puts into the request path; the provider
 * answers only requests with the token the test sets from a system property.
 */
@PactProviderTest(
    provider = "orders",
    pacts = "src/test/resources/state-pacts",
    outputDirectory = "target/pact-subjects/states",
    headers =
        @PactProviderTest.Header(name = "X-Token", value = "${pact.junit5.token}", always = true))
public class StateMethodsPactTest {
  public static final List<String> CALLS = new ArrayList<>();
  static HttpServer server;

  @BeforeAll
  static void startProvider() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/orders/",
        exchange -> {
          boolean placed =
              exchange.getRequestURI().getPath().equals("/orders/42")
                  && "s3cret".equals(exchange.getRequestHeaders().getFirst("X-Token"));
          byte[] body = (placed ? "{\"dish\":\"steak\"}" : "{}").getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(placed ? 200 : 404, body.length);
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
  Map<String, Object> orderPlaced(Map<String, Object> params) {
    CALLS.add("setup " + params);
    return Map.of("id", 42);
  }

  @State(value = "an order was placed", action = State.Action.TEARDOWN)
  void orderRemoved() {
    CALLS.add("teardown");
  }

  @TestFactory
  Stream<DynamicTest> pacts(PactVerification verification) {
    return verification.tests();
  }
}
