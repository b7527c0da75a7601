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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The tests' one in-process provider: answers each request as its script says and records what it
 * received (request line, headers with lower-case names, body), so that a test asserts on what
 * reached the provider rather than on timing. Requests are answered concurrently, as a real
 * provider answers them: a script that blocks (a provider that hangs) does not hold up the next
 * request. Closing stops it.
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

    /**
     * The path, decoded, without the query.
     *
     * @return the path ("/orders")
     */
    public String path() {
      return URI.create(target).getPath();
    }
  }

  /**
   * An answer.
   *
   * @param status its status; 0 for none at all: the connection is closed unanswered
   * @param headers its headers
   * @param body its body, empty for none
   */
  public record Answer(int status, Map<String, String> headers, byte[] body) {
    /**
     * An answer with a text body.
     *
     * @param status its status
     * @param headers its headers
     * @param body its body as UTF-8, empty for none
     * @return the answer
     */
    public static Answer of(int status, Map<String, String> headers, String body) {
      return new Answer(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * 200 with a JSON body.
     *
     * @param json the body
     * @return the answer
     */
    public static Answer json(String json) {
      return of(200, Map.of("Content-Type", "application/json"), json);
    }

    /**
     * A status without headers or body.
     *
     * @param status the status
     * @return the answer
     */
    public static Answer empty(int status) {
      return of(status, Map.of(), "");
    }

    /**
     * No answer at all: the connection is closed, as by a provider that crashed mid-request.
     *
     * @return the non-answer
     */
    public static Answer hangUp() {
      return empty(0);
    }

    /**
     * A redirect.
     *
     * @param status 301, 302, 303, 307 or 308
     * @param location where to
     * @return the answer
     */
    public static Answer redirect(int status, String location) {
      return of(status, Map.of("Location", location), "");
    }
  }

  private final HttpServer server;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          task -> {
            Thread t = new Thread(task, "recording-provider");
            t.setDaemon(true); // never what keeps a test's JVM alive
            return t;
          });
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

  private RecordingProvider(Function<Received, Answer> script) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> answer(exchange, script));
    server.setExecutor(threads);
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
    if (a.status() == 0) {
      exchange.close();
      return;
    }
    a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    byte[] body = a.body();
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
    threads.shutdownNow();
  }
}
