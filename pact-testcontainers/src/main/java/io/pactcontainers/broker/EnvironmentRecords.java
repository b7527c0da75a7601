package io.pactcontainers.broker;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ends what {@link DeploymentRecorder} recorded: a deployment (the version no longer runs in the
 * environment: record-undeployment) or a release's support (record-support-ended), as the Broker
 * CLI does (pact_broker-client, deployments/record_undeployment.rb and record_support_ended.rb):
 * index {@code pb:environments}, the environment by name, its {@code
 * pb:currently-deployed-deployed-versions} (or {@code pb:currently-supported-released-versions})
 * for the pacticipant, then a merge patch of each matching entry's {@code self}.
 */
public final class EnvironmentRecords {
  private final PactBroker config;

  /**
   * @param config the Broker to record with
   */
  public EnvironmentRecords(PactBroker config) {
    this.config = config;
  }

  /**
   * Records that a pacticipant no longer runs in an environment (the version currently deployed
   * there, of the application instance given, or of none).
   *
   * @param pacticipant the application
   * @param environment where it ran
   * @param applicationInstance which instance, when one environment runs several; empty for the
   *     usual single one
   * @return the line to show the user
   * @throws BrokerException when nothing matches, saying what the Broker has instead
   */
  public String recordUndeployment(
      String pacticipant, String environment, Optional<String> applicationInstance) {
    HalClient client = new HalClient(config);
    JsonNode index = client.index();
    URI currently =
        environmentLink(client, index, environment, "pb:currently-deployed-deployed-versions");
    JsonNode deployed =
        client.get(
            HalClient.Endpoint.read(
                "versions of " + pacticipant + " deployed to " + environment,
                withQuery(currently, Map.of("pacticipant", pacticipant))));
    List<JsonNode> all = new ArrayList<>();
    deployed.path("_embedded").path("deployedVersions").forEach(all::add);
    List<JsonNode> matching =
        all.stream().filter(d -> instanceOf(d).equals(applicationInstance)).toList();
    if (matching.isEmpty()) {
      throw new BrokerException(
          notDeployed(client, index, pacticipant, environment, applicationInstance, all));
    }
    List<String> versions = new ArrayList<>();
    for (JsonNode d : matching) {
      JsonNode patched = client.patch(selfOf(d, "deployment"), Map.of("currentlyDeployed", false));
      versions.add(
          patched
              .path("_embedded")
              .path("version")
              .path("number")
              .asText(d.path("_embedded").path("version").path("number").asText("?")));
    }
    return "Recorded undeployment of "
        + pacticipant
        + " version "
        + String.join(", ", versions)
        + " from "
        + environment
        + applicationInstance.map(i -> " (application instance " + i + ")").orElse("");
  }

  /**
   * Records that a released version is no longer supported in an environment.
   *
   * @param pacticipant the application
   * @param version the released version
   * @param environment where it was released
   * @return the line to show the user
   * @throws BrokerException when that version is not currently released there
   */
  public String recordSupportEnded(String pacticipant, String version, String environment) {
    HalClient client = new HalClient(config);
    JsonNode index = client.index();
    URI currently =
        environmentLink(client, index, environment, "pb:currently-supported-released-versions");
    JsonNode released =
        client.get(
            HalClient.Endpoint.read(
                "versions of " + pacticipant + " released in " + environment,
                withQuery(currently, Map.of("pacticipant", pacticipant, "version", version))));
    List<JsonNode> matching = new ArrayList<>();
    released.path("_embedded").path("releasedVersions").forEach(matching::add);
    if (matching.isEmpty()) {
      throw new BrokerException(
          pacticipantUnknown(client, index, pacticipant)
              ? "The Pact Broker has no pacticipant named \"" + pacticipant + "\"; check the name"
              : pacticipant
                  + " version "
                  + version
                  + " is not currently released in "
                  + environment
                  + ": there is no support to end (record-release records one)");
    }
    for (JsonNode r : matching) {
      client.patch(selfOf(r, "release"), Map.of("currentlySupported", false));
    }
    return "Recorded support ended for "
        + pacticipant
        + " version "
        + version
        + " in "
        + environment;
  }

