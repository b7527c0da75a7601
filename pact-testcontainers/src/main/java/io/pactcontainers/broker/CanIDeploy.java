package io.pactcontainers.broker;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Asks the Broker whether a pacticipant version can be deployed to an environment
 * ({@code pb:can-i-deploy-pacticipant-version-to-environment}, docs.pact.io "Can I Deploy").
 */
public final class CanIDeploy {
  static final String LINK = "pb:can-i-deploy-pacticipant-version-to-environment";

  /** One row of the matrix: a consumer version, a provider version and the verification between them. */
  public record Row(String consumer, String consumerVersion, String provider, String providerVersion, String verification) {}

  /** @param deployable null when the Broker does not know yet (results pending) */
  public record Answer(Boolean deployable, String reason, List<Row> matrix) {
    public Answer {
      requireNonNull(reason, "reason");
      matrix = List.copyOf(matrix);
    }
  }

  private final BrokerConfig config;

  public CanIDeploy(BrokerConfig config) {
    this.config = config;
  }

  public Answer ask(String pacticipant, String version, String environment) {
    HalClient client = new HalClient(config);
    JsonNode index = client.index();
    URI uri = client.link(index, LINK, Map.of("pacticipant", pacticipant, "version", version, "environment", environment))
        .orElseThrow(() -> new BrokerException("The Pact Broker at " + config.url() + " offers no " + LINK
            + " link; it needs environments support (Pact Broker 2.80 or later, or PactFlow)"));
    JsonNode r = client.get(new HalClient.Endpoint("can-i-deploy answer for " + pacticipant + " " + version + " to " + environment, uri));
    JsonNode summary = r.path("summary");
    Boolean deployable = summary.path("deployable").isBoolean() ? summary.get("deployable").booleanValue() : null;
    List<Row> rows = new ArrayList<>();
    for (JsonNode m : r.path("matrix")) {
      JsonNode v = m.path("verificationResult");
      rows.add(new Row(m.path("consumer").path("name").asText(), m.path("consumer").path("version").path("number").asText(),
          m.path("provider").path("name").asText(), m.path("provider").path("version").path("number").asText("(none)"),
          v.isMissingNode() || v.isNull() ? "unverified" : v.path("success").asBoolean() ? "success" : "failed"));
    }
    return new Answer(deployable, summary.path("reason").asText(""), rows);
  }
}
