package io.pactcontainers.verify;

import io.pactcontainers.matching.ResponseMatcher;
import io.pactcontainers.model.HttpInteraction;
import io.pactcontainers.model.Mismatch;
import io.pactcontainers.model.Pact;
import io.pactcontainers.model.PactReader;
import io.pactcontainers.state.StateChange;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Runs the verifier's own code once on a small built-in pact while a provider container starts
 * (Docker's work, not this JVM's): a JVM that has just started loads classes and interprets code,
 * and the first interaction would otherwise pay for reading rules, matching JSON and writing a
 * state-change body (tens of ms). Nothing it does is kept; anything it throws is ignored.
 *
 * <p>Not against a provider that is already running: there the pacts are read at once, and both
 * cores are busy with that read, the JIT compilers and the provider. Exercising the sample 300
 * times beside them cost more than it saved (bench-peers, 1,000 interactions, 7 runs alternated:
 * median 4.70 s with it, 4.33 s without; CPU 8.3 s and 7.0 s).
 */
final class WarmUp {
  private static final String SAMPLE =
      """
      {"consumer":{"name":"warm-up"},"provider":{"name":"warm-up"},"interactions":[{
        "description":"warm-up","providerStates":[{"name":"s","params":{"id":1}}],
        "request":{"method":"GET","path":"/x","query":{"q":["1"]},"headers":{"Accept":"application/json"}},
        "response":{"status":200,"headers":{"Content-Type":"application/json"},
          "body":{"id":1,"name":"n 1","price":1.5,"tags":["a"],"nested":{"ok":true}},
          "matchingRules":{"body":{"$.id":{"matchers":[{"match":"integer"}]},"$.name":{"matchers":[{"match":"regex","regex":"n \\\\d+"}]},
            "$.price":{"matchers":[{"match":"decimal"}]},"$.tags":{"matchers":[{"match":"type","min":1}]}},
            "header":{"Content-Type":{"matchers":[{"match":"regex","regex":"application/json.*"}]}}}}}],
      "metadata":{"pactSpecification":{"version":"3.0.0"}}}""";

  private WarmUp() {}

  /**
   * While a container starts (Docker's work, not this JVM's), the verifier's own code and the HTTP
   * client's are loaded and run once on the spare core: one exchange with a throwaway server on
   * loopback. Begins only once Docker has been found, which it would otherwise slow down.
   */
  static void whileTheProviderStarts(
      io.pactcontainers.provider.ProviderLauncher.Preparation preparation) {
    Thread t =
        new Thread(
            () -> {
              try {
                preparation.awaitPrepared();
                exercise();
                exchangeOnLoopback();
              } catch (Exception | LinkageError e) {
                // Only ever a head start: the verification itself reports real problems.
              }
            },
            "pact-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /** One HTTP exchange through the verifier's own client with a server that answers {@code {}}. */
  static int exchangeOnLoopback() throws IOException {
    try (java.net.ServerSocket server =
            new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        io.pactcontainers.replay.ProviderHttpClient client =
            new io.pactcontainers.replay.ProviderHttpClient(2000)) {
      Thread answer =
          new Thread(
              () -> {
                try (java.net.Socket s = server.accept()) {
                  s.setSoTimeout(2000);
                  java.io.InputStream in = s.getInputStream();
                  int matched = 0;
                  while (matched < 4) { // to the blank line ending the request's head
                    int b = in.read();
                    if (b < 0) {
                      return;
                    }
                    matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
                  }
                  in.readNBytes(2); // the body: {}
                  s.getOutputStream()
                      .write(
                          "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
                              .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                } catch (IOException e) {
                  // the exchange below then fails, which is all right for a warm-up
                }
              },
              "pact-warm-up-server");
      answer.setDaemon(true);
      answer.start();
      java.net.URI target =
          java.net.URI.create("http://127.0.0.1:" + server.getLocalPort() + "/warm-up?q=1");
      return client
          .exchange(
              "POST",
              target,
              List.of(Map.entry("Content-Type", "application/json")),
              "{}".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
          .status();
    }
  }

  /** Reads the sample, matches its response against itself and writes a state-change body. */
  static List<Mismatch> exercise() throws IOException {
    Pact pact = new PactReader().read(SAMPLE, "warm-up");
    HttpInteraction interaction = (HttpInteraction) pact.interactions().get(0);
    List<Mismatch> mismatches =
        new ResponseMatcher().match(interaction.response(), interaction.response());
    StateChanger.jsonBody(new StateChange("s", Map.of("id", 1), StateChange.Action.SETUP));
    return mismatches;
  }
}
