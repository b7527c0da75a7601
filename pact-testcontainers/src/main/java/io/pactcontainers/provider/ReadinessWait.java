package io.pactcontainers.provider;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
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
    int round = 0;
    String last = "no answer yet";
    while (System.nanoTime() < deadline) {
      if (++round % 25 == 0 && !waitStrategyTarget.isRunning()) {
        throw new ContainerLaunchException("the container exited while waiting for it to be ready (" + describe() + ")");
      }
      try {
        if (spec instanceof WaitSpec.Http h) {
          int status = httpStatus(host, mapped, h.path());
          if (status == h.status()) {
            return;
          }
          last = "GET " + h.path() + " answered " + status;
        } else if (portAnswers(host, mapped)) {
          return;
        }
      } catch (IOException e) {
        last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
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
   * One GET on a fresh connection, reading only the status line. A plain socket, because the JDK
   * HTTP client's first use alone costs ~100 ms, which would delay every verification.
   */
  private static int httpStatus(String host, int port, String path) throws IOException {
    try (Socket s = new Socket()) {
      s.setTcpNoDelay(true);
      s.connect(new InetSocketAddress(host, port), 1000);
      s.setSoTimeout(2000);
      s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      InputStream in = s.getInputStream();
      StringBuilder line = new StringBuilder();
      int c;
      while ((c = in.read()) >= 0 && c != '\n') {
        line.append((char) c);
      }
      String[] parts = line.toString().trim().split(" ");
      if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
        throw new IOException("no HTTP answer yet");
      }
      return Integer.parseInt(parts[1]);
    }
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
