package io.pactcontainers.provider;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;

/**
 * Polls a container every 20 ms until it is ready. Testcontainers' own HTTP wait polls once a
 * second, which would add up to a second to every verification.
 */
final class ReadinessWait extends AbstractWaitStrategy {
  private static final Duration POLL = Duration.ofMillis(20);

  private final WaitSpec spec;
  private final int port;

  ReadinessWait(WaitSpec spec, int port) {
    this.spec = spec;
    this.port = port;
  }

  @Override
  protected void waitUntilReady() {
    String host = waitStrategyTarget.getHost();
    int mapped = waitStrategyTarget.getMappedPort(port);
    long deadline = System.nanoTime() + startupTimeout.toNanos();
    HttpClient http = spec instanceof WaitSpec.Http
        ? HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build() : null;
    int round = 0;
    String last = "no answer yet";
    while (System.nanoTime() < deadline) {
      if (++round % 25 == 0 && !waitStrategyTarget.isRunning()) {
        throw new ContainerLaunchException("the container exited while waiting for it to be ready (" + describe() + ")");
      }
      try {
        if (spec instanceof WaitSpec.Http h) {
          HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + mapped + h.path()))
              .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
          if (r.statusCode() == h.status()) {
            return;
          }
          last = "GET " + h.path() + " answered " + r.statusCode();
        } else if (portAnswers(host, mapped)) {
          return;
        }
      } catch (IOException e) {
        last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ContainerLaunchException("interrupted while waiting for the container");
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ContainerLaunchException("interrupted while waiting for the container");
      }
    }
    throw new ContainerLaunchException("timed out after " + startupTimeout.toSeconds() + " s waiting for "
        + describe() + " (last: " + last + ")");
  }

  private String describe() {
    return spec instanceof WaitSpec.Http h ? "GET " + h.path() + " to answer " + h.status() + " on port " + port
        : "port " + port + " to accept connections";
  }

  /**
   * Docker's port proxy accepts a connection even when nothing listens in the container, then
   * closes it at once. A real server instead keeps the connection open, waiting for a request.
   */
  private static boolean portAnswers(String host, int port) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, port), 1000);
      s.setSoTimeout(50);
      InputStream in = s.getInputStream();
      try {
        return in.read() >= 0;
      } catch (SocketTimeoutException e) {
        return true;
      }
    }
  }
}
