package io.pactcontainers.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real HTTP proxy for tests, recording what passed through it: absolute-URI requests ({@code GET
 * http://broker.invalid:1234/}) forwarded, {@code CONNECT} tunnels piped. Host names are mapped to
 * local addresses ({@link #route}), so that a Broker URL whose host does not resolve is reached
 * through the proxy or not at all. Optionally it wants Basic credentials (407 otherwise), or it
 * refuses everything with 502, as a proxy whose upstream is down.
 */
public final class RecordingProxy implements AutoCloseable {
  private final ServerSocket server;
  private final Map<String, InetSocketAddress> routes = new ConcurrentHashMap<>();
  private final List<String> passed = Collections.synchronizedList(new ArrayList<>());
  private final List<String> credentialsSeen = Collections.synchronizedList(new ArrayList<>());
  private volatile Optional<String> required = Optional.empty();
  private volatile boolean refusing;

  private final java.util.concurrent.CountDownLatch stopped =
      new java.util.concurrent.CountDownLatch(1);

  public RecordingProxy() throws IOException {
    this(0);
  }

  public RecordingProxy(int port) throws IOException {
    server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(this::accept, "recording-proxy");
    t.setDaemon(true);
    t.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  /** {@code http://127.0.0.1:port}, as HTTPS_PROXY is written. */
  public String url() {
    return "http://127.0.0.1:" + port();
  }

  /** Sends requests for {@code host:port} to {@code target} (its host and port). */
  public RecordingProxy route(String hostAndPort, URI target) {
    routes.put(
        hostAndPort.toLowerCase(Locale.ROOT),
        new InetSocketAddress(target.getHost(), target.getPort()));
    return this;
  }

  /** Wants {@code Proxy-Authorization: Basic} with these credentials, 407 otherwise. */
  public RecordingProxy requireCredentials(String user, String password) {
    required =
        Optional.of(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    return this;
  }

  /** Answers everything with 502, as a proxy whose way out is broken. */
  public RecordingProxy refuse() {
    refusing = true;
    return this;
  }

  /**
   * What passed through, in order: {@code GET http://host:port/path}, {@code CONNECT host:port}.
   */
  public List<String> passed() {
    synchronized (passed) {
      return List.copyOf(passed);
    }
  }

  /** The Proxy-Authorization values received. */
  public List<String> credentialsSeen() {
    synchronized (credentialsSeen) {
      return List.copyOf(credentialsSeen);
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        Thread t = new Thread(() -> serve(s), "recording-proxy-connection");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      InputStream in = client.getInputStream();
      OutputStream out = client.getOutputStream();
      String head = readHead(in);
      if (head.isEmpty()) {
        return;
      }
      List<String> lines = new ArrayList<>(List.of(head.split("\r\n")));
      String[] requestLine = lines.remove(0).split(" ");
      String method = requestLine[0];
      String target = requestLine[1];
      if (target.startsWith("/")) {
        control(out, target);
        return;
      }
      Optional<String> auth = header(lines, "proxy-authorization");
      auth.ifPresent(credentialsSeen::add);
      if (required.isPresent() && !required.equals(auth)) {
        passed.add("407 " + method + " " + target);
        answer(
            out, "407 Proxy Authentication Required", "Proxy-Authenticate: Basic realm=\"test\"");
        return;
      }
      passed.add(method + " " + target);
      if (refusing) {
        answer(out, "502 Bad Gateway", null);
        return;
      }
      if (method.equals("CONNECT")) {
        tunnel(client, in, out, target);
      } else {
        forward(in, out, method, URI.create(target), lines);
      }
    } catch (IOException e) {
      // the client went away: nothing to record
    }
  }

  /**
   * A request to the proxy itself (origin form), from a process that started it: {@code
   * /_proxy/passed} answers what passed, one a line; {@code /_proxy/shutdown} stops it.
   */
  private void control(OutputStream out, String path) throws IOException {
    String body = path.equals("/_proxy/passed") ? String.join("\n", passed()) : "";
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    out.write(
        ("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                + b.length
                + "\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.write(b);
    out.flush();
    if (path.equals("/_proxy/shutdown")) {
      stopped.countDown();
    }
  }

  /** Blocks until {@code /_proxy/shutdown}. */
  public void awaitShutdown() throws InterruptedException {
    stopped.await();
  }

  private InetSocketAddress where(String host, int port) {
    InetSocketAddress mapped = routes.get((host + ":" + port).toLowerCase(Locale.ROOT));
    return mapped != null ? mapped : new InetSocketAddress(host, port);
  }

  private void tunnel(Socket client, InputStream in, OutputStream out, String target)
      throws IOException {
    int colon = target.lastIndexOf(':');
    try (Socket upstream = new Socket()) {
      upstream.connect(
          where(target.substring(0, colon), Integer.parseInt(target.substring(colon + 1))));
      out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread back =
          new Thread(
              () -> {
                try {
                  upstream.getInputStream().transferTo(out);
                  client.shutdownOutput();
                } catch (IOException e) {
                  // one side closed
                }
              });
      back.setDaemon(true);
      back.start();
      in.transferTo(upstream.getOutputStream());
      upstream.shutdownOutput();
      back.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void forward(
      InputStream in, OutputStream out, String method, URI target, List<String> headers)
      throws IOException {
    int port = target.getPort() < 0 ? 80 : target.getPort();
    try (Socket upstream = new Socket()) {
      upstream.connect(where(target.getHost(), port));
      OutputStream up = upstream.getOutputStream();
      StringBuilder head = new StringBuilder();
      head.append(method).append(' ').append(target.getRawPath());
      if (target.getRawQuery() != null) {
        head.append('?').append(target.getRawQuery());
      }
      head.append(" HTTP/1.1\r\n");
      for (String h : headers) {
        String name = h.substring(0, h.indexOf(':')).trim().toLowerCase(Locale.ROOT);
        if (!name.startsWith("proxy-") && !name.equals("connection")) {
          head.append(h).append("\r\n");
        }
      }
      head.append("Connection: close\r\n\r\n");
      up.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      int length = header(headers, "content-length").map(Integer::parseInt).orElse(0);
      up.write(in.readNBytes(length));
      up.flush();
      InputStream down = upstream.getInputStream();
      String answerHead = readHead(down);
      StringBuilder back = new StringBuilder();
      for (String h : answerHead.split("\r\n")) {
        if (!h.toLowerCase(Locale.ROOT).startsWith("connection:")) {
          back.append(h).append("\r\n");
        }
      }
      back.append("Connection: close\r\n\r\n");
      out.write(back.toString().getBytes(StandardCharsets.ISO_8859_1));
      down.transferTo(out);
      out.flush();
    }
  }

  private static void answer(OutputStream out, String status, String header) throws IOException {
    String s =
        "HTTP/1.1 "
            + status
            + "\r\n"
            + (header == null ? "" : header + "\r\n")
            + "Content-Length: 0\r\nConnection: close\r\n\r\n";
    out.write(s.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static Optional<String> header(List<String> lines, String name) {
    for (String l : lines) {
      int colon = l.indexOf(':');
      if (colon > 0 && l.substring(0, colon).trim().equalsIgnoreCase(name)) {
        return Optional.of(l.substring(colon + 1).trim());
      }
    }
    return Optional.empty();
  }

  /** The request or answer head, up to its blank line, without it. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0) {
      head.write(c);
      byte[] b = head.toByteArray();
      int n = b.length;
      if (n >= 4 && b[n - 4] == '\r' && b[n - 3] == '\n' && b[n - 2] == '\r' && b[n - 1] == '\n') {
        return new String(b, 0, n - 4, StandardCharsets.ISO_8859_1);
      }
    }
    return new String(head.toByteArray(), StandardCharsets.ISO_8859_1);
  }
}
