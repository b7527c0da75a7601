package io.pactcontainers.provider;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Polls a container until it is ready, on its own thread from the moment the container is created.
 * Testcontainers only calls a wait strategy after starting the container, following its output and
 * inspecting it, which in a fresh JVM ends ~100 ms after a quick provider is already listening.
 * Started early, the first successful poll lands within one poll interval of the provider being
 * ready.
 */
final class ReadinessProbe {
  private static final long INSPECT_POLL_MS = 10;
  private static final long PROBE_POLL_MS = 10;

  private final Readiness spec;
  private final int port;
  private final CompletableFuture<Void> ready = new CompletableFuture<>();
  private volatile String last = "no answer yet";
  private volatile boolean stopped;
  private volatile long mappedAtMillis;
  private volatile long readyAtMillis;

  ReadinessProbe(Readiness spec, int port) {
    if (spec instanceof Readiness.Log) {
      throw new IllegalArgumentException("log waits are not probed");
    }
    this.spec = spec;
    this.port = port;
  }

  /** Starts polling: first Docker, for the port it maps, then the port itself. */
  void begin(DockerClient docker, String containerId, String host) {
    Thread t = new Thread(() -> run(docker, containerId, host), "pact-readiness-probe");
    t.setDaemon(true);
    t.start();
  }

  private void run(DockerClient docker, String containerId, String host) {
    try {
      int mapped = mappedPort(docker, containerId);
      mappedAtMillis = System.currentTimeMillis();
      io.pactcontainers.Timeline.moment("provider container started, port mapped");
      while (!stopped) {
        if (answers(host, mapped)) {
          readyAtMillis = System.currentTimeMillis();
          io.pactcontainers.Timeline.moment("provider answered the readiness probe");
          ready.complete(null);
          return;
        }
        Thread.sleep(PROBE_POLL_MS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      last = "could not inspect the container: " + e.getMessage();
    }
  }

  private int mappedPort(DockerClient docker, String containerId) throws InterruptedException {
    ExposedPort exposed = ExposedPort.tcp(port);
    while (!stopped) {
      try {
        InspectContainerResponse info = docker.inspectContainerCmd(containerId).exec();
        Ports.Binding[] bindings =
            info.getNetworkSettings() == null || info.getNetworkSettings().getPorts() == null
                ? null
                : info.getNetworkSettings().getPorts().getBindings().get(exposed);
        if (bindings != null && bindings.length > 0 && bindings[0].getHostPortSpec() != null) {
          return Integer.parseInt(bindings[0].getHostPortSpec());
        }
      } catch (DockerException e) {
        last = "inspecting the container: " + e.getMessage();
      }
      Thread.sleep(INSPECT_POLL_MS);
    }
    throw new InterruptedException("stopped");
  }

  private boolean answers(String host, int mapped) {
    try {
      if (spec instanceof Readiness.Http h) {
        int status = httpStatus(host, mapped, h.path());
        if (status == h.status()) {
          return true;
        }
        last = "GET " + h.path() + " answered " + status;
        return false;
      }
      return portAnswers(host, mapped);
    } catch (IOException e) {
      last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      return false;
    }
  }

  /** Waits up to {@code millis} for readiness; false when not ready yet. */
  boolean awaitReady(long millis) throws InterruptedException {
    try {
      ready.get(millis, TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * When Docker first showed the container running with its port mapped (epoch ms; 0 if never): the
   * earliest a readiness poll can reach it, since Docker answers inspections of a starting
   * container only once the start is complete.
   */
  long mappedAtMillis() {
    return mappedAtMillis;
  }

  /** When the provider first answered (epoch ms; 0 if never). */
  long readyAtMillis() {
    return readyAtMillis;
  }

  void stop() {
    stopped = true;
  }

  String last() {
    return last;
  }

  String describe() {
    return spec instanceof Readiness.Http h
        ? "GET " + h.path() + " to answer " + h.status() + " on port " + port
        : "port " + port + " to accept connections";
  }

  /**
   * One GET on a fresh connection, reading only the status line. A plain socket, because the JDK
   * HTTP client's first use alone costs ~100 ms, which would delay every verification.
   */
  private static int httpStatus(String host, int port, String path) throws IOException {
    try (Socket s = new Socket(java.net.Proxy.NO_PROXY)) { // the provider: never proxied
      s.setTcpNoDelay(true);
      s.connect(new InetSocketAddress(host, port), 1000);
      s.setSoTimeout(2000);
      s.getOutputStream()
          .write(
              ("GET "
                      + path
                      + " HTTP/1.1\r\nHost: "
                      + host
                      + ":"
                      + port
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
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
    try (Socket s = new Socket(java.net.Proxy.NO_PROXY)) { // the provider: never proxied
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