  /** The environment's link {@code rel}, the environment found by name among the Broker's. */
  private URI environmentLink(HalClient client, JsonNode index, String environment, String rel) {
    URI environments =
        client
            .link(index, "pb:environments", Map.of())
            .orElseThrow(
                () ->
                    new BrokerException(
                        "The Pact Broker at "
                            + config.url()
                            + " offers no pb:environments link; it needs to be Pact Broker 2.80 or"
                            + " later (or PactFlow) to record undeployments and ended support"));
    JsonNode list = client.get(HalClient.Endpoint.read("the Broker's environments", environments));
    URI env =
        client
            .namedLink(list, "pb:environments", environment)
            .orElseThrow(
                () -> {
                  List<String> known =
                      client.linkNames(list, "pb:environments").stream().sorted().toList();
                  return new BrokerException(
                      "The Pact Broker has no environment named \""
                          + environment
                          + "\""
                          + (known.isEmpty()
                              ? "; it has no environments at all"
                              : "; it knows: " + String.join(", ", known)));
                });
    JsonNode resource = client.get(HalClient.Endpoint.read("environment " + environment, env));
    return client
        .link(resource, rel, Map.of())
        .orElseThrow(
            () ->
                new BrokerException(
                    "The Pact Broker's environment "
                        + environment
                        + " offers no "
                        + rel
                        + " link; it needs to be Pact Broker 2.80 or later (or PactFlow)"));
  }

  private String notDeployed(
      HalClient client,
      JsonNode index,
      String pacticipant,
      String environment,
      Optional<String> instance,
      List<JsonNode> deployed) {
    if (pacticipantUnknown(client, index, pacticipant)) {
      return "The Pact Broker has no pacticipant named \"" + pacticipant + "\"; check the name";
    }
    if (deployed.isEmpty()) {
      return pacticipant
          + " is not currently deployed to "
          + environment
          + ": there is no deployment to end (record-deployment records one)";
    }
    List<String> instances =
        deployed.stream().map(d -> instanceOf(d).orElse("(none)")).distinct().toList();
    return pacticipant
        + " is not currently deployed to "
        + (instance
            .map(i -> "application instance \"" + i + "\" in ")
            .orElse("no application instance in "))
        + environment
        + "; it is deployed there as application instance(s): "
        + String.join(", ", instances)
        + " (set <applicationInstance> to one of them"
        + (instances.contains("(none)") ? ", or leave it out for (none))" : ")");
  }

  private static boolean pacticipantUnknown(HalClient client, JsonNode index, String pacticipant) {
    Optional<URI> link = client.link(index, "pb:pacticipant", Map.of("pacticipant", pacticipant));
    if (link.isEmpty()) {
      return false;
    }
    try {
      client.get(HalClient.Endpoint.read("pacticipant " + pacticipant, link.get()));
      return false;
    } catch (BrokerException e) {
      if (e.status() == 404) {
        return true;
      }
      throw e;
    }
  }

  private static Optional<String> instanceOf(JsonNode deployed) {
    JsonNode i = deployed.path("applicationInstance");
    if (!i.isTextual()) {
      i = deployed.path("target"); // its name before Pact Broker 2.87
    }
    return i.isTextual() && !i.asText().isEmpty() ? Optional.of(i.asText()) : Optional.empty();
  }

  private HalClient.Endpoint selfOf(JsonNode resource, String what) {
    JsonNode href = resource.path("_links").path("self").path("href");
    if (!href.isTextual()) {
      throw new BrokerException("The Pact Broker's " + what + " record has no self link to update");
    }
    return HalClient.Endpoint.write("the " + what + " record", config.url().resolve(href.asText()));
  }

  private static URI withQuery(URI uri, Map<String, String> query) {
    StringBuilder q = new StringBuilder();
    query.forEach(
        (k, v) ->
            q.append(q.length() == 0 ? "" : "&")
                .append(k)
                .append('=')
                .append(
                    java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20")));
    return URI.create(uri + (uri.getRawQuery() == null ? "?" : "&") + q);
  }
}
