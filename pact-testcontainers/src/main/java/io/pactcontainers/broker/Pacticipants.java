package io.pactcontainers.broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Broker's pacticipants and their versions, set up and read as the Pact Broker CLI's
 * create-or-update-pacticipant, describe-pacticipant and describe-version do (pact_broker-client,
 * pacticipants/*.rb, versions/describe.rb): the index's {@code pb:pacticipant} (GET; a merge patch
 * updates), {@code pb:pacticipants} (a POST creates), {@code pb:pacticipant-version}, {@code
 * pb:latest-version}, {@code pb:latest-tagged-version} and a branch's {@code pb:latest-version}.
 */
public final class Pacticipants {
  private static final String NOT_A_BROKER =
      "is the URL the Pact Broker's (its index, e.g. https://broker.example.com)?";

  private final PactBroker config;

  /**
   * @param config the Broker to talk to
   */
  public Pacticipants(PactBroker config) {
    this.config = config;
  }

  /**
   * Creates the pacticipant, or sets the parts given on the one the Broker has.
   *
   * @param spec its name and what to set
   * @param output how to show the answer
   * @return the line (or the Broker's resource as JSON) to show
   * @throws BrokerException with the Broker's message when it refuses (HTTP 400: which field)
   */
  public String createOrUpdate(PacticipantSpec spec, BrokerOutput output) {
    HalClient client = new HalClient(config);
    JsonNode index = client.index();
    URI one =
        client.requiredLink(
            index, "pb:pacticipant", Map.of("pacticipant", spec.name()), NOT_A_BROKER);
    JsonNode answer;
    String action;
    if (find(client, one, spec.name()) == null) {
      URI all = client.requiredLink(index, "pb:pacticipants", Map.of(), NOT_A_BROKER);
      answer =
          client.post(
              HalClient.Endpoint.write("the creation of pacticipant " + spec.name(), all),
              spec.body());
      action = "created";
    } else {
      answer =
          client.patch(
              HalClient.Endpoint.read("the update of pacticipant " + spec.name(), one),
              spec.body());
      action = "updated";
    }
    return output == BrokerOutput.JSON
        ? BrokerTexts.json(answer)
        : "Pacticipant \"" + spec.name() + "\" " + action + " in the Pact Broker";
  }

  /**
   * Describes a pacticipant: its properties and labels.
   *
   * @param name the pacticipant's name
   * @param output how to show it
   * @return its properties one a line (or the Broker's resource as JSON)
   * @throws BrokerException naming the pacticipant when the Broker has none of that name
   */
  public String describe(String name, BrokerOutput output) {
    HalClient client = new HalClient(config);
    URI one =
        client.requiredLink(
            client.index(), "pb:pacticipant", Map.of("pacticipant", name), NOT_A_BROKER);
    JsonNode found = find(client, one, name);
    if (found == null) {
      throw new BrokerException(missing(name), 404, null);
    }
    if (output == BrokerOutput.JSON) {
      return BrokerTexts.json(found);
    }
    ObjectNode shown = found.deepCopy();
    JsonNode labels = found.path("_embedded").path("labels");
    if (labels.isArray() && !labels.isEmpty()) {
      List<String> names = new ArrayList<>();
      labels.forEach(l -> names.add(l.path("name").asText("?")));
      shown.set("labels", shown.arrayNode().addAll(names.stream().map(shown::textNode).toList()));
    }
    return BrokerTexts.describe(shown);
  }

  /**
   * Describes a version of a pacticipant: its number, branches and tags.
   *
   * @param pacticipant the pacticipant's name
   * @param query which version
   * @param output how to show it
   * @return a table (number, branches, tags) or the Broker's resource as JSON
   * @throws BrokerException naming the pacticipant and the version asked for when the Broker has
   *     none
   */
  public String describeVersion(String pacticipant, VersionQuery query, BrokerOutput output) {
    HalClient client = new HalClient(config);
    JsonNode version = version(client, pacticipant, query);
    if (output == BrokerOutput.JSON) {
      return BrokerTexts.json(version);
    }
    return BrokerTexts.table(
        List.of("number", "branches", "tags"),
        List.of(
            List.of(
                version.path("number").asText(""),
                names(version.path("_embedded").path("branchVersions")),
                names(version.path("_embedded").path("tags")))));
  }

  private JsonNode version(HalClient client, String pacticipant, VersionQuery query) {
    Map.Entry<String, Map<String, String>> relation = query.relation(pacticipant);
    URI uri =
        client.requiredLink(client.index(), relation.getKey(), relation.getValue(), NOT_A_BROKER);
    String notFound =
        "The Pact Broker has no "
            + query.of(pacticipant)
            + " (HTTP 404); check the names (describe-pacticipant shows whether it has the"
            + " pacticipant)";
    if (query instanceof VersionQuery.LatestOfBranch) {
      // A branch's latest version is a link of the branch's resource; the index has no relation
      // for it.
      JsonNode branch = client.getExisting(HalClient.Endpoint.read("branch " + uri, uri), notFound);
      uri = client.requiredLink(branch, "pb:latest-version", Map.of(), NOT_A_BROKER);
    }
    return client.getExisting(
        HalClient.Endpoint.read("the " + query.of(pacticipant), uri), notFound);
  }

  /** The pacticipant, or null when the Broker has none of that name. */
  private static JsonNode find(HalClient client, URI uri, String name) {
    try {
      return client.get(HalClient.Endpoint.read("pacticipant " + name, uri));
    } catch (BrokerException e) {
      if (e.status() == 404) {
        return null;
      }
      throw e;
    }
  }

  private static String missing(String name) {
    return "The Pact Broker has no pacticipant named "
        + name
        + " (HTTP 404); create-or-update-pacticipant creates it, and publishing a pact or a"
        + " verification result does too";
  }

  private static String names(JsonNode list) {
    List<String> names = new ArrayList<>();
    list.forEach(e -> names.add(e.path("name").asText("?")));
    return String.join(" ", names);
  }
}
