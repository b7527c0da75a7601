package io.pactcontainers.broker;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates a pacticipant version with its branch and tags before anything is published for it, as
 * the Broker CLI's {@code create-or-update-version} and {@code create-version-tag} do
 * (pact_broker-client, versions/create.rb and create_tag.rb): {@code PUT} on the index's {@code
 * pb:pacticipant-branch-version}, {@code pb:pacticipant-version-tag} and {@code
 * pb:pacticipant-version}.
 */
public final class VersionRecorder {
  private final PactBroker config;

  /**
   * @param config the Broker to record with
   */
  public VersionRecorder(PactBroker config) {
    this.config = config;
  }

  /**
   * Creates the version, or updates it, with a branch and tags.
   *
   * @param pacticipant the application
   * @param version its version
   * @param branch the branch the version belongs to, if any
   * @param tags tags to add, if any
   * @return the line to show the user
   */
  public String createOrUpdateVersion(
      String pacticipant, String version, Optional<String> branch, List<String> tags) {
    HalClient client = new HalClient(config);
    var index = client.index();
    if (branch.isPresent()) {
      URI branchVersion =
          link(
              client,
              index,
              "pb:pacticipant-branch-version",
              "branches",
              Map.of("pacticipant", pacticipant, "version", version, "branch", branch.get()));
      client.put(
          HalClient.Endpoint.write(
              "branch " + branch.get() + " of " + pacticipant + " " + version, branchVersion),
          Map.of());
    }
    tag(client, index, pacticipant, version, tags);
    if (branch.isEmpty() && tags.isEmpty()) {
      URI v =
          link(
              client,
              index,
              "pb:pacticipant-version",
              "versions",
              Map.of("pacticipant", pacticipant, "version", version));
      client.put(
          HalClient.Endpoint.write("version " + version + " of " + pacticipant, v), Map.of());
    }
    return "Created/updated "
        + pacticipant
        + " version "
        + version
        + branch.map(b -> " with branch " + b).orElse("")
        + (tags.isEmpty()
            ? ""
            : (branch.isPresent() ? " and" : " with") + " tag(s) " + String.join(", ", tags));
  }

  /**
   * Tags a version; unless {@code autoCreateVersion}, only one the Broker already has.
   *
   * @param pacticipant the application
   * @param version its version
   * @param tags the tags
   * @param autoCreateVersion whether a version the Broker lacks is created by the tagging
   * @return the line to show the user
   * @throws BrokerException when the version does not exist and may not be created
   */
  public String createVersionTag(
      String pacticipant, String version, List<String> tags, boolean autoCreateVersion) {
    HalClient client = new HalClient(config);
    var index = client.index();
    if (!autoCreateVersion) {
      URI v =
          link(
              client,
              index,
              "pb:pacticipant-version",
              "versions",
              Map.of("pacticipant", pacticipant, "version", version));
      client.getExisting(
          HalClient.Endpoint.read("version " + version + " of " + pacticipant, v),
          "The Pact Broker has no version "
              + version
              + " of "
              + pacticipant
              + " to tag (HTTP 404); check the name and version, or set autoCreateVersion"
              + " to create it");
    }
    tag(client, index, pacticipant, version, tags);
    return "Tagged " + pacticipant + " version " + version + " as " + String.join(", ", tags);
  }

  private void tag(
      HalClient client,
      com.fasterxml.jackson.databind.JsonNode index,
      String pacticipant,
      String version,
      List<String> tags) {
    for (String tag : tags) {
      URI t =
          link(
              client,
              index,
              "pb:pacticipant-version-tag",
              "tags",
              Map.of("pacticipant", pacticipant, "version", version, "tag", tag));
      client.put(
          HalClient.Endpoint.write("tag " + tag + " of " + pacticipant + " " + version, t),
          Map.of());
    }
  }

  private URI link(
      HalClient client,
      com.fasterxml.jackson.databind.JsonNode index,
      String rel,
      String what,
      Map<String, String> params) {
    return client
        .link(index, rel, params)
        .orElseThrow(
            () ->
                new BrokerException(
                    "The Pact Broker at "
                        + config.url()
                        + " offers no "
                        + rel
                        + " link: it does not support "
                        + what
                        + (what.equals("branches") ? " (Pact Broker 2.82 or later does)" : "")));
  }
}
