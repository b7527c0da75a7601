package io.pactcontainers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The tests' one in-process provider: answers each request as its script says and records what it
 * received (request line, headers with lower-case names, body), so that a test asserts on what
 * reached the provider rather than on timing. Closing stops it.
 */
public final class RecordingProvider implements AutoCloseable {

  /**
   * A request as received.
   *
   * @param method its method
   * @param target its path and query, as sent
   * @param headers its headers, names in lower case, repeated values joined with ","
   * @param body its body as UTF-8
   */
  public record Received(String method, String target, Map<String, String> headers, String body) {
    /**
     * "METHOD target".
     *
     * @return the request line without the version
     */
    public String line() {
      return method + " " + target;
    }
  }

  /**
   * An answer.
   *
   * @param status its status
   * @param headers its headers
   * @param body its body, empty for none
   */
  public record Answer(int status, Map<String, String> headers, String body) {
    /**
     * 200 with a JSON body.
     *
     * @param json the body
     * @return the answer
     */
    public static Answer json(String json) {
      return new Answer(200, Map.of("Content-Type", "application/json"), json);
    }

    /**
     * A redirect.
     *
     * @param status 301, 302, 303, 307 or 308
     * @param location where to
     * @return the answer
     */
    public static Answer redirect(int status, String location) {
      return new Answer(status, Map.of("Location", location), "");
    }
  }

  private final HttpServer server;
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

  private RecordingProvider(Function<Received, Answer> script) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> answer(exchange, script));
    server.start();
  }

  /**
   * Starts a provider on a free loopback port.
   *
   * @param script the answer to each request
   * @return the running provider
   */
  public static RecordingProvider start(Function<Received, Answer> script) {
    return new RecordingProvider(script);
  }

  private void answer(HttpExchange exchange, Function<Received, Answer> script) throws IOException {
    Map<String, String> headers = new TreeMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
    Received r =
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().toString(),
            headers,
            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    received.add(r);
    Answer a = script.apply(r);
    a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
    exchange.close();
  }

  /**
   * Where it answers.
   *
   * @return its base URL
   */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /**
   * What it received so far, in order.
   *
   * @return the requests
   */
  public List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /**
   * The request lines received so far, in order ("GET /orders").
   *
   * @return the lines
   */
  public List<String> lines() {
    return received().stream().map(Received::line).toList();
  }

  /** Forgets what was received. */
  public void clear() {
    received.clear();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
