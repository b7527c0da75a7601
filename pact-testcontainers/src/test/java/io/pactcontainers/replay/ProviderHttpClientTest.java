package io.pactcontainers.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The provider-facing HTTP client against scripted raw-socket servers: what it sends, byte for
 * byte, and what it does with answers that break HTTP (each of those is a test that failed on the
 * hand-written client this one replaced).
 */
class ProviderHttpClientTest {
  private ServerSocket server;
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger connections = new AtomicInteger();

  /** A reply that never comes: the server reads the request and says nothing. */
  private static final String HANG = "<hang>";

  /** Ends a reply after which the server closes the connection without saying so. */
  private static final String CLOSE = "<close>";

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  /**
   * Serves each connection: reads requests (head + Content-Length body) and writes the given
   * replies in turn.
   */
  private URI serve(String... replies) throws IOException {
    // This server's own socket: a test that serves twice must not have the first server's thread
    // accept the second one's connections (it would close them unanswered).
    ServerSocket listening = new ServerSocket(0);
    server = listening;
    AtomicInteger next = new AtomicInteger();
    Thread t =
        new Thread(
            () -> {
              while (!listening.isClosed()) {
                try (Socket s = listening.accept()) {
                  connections.incrementAndGet();
                  InputStream in = s.getInputStream();
                  OutputStream out = s.getOutputStream();
                  while (next.get() < replies.length) {
                    String head = readHead(in);
                    if (head == null) {
                      break;
                    }
                    int length = 0;
                    for (String line : head.split("\r\n")) {
                      if (line.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).trim());
                      }
                    }
                    requests.add(head + new String(in.readNBytes(length), StandardCharsets.UTF_8));
                    String reply = replies[next.getAndIncrement()];
                    if (reply.equals(HANG)) {
                      Thread.sleep(3000);
                      break;
                    }
                    boolean closeAfter = reply.endsWith(CLOSE);
                    out.write(reply.replace(CLOSE, "").getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    if (reply.contains("Connection: close") || closeAfter) {
                      break;
                    }
                  }
                } catch (IOException | InterruptedException e) {
                  return;
                }
              }
            });
    t.setDaemon(true);
    t.start();
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  private static String readHead(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0) {
      sb.append((char) c);
      if (sb.toString().endsWith("\r\n\r\n")) {
        return sb.toString();
      }
    }
    return null;
  }

  @Test
  void sendsExactlyWhatItIsGivenAndReusesTheConnection() throws Exception {
    URI base =
        serve(
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-A: 1\r\nX-A: 2\r\n\r\nok",
            "HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n");
    try (ProviderHttpClient http = new ProviderHttpClient(2000)) {
      ProviderHttpClient.Reply first =
          http.exchange(
              "GET", base.resolve("/a%20b?q=1"), List.of(Map.entry("Accept", "text/plain")), null);
      ProviderHttpClient.Reply second =
          http.exchange(
              "POST",
              base.resolve("/items"),
              List.of(Map.entry("Content-Type", "application/json")),
              "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
      assertThat(first.status()).isEqualTo(200);
      assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("ok");
      assertThat(first.headers().get("X-A")).containsExactly("1", "2");
      assertThat(second.status()).isEqualTo(201);
    }
    assertThat(requests.get(0))
        .isEqualTo(
            "GET /a%20b?q=1 HTTP/1.1\r\nAccept: text/plain\r\nHost: 127.0.0.1:"
                + server.getLocalPort()
                + "\r\n\r\n");
    assertThat(requests.get(1))
        .isEqualTo(
            "POST /items HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 7\r\nHost: 127.0.0.1:"
                + server.getLocalPort()
                + "\r\n\r\n{\"a\":1}");
    assertThat(connections.get()).isEqualTo(1);
  }

  @Test
  void readsChunkedBodiesAndSkipsInterimResponses() throws Exception {
    URI base =
        serve(
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n3;x=y\r\nefg\r\n0\r\n\r\n");
    try (ProviderHttpClient http = new ProviderHttpClient(2000)) {
      ProviderHttpClient.Reply r = http.exchange("GET", base.resolve("/"), List.of(), null);
      assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("abcdefg");
    }
  }

  @Test
  void aBodyWithoutLengthEndsWithTheConnection() throws Exception {
    URI base =
        serve(
            "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the end",
            "HTTP/1.1 204 No Content\r\n\r\n");
    try (ProviderHttpClient http = new ProviderHttpClient(2000)) {
      assertThat(
              new String(
                  http.exchange("GET", base.resolve("/"), List.of(), null).body(),
                  StandardCharsets.UTF_8))
          .isEqualTo("until the end");
      assertThat(http.exchange("DELETE", base.resolve("/x"), List.of(), null).status())
          .isEqualTo(204);
    }
    assertThat(connections.get()).isEqualTo(2);
  }

  @Test
  void aRefusedConnectionIsAnIoError() throws Exception {
    URI base = serve();
    server.close();
    try (ProviderHttpClient http = new ProviderHttpClient(500)) {
      assertThatThrownBy(() -> http.exchange("GET", base.resolve("/"), List.of(), null))
          .isInstanceOf(IOException.class);
    }
  }

  @Test
  void aRequestThatTimesOutIsNeverSentAgainEvenOnAKeptConnection() throws Exception {
    URI base = serve("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", HANG);
    try (ProviderHttpClient http = new ProviderHttpClient(300)) {
      http.exchange("GET", base.resolve("/first"), List.of(), null);
      assertThatThrownBy(
              () ->
                  http.exchange(
                      "POST",
                      base.resolve("/orders"),
                      List.of(),
                      "{}".getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(IOException.class)
          .hasMessage(
              "the provider did not answer POST /orders within 300 ms (the request was not sent again: it may have reached"
                  + " the provider)");
    }
    Thread.sleep(200);
    assertThat(requests).hasSize(2);
    assertThat(connections.get()).isEqualTo(1);
  }

  @Test
  void aBodyCutShortIsAProtocolErrorNotAnAnswer() throws Exception {
    URI base = serve("HTTP/1.1 200 OK\r\nContent-Length: 26\r\n\r\n{\"waitingTime\": 10}" + CLOSE);
    try (ProviderHttpClient http = new ProviderHttpClient(2000)) {
      assertThatThrownBy(() -> http.exchange("GET", base.resolve("/"), List.of(), null))
          .isInstanceOf(ProviderHttpClient.ProtocolException.class)
          .hasMessageStartingWith(
              "the provider's answer was cut short: Premature end of Content-Length delimited message body"
                  + " (expected: 26; received: 19)");
    }
  }

  @Test
  void aMalformedLengthOrStatusLineIsAProtocolError() throws Exception {
    URI base = serve("HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\nhello" + CLOSE);
    try (ProviderHttpClient http = new ProviderHttpClient(2000)) {
      assertThatThrownBy(() -> http.exchange("GET", base.resolve("/"), List.of(), null))
          .isInstanceOf(ProviderHttpClient.ProtocolException.class)
          .hasMessageStartingWith("the provider's answer is not valid HTTP: ")
          .hasMessageContaining("abc");
    }
    server.close();
    URI garbage = serve("SMTP ready\r\n\r\n" + CLOSE);
    try (ProviderHttpClient http = new ProviderHttpClient(2000)) {
      assertThatThrownBy(() -> http.exchange("GET", garbage.resolve("/"), List.of(), null))
          .isInstanceOf(ProviderHttpClient.ProtocolException.class)
          .hasMessageStartingWith("the provider's answer is not valid HTTP: ");
    }
  }

  @Test
  void framingHeadersAreComputedAndNothingIsAdded() throws Exception {
    URI base = serve("HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n");
    try (ProviderHttpClient http = new ProviderHttpClient(2000)) {
      http.exchange(
          "POST",
          base.resolve("/steaks/?a=%20b"),
          List.of(
              Map.entry("Content-Length", "26"),
              Map.entry("Host", "pact-host"),
              Map.entry("Transfer-Encoding", "chunked"),
              Map.entry("X-Multi", "1"),
              Map.entry("X-Multi", "2")),
          "{\"cooking\":\"medium-rare\"}".getBytes(StandardCharsets.UTF_8));
    }
    // the pact's Host is sent, as the Rust verifier and pact-jvm send it (conformance case c036)
    assertThat(requests.get(0))
        .isEqualTo(
            "POST /steaks/?a=%20b HTTP/1.1\r\nHost: pact-host\r\nX-Multi: 1\r\nX-Multi: 2\r\n"
                + "Content-Length: 25\r\n\r\n{\"cooking\":\"medium-rare\"}");
  }

  @Test
  void aConnectionTheProviderClosedWhileIdleIsNotUsed() throws Exception {
    URI base =
        serve(
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok" + CLOSE,
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    try (ProviderHttpClient http = new ProviderHttpClient(2000)) {
      http.exchange("GET", base.resolve("/a"), List.of(), null);
      Thread.sleep(ProviderHttpClient.VALIDATE_AFTER_IDLE_MILLIS + 50);
      assertThat(http.exchange("GET", base.resolve("/b"), List.of(), null).status()).isEqualTo(200);
    }
    assertThat(requests).hasSize(2);
    assertThat(connections.get()).isEqualTo(2);
  }
}
