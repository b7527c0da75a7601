package io.pactcontainers.broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the Broker stand-in as a process, for the plugin's invoker builds: {@code BrokerStandInMain
 * <port> <versions.json> [required Authorization header] [base URL of its links]}. Each entry of
 * versions.json: consumer, version, branch, tags, deployedTo, releasedIn, provider, pact (a file
 * relative to versions.json), createdAt; an entry with only {@code environment} creates that
 * environment (pact-broker create-environment). Stops on {@code POST /_standin/shutdown}.
 */
public final class BrokerStandInMain {
  private BrokerStandInMain() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[1]);
    BrokerStandIn broker = new BrokerStandIn(Integer.parseInt(args[0]));
    if (args.length > 2 && !args[2].isBlank()) {
      broker.requireAuthorization(args[2]);
    }
    if (args.length > 3) {
      broker.withBaseUrl(java.net.URI.create(args[3]));
    }
    load(broker, data);
    System.out.println("Broker stand-in listening at " + broker.url());
    broker.awaitShutdown();
  }

  /** Publishes the versions of {@code data} (versions.json) to {@code broker}. */
  static void load(BrokerStandIn broker, Path data) throws java.io.IOException {
    for (JsonNode v : new ObjectMapper().readTree(data.toFile())) {
      if (v.has("environment") && !v.has("consumer")) {
        broker.withEnvironment(v.get("environment").asText());
        continue;
      }
      broker.publish(
          new BrokerStandIn.ConsumerVersion(
              v.path("consumer").asText(),
              v.path("version").asText(),
              v.path("branch").asText(null),
              strings(v.path("tags")),
              strings(v.path("deployedTo")),
              strings(v.path("releasedIn")),
              v.path("provider").asText(),
              Files.readString(
                  data.resolveSibling(v.path("pact").asText()), StandardCharsets.UTF_8),
              v.has("createdAt") ? Instant.parse(v.get("createdAt").asText()) : Instant.now()));
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
