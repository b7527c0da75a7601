package io.pactcontainers.broker;

import java.net.URI;

/**
 * Runs the recording proxy as a process, for the plugin's invoker builds: {@code RecordingProxyMain
 * <port> <host:port> <target URL> [user password]}: requests for {@code host:port} go to the
 * target, and Basic credentials are wanted when given. {@code GET /_proxy/passed} on it says what
 * passed, one a line; {@code POST /_proxy/shutdown} stops it.
 */
public final class RecordingProxyMain {
  private RecordingProxyMain() {}

  public static void main(String[] args) throws Exception {
    try (RecordingProxy proxy = new RecordingProxy(Integer.parseInt(args[0]))) {
      proxy.route(args[1], URI.create(args[2]));
      if (args.length > 4) {
        proxy.requireCredentials(args[3], args[4]);
      }
      System.out.println("Recording proxy listening at " + proxy.url());
      proxy.awaitShutdown();
    }
  }
}
