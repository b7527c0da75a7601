package io.pactcontainers.broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Broker's environments, set up and read as the Pact Broker CLI's create-environment,
 * update-environment, delete-environment, list-environments and describe-environment do
 * (pact_broker-client, environments/*.rb): the index's {@code pb:environments} (the list; a POST
 * creates) and {@code pb:environment} (one by UUID: GET, PUT replaces, DELETE). The Broker's own
 * rules stand: a second environment with the same name is refused with its 400 and message.
 */
public final class Environments {
  private static final String NEEDS =
      "it needs to be Pact Broker 2.80.0 or later (or PactFlow with the environment permissions)"
          + " to manage environments";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final PactBroker config;

  /**
   * @param config the Broker to talk to
   */
  public Environments(PactBroker config) {
    this.config = config;
  }

  /**
   * Creates an environment.
   *
   * @param spec its name (required) and the rest
   * @param output how to show the answer
   * @return the line (or JSON) to show
   * @throws BrokerException with the Broker's message when it refuses (a name in use: HTTP 400)
   */
  public String create(EnvironmentSpec spec, BrokerOutput output) {
    String name =
        spec.name().orElseThrow(() -> new IllegalArgumentException("an environment needs a name"));
    HalClient client = new HalClient(config);
    URI list = client.requiredLink(client.index(), "pb:environments", Map.of(), NEEDS);
    JsonNode created =
        client.post(
            HalClient.Endpoint.write("the creation of environment " + name, list),
            spec.createBody());
    return output == BrokerOutput.JSON
        ? BrokerTexts.json(created)
        : "Created "
            + name
            + " environment in the Pact Broker with UUID "
            + created.path("uuid").asText("?");
  }

  /**
   * Changes an environment: the parts given replace its own, the rest is kept.
   *
   * @param uuid which environment
   * @param spec what to change
   * @param output how to show the answer
   * @return the line (or JSON) to show
   */
  public String update(String uuid, EnvironmentSpec spec, BrokerOutput output) {
    HalClient client = new HalClient(config);
    HalClient.Endpoint endpoint = endpoint(client, uuid);
    JsonNode current = existing(client, endpoint, uuid);
    @SuppressWarnings("unchecked")
    Map<String, Object> properties = MAPPER.convertValue(current, Map.class);
    properties
        .keySet()
        .removeIf(k -> k.startsWith("_") || List.of("uuid", "createdAt", "updatedAt").contains(k));
    Map<String, Object> body = spec.updateBody(properties);
    JsonNode updated =
        client.put(
            HalClient.Endpoint.read("the update of environment " + uuid, endpoint.uri()), body);
    return output == BrokerOutput.JSON
        ? BrokerTexts.json(updated)
        : "Updated " + body.get("name") + " environment in the Pact Broker";
  }

  /**
   * Deletes an environment (and with it what was recorded as deployed to or released in it).
   *
   * @param uuid which environment
   * @param output how to show the answer
   * @return the line (or JSON: the environment as it was) to show
   */
  public String delete(String uuid, BrokerOutput output) {
    HalClient client = new HalClient(config);
    HalClient.Endpoint endpoint = endpoint(client, uuid);
    JsonNode current = existing(client, endpoint, uuid);
    client.delete(HalClient.Endpoint.read("the deletion of environment " + uuid, endpoint.uri()));
    return output == BrokerOutput.JSON
        ? BrokerTexts.json(current)
        : "Deleted environment " + current.path("name").asText("?") + " from the Pact Broker";
  }

  /**
   * Describes an environment.
   *
   * @param uuid which environment
   * @param output how to show it
   * @return its properties (or JSON)
   */
  public String describe(String uuid, BrokerOutput output) {
    HalClient client = new HalClient(config);
    JsonNode current = existing(client, endpoint(client, uuid), uuid);
    return output == BrokerOutput.JSON ? BrokerTexts.json(current) : BrokerTexts.describe(current);
  }

  /**
   * Lists the environments, by name.
   *
   * @param output how to show them
   * @return a table (UUID, name, display name, production) or the Broker's list as JSON
   */
  public String list(BrokerOutput output) {
    HalClient client = new HalClient(config);
    URI uri = client.requiredLink(client.index(), "pb:environments", Map.of(), NEEDS);
    JsonNode all = client.get(HalClient.Endpoint.read("the Broker's environments", uri));
    if (output == BrokerOutput.JSON) {
      return BrokerTexts.json(all);
    }
    List<JsonNode> environments = new ArrayList<>();
    all.path("_embedded").path("environments").forEach(environments::add);
    if (environments.isEmpty()) {
      return "The Pact Broker has no environments (create-environment creates one)";
    }
    environments.sort(
        Comparator.comparing(e -> e.path("name").asText("").toLowerCase(Locale.ROOT)));
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode e : environments) {
      rows.add(
          List.of(
              e.path("uuid").asText(""),
              e.path("name").asText(""),
              e.path("displayName").isNull() ? "" : e.path("displayName").asText(""),
              e.path("production").asText("")));
    }
    return BrokerTexts.table(List.of("uuid", "name", "display name", "production"), rows);
  }

  private HalClient.Endpoint endpoint(HalClient client, String uuid) {
    URI uri = client.requiredLink(client.index(), "pb:environment", Map.of("uuid", uuid), NEEDS);
    return HalClient.Endpoint.read("environment " + uuid, uri);
  }

  private static JsonNode existing(HalClient client, HalClient.Endpoint endpoint, String uuid) {
    return client.getExisting(
        endpoint,
        "The Pact Broker has no environment with UUID "
            + uuid
            + " (HTTP 404); list-environments shows the environments and their UUIDs");
  }
}
