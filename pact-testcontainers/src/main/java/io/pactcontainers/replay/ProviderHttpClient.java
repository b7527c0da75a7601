package io.pactcontainers.replay;

import io.pactcontainers.model.SentRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.HttpRequestExecutor;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.protocol.DefaultHttpProcessor;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.apache.hc.core5.http.protocol.HttpProcessor;
import org.apache.hc.core5.http.protocol.RequestContent;
import org.apache.hc.core5.http.protocol.RequestTargetHost;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.net.URIAuthority;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP client that talks to the provider: requests, state calls and message requests. HTTP
 * itself (writing the request, parsing status line, headers, lengths, chunks, 1xx answers, whether
 * a connection may be kept) is Apache HttpCore 5's classic {@link HttpRequestExecutor}, run with
 * two interceptors only: {@code Content-Length}/{@code Transfer-Encoding} computed from the body we
 * send, and {@code Host}. Nothing else is added: no User-Agent, Accept, Connection, cookies,
 * redirects or decompression; the request target is sent as encoded by the caller.
 *
 * <p>Connections are kept by hand rather than by HttpCore's {@code HttpRequester} pool, because
 * that pool hands out an idle connection without checking whether the provider has closed it, and a
 * request written to such a connection may or may not have been read. Here a connection idle for
 * longer than {@link #VALIDATE_AFTER_IDLE_MILLIS} is checked first (a 1 ms read), and once a
 * request is written it is never written again: a timeout, a reset or a reply that breaks HTTP is
 * the interaction's error, not a reason to send the request (a POST, a state change) a second time.
 *
 * <p>Chosen by measurement (README, "Replay on Apache HttpCore 5"): about 0.15 ms a request warm,
 * against 0.2 ms for httpclient5's pooled classic client and 0.45 ms for the JDK's.
 */
public final class ProviderHttpClient implements AutoCloseable {
  /** Idle connections younger than this are used without a check: a check blocks for 1 ms. */
  static final long VALIDATE_AFTER_IDLE_MILLIS = 50;

  /** What came back; the body as received (still encoded, if the provider encoded it). */
  public record Reply(int status, Map<String, List<String>> headers, byte[] body) {}

  /** The provider's answer broke HTTP: cut short, a malformed length or status line. */
  public static final class ProtocolException extends IOException {
    private static final long serialVersionUID = 1L;

    ProtocolException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The provider took the request and gave no answer within the request timeout: a provider that
   * does so twice in a row has most likely stopped answering (frozen, deadlocked, paused).
   */
  public static final class NoAnswerException extends IOException {
    private static final long serialVersionUID = 1L;

    NoAnswerException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The provider asked for a client certificate in the TLS handshake, then closed the connection
   * before answering: it refused the certificate offered, or the lack of one. In TLS 1.3 a server
   * judges the client's certificate after the client's handshake is done, and its alert may be lost
   * when it closes first (a broken pipe, a reset, no answer).
   */
  public static final class ClientCertificateRefused extends IOException {
    private static final long serialVersionUID = 1L;
    private final boolean offered;

    ClientCertificateRefused(boolean offered, IOException cause) {
      super(
          "the provider asked for a client certificate in the TLS handshake, "
              + (offered ? "was offered one" : "got none")
              + ", and closed the connection ("
              + cause.getMessage()
              + ")",
          cause);
      this.offered = offered;
    }

    /**
     * Whether a client certificate was offered.
     *
     * @return true when one was, and the provider did not accept it
     */
    public boolean offered() {
      return offered;
    }
  }

  private record Idle(DefaultBHttpClientConnection connection, long since) {}

  /**
   * New connections whose provider asked for a client certificate in the handshake, and whether one
   * was offered; a connection leaves once it has answered (then the provider accepted it).
   */
  private final Map<DefaultBHttpClientConnection, Boolean> askedForCertificate =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private final Timeout timeout;
  private final Optional<SSLContext> tls;
  private final boolean verifyHostname;
  private final HttpRequestExecutor executor = new HttpRequestExecutor();
  private final HttpProcessor processor =
      new DefaultHttpProcessor(new RequestContent(), new RequestTargetHost());
  private final Map<String, Deque<Idle>> idle = new HashMap<>();
  private volatile java.util.function.Consumer<SentRequest> observer = r -> {};

  /**
   * Tells {@code observer} of every request before it is sent (the verifier keeps those of an
   * interaction, to show how to send them again when it fails).
   */
  public void observe(java.util.function.Consumer<SentRequest> observer) {
    this.observer = java.util.Objects.requireNonNull(observer, "observer");
  }

  /**
   * @param timeoutMillis for connecting and for each read of an answer
   */
  public ProviderHttpClient(int timeoutMillis) {
    this(timeoutMillis, Optional.empty());
  }

  /**
   * @param tls the TLS set-up for https providers (a private CA's, say); empty: the JVM's. Host
   *     names are always verified.
   */
  public ProviderHttpClient(int timeoutMillis, Optional<SSLContext> tls) {
    this(timeoutMillis, tls, true);
  }

  /**
   * @param verifyHostname false only for an explicit, warned-about opt-out of TLS checks
   */
  public ProviderHttpClient(int timeoutMillis, Optional<SSLContext> tls, boolean verifyHostname) {
    this.timeout = Timeout.ofMilliseconds(timeoutMillis);
    this.tls = tls;
    this.verifyHostname = verifyHostname;
  }

  /** TLS that trusts any certificate: for {@code insecure} provider TLS only. */
  public static SSLContext trustingAnything() {
    return trustingAnything(null);
  }

  /**
   * TLS that trusts any certificate: for {@code insecure} provider TLS only.
   *
   * @param keyManagers the client certificate offered when the provider asks for one; null: none
   * @return the context
   */
  public static SSLContext trustingAnything(javax.net.ssl.KeyManager[] keyManagers) {
    try {
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(
          keyManagers,
          new javax.net.ssl.TrustManager[] {
            new javax.net.ssl.X509TrustManager() {
              @Override
              public void checkClientTrusted(
                  java.security.cert.X509Certificate[] chain, String authType) {}

              @Override
              public void checkServerTrusted(
                  java.security.cert.X509Certificate[] chain, String authType) {}

              @Override
              public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
              }
            }
          },
          null);
      return ctx;
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("no TLS in this JVM", e);
    }
  }

  /**
   * Sends one request, once. {@code target} is an absolute http(s) URI whose raw path and query are
   * sent as they are; {@code headers} are sent in order, repeated names allowed, except the framing
   * ones ({@code Content-Length}, {@code Transfer-Encoding}), which are computed from the body.
   * {@code Host} is the target's unless the headers give one: the Rust verifier and pact-jvm both
   * send a pact's own Host (conformance case c036).
   *
   * @throws ProtocolException when the answer breaks HTTP
   * @throws IOException when the provider cannot be reached or does not answer in time
   */
  public Reply exchange(
      String method, URI target, List<Map.Entry<String, String>> headers, byte[] body)
      throws IOException {
    observer.accept(new SentRequest(method, target, headers, body));
    String host = target.getHost();
    int port = port(target);
    String key = target.getScheme() + "://" + host + ":" + port;
    String path =
        target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
    BasicClassicHttpRequest request =
        new BasicClassicHttpRequest(
            method, target.getRawQuery() == null ? path : path + "?" + target.getRawQuery());
    request.setScheme(target.getScheme());
    request.setAuthority(new URIAuthority(host, target.getPort()));
    for (Map.Entry<String, String> h : headers) {
      String name = h.getKey();
      if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Transfer-Encoding")) {
        request.addHeader(name, h.getValue());
      }
    }
    if (body != null && body.length > 0) {
      request.setEntity(new ByteArrayEntity(body, null));
    }
    DefaultBHttpClientConnection connection = lease(key, host, port, target.getScheme());
    try {
      HttpCoreContext context = HttpCoreContext.create();
      executor.preProcess(request, processor, context);
      Reply reply;
      boolean keepAlive;
      try (ClassicHttpResponse response = executor.execute(request, connection, context)) {
        executor.postProcess(response, processor, context);
        byte[] content = content(response.getEntity());
        Map<String, List<String>> replyHeaders = new LinkedHashMap<>();
        for (Header h : response.getHeaders()) {
          replyHeaders.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue());
        }
        reply = new Reply(response.getCode(), replyHeaders, content);
        keepAlive = executor.keepAlive(request, response, connection, context);
      }
      askedForCertificate.remove(connection);
      if (keepAlive && connection.isOpen()) {
        synchronized (idle) {
          idle.computeIfAbsent(key, k -> new ArrayDeque<>())
              .push(new Idle(connection, System.nanoTime()));
        }
      } else {
        connection.close(CloseMode.IMMEDIATE);
      }
      return reply;
    } catch (ConnectionClosedException e) {
      connection.close(CloseMode.IMMEDIATE);
      refusedCertificate(connection, e);
      throw new ProtocolException("the provider's answer was cut short: " + e.getMessage(), e);
    } catch (NoHttpResponseException e) {
      connection.close(CloseMode.IMMEDIATE);
      refusedCertificate(connection, e);
      throw new IOException(
          "the provider closed the connection without answering "
              + method
              + " "
              + path
              + " (the request was not sent again: it may have reached the provider)",
          e);
    } catch (SocketTimeoutException e) {
      connection.close(CloseMode.IMMEDIATE);
      throw new NoAnswerException(
          "the provider did not answer "
              + method
              + " "
              + path
              + " within "
              + timeout.toMilliseconds()
              + " ms (the request was not sent again: it may have reached the provider)",
          e);
    } catch (HttpException e) {
      connection.close(CloseMode.IMMEDIATE);
      throw new ProtocolException("the provider's answer is not valid HTTP: " + e.getMessage(), e);
    } catch (IOException e) {
      connection.close(CloseMode.IMMEDIATE);
      refusedCertificate(connection, e);
      throw e;
    } catch (RuntimeException e) {
      connection.close(CloseMode.IMMEDIATE);
      throw e;
    }
  }

  /**
   * Throws {@link ClientCertificateRefused} when {@code e} ended the first exchange on a connection
   * whose provider asked for a client certificate; a TLS alert, which names the refusal itself, is
   * left as it is.
   */
  private void refusedCertificate(DefaultBHttpClientConnection connection, IOException e)
      throws ClientCertificateRefused {
    Boolean offered = askedForCertificate.remove(connection);
    if (offered != null
        && !(e instanceof javax.net.ssl.SSLException
            && String.valueOf(e.getMessage()).startsWith("Received fatal alert"))) {
      throw new ClientCertificateRefused(offered, e);
    }
  }

  /** A kept connection to this provider that is still open, or a new one. */
  private DefaultBHttpClientConnection lease(String key, String host, int port, String scheme)
      throws IOException {
    while (true) {
      Idle candidate;
      synchronized (idle) {
        Deque<Idle> q = idle.get(key);
        candidate = q == null ? null : q.poll();
      }
      if (candidate == null) {
        return open(host, port, scheme);
      }
      DefaultBHttpClientConnection c = candidate.connection();
      boolean checkNeeded =
          System.nanoTime() - candidate.since() > VALIDATE_AFTER_IDLE_MILLIS * 1_000_000L;
      // The read timeout set at open stays: isStale() puts it back after its 1 ms read.
      if (c.isOpen() && !(checkNeeded && c.isStale())) {
        return c;
      }
      c.close(CloseMode.IMMEDIATE);
    }
  }

  private DefaultBHttpClientConnection open(String host, int port, String scheme)
      throws IOException {
    // Never through a proxy (a -DsocksProxyHost, the JVM's default ProxySelector): the provider
    // is ours, reached directly, whatever HTTPS_PROXY or settings.xml say for the Broker.
    Socket socket = new Socket(java.net.Proxy.NO_PROXY);
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(timeout.toMillisecondsIntBound());
    socket.connect(new InetSocketAddress(host, port), timeout.toMillisecondsIntBound());
    if ("https".equalsIgnoreCase(scheme)) {
      SSLSocket ssl;
      try {
        ssl =
            (SSLSocket)
                tls.orElse(SSLContext.getDefault())
                    .getSocketFactory()
                    .createSocket(socket, host, port, true);
      } catch (java.security.NoSuchAlgorithmException e) {
        socket.close();
        throw new IOException("no TLS available in this JVM: " + e.getMessage(), e);
      }
      if (verifyHostname) {
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm(
            "HTTPS"); // the certificate must name the host we called
        ssl.setSSLParameters(parameters);
      }
      ssl.startHandshake();
      socket = ssl;
    }
    DefaultBHttpClientConnection connection = new DefaultBHttpClientConnection(Http1Config.DEFAULT);
    connection.bind(socket);
    if (socket instanceof SSLSocket ssl
        && ssl.getSession() instanceof javax.net.ssl.ExtendedSSLSession session
        && session.getPeerSupportedSignatureAlgorithms().length > 0) {
      // On the client side these are the CertificateRequest's: the provider asked for a
      // certificate.
      askedForCertificate.put(connection, session.getLocalCertificates() != null);
    }
    return connection;
  }

  /**
   * The answer's bytes, read into an array of the length the answer declares. httpcore's {@code
   * EntityUtils.toByteArray} takes a 4 KB buffer for every answer, whatever its size (a state
   * call's is two bytes): that was a third of what verifying an interaction allocated, and in a
   * fresh JVM every new page of heap is a page fault. A body cut short still fails as httpcore's
   * stream says ({@code ConnectionClosedException}).
   */
  private static byte[] content(HttpEntity entity) throws IOException {
    if (entity == null) {
      return new byte[0];
    }
    try (InputStream in = entity.getContent()) {
      if (in == null) {
        return new byte[0];
      }
      long length = entity.getContentLength();
      return length >= 0 && length < Integer.MAX_VALUE
          ? in.readNBytes((int) length)
          : in.readAllBytes();
    }
  }

  private static int port(URI uri) {
    return uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  @Override
  public void close() {
    synchronized (idle) {
      idle.values().forEach(q -> q.forEach(i -> i.connection().close(CloseMode.IMMEDIATE)));
      idle.clear();
    }
  }
}
