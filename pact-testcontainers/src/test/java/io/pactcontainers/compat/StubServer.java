package io.pactcontainers.compat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A small in-process HTTP server for the compatibility steps; records every request it gets. */
final class StubServer implements AutoCloseable {
  record Reply(int status, Map<String, List<String>> headers, byte[] body) {}

  record Recorded(
      int sequence,
      String method,
      String path,
      String query,
      Map<String, List<String>> headers,
      byte[] body) {}

  private final HttpServer server;
  private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());

  StubServer(AtomicInteger sequence, Function<Recorded, Reply> handler) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> handle(exchange, sequence, handler));
    server.start();
  }

  private void handle(
      HttpExchange exchange, AtomicInteger sequence, Function<Recorded, Reply> handler)
      throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    Recorded r =
        new Recorded(
            sequence.incrementAndGet(),
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            exchange.getRequestURI().getRawQuery(),
            Map.copyOf(exchange.getRequestHeaders()),
            body);
    requests.add(r);
    Reply reply = handler.apply(r);
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().put(k, v));
    exchange.sendResponseHeaders(
        reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
    if (reply.body().length > 0) {
      exchange.getResponseBody().write(reply.body());
    }
    exchange.close();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  List<Recorded> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
