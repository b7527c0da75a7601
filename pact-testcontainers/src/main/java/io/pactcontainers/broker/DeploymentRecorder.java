package io.pactcontainers.broker;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells the Broker that a pacticipant version is now deployed to (or released in) an environment,
 * which is what the {@code deployed}, {@code released} and {@code deployedOrReleased} selectors and
 * can-i-deploy to that environment then go by. Follows {@code pb:pacticipant-version}, then the
 * version's {@code pb:record-deployment} / {@code pb:record-release} link named after the
 * environment (pact_broker, lib/pact_broker/api/decorators/version_decorator.rb).
 */
public final class DeploymentRecorder {
  static final String VERSION = "pb:pacticipant-version";

  /**
   * A deployment replaces what ran before in the environment; a release is one more supported
   * version.
   */
  public enum Kind {
    /** A deployment: replaces the version deployed before (to the same application instance). */
    DEPLOYMENT("pb:record-deployment", "deployed to"),
    /** A release: one more version supported in the environment. */
    RELEASE("pb:record-release", "released in");

    final String rel;
    final String verb;

    Kind(String rel, String verb) {
      this.rel = rel;
      this.verb = verb;
    }
  }

  private final PactBroker config;

  /**
   * @param config the Broker to record with
   */
  public DeploymentRecorder(PactBroker config) {
    this.config = config;
  }

  /**
   * Records a deployment or release with the Broker.
   *
   * @param kind deployment or release
   * @param pacticipant the application
   * @param version its version
   * @param environment where it went
   * @param applicationInstance for deployments of several instances of one application to one
   *     environment (a customer, a region); empty for the usual single instance
   * @return the line to show the user
   */
  public String record(
      Kind kind,
      String pacticipant,
      String version,
      String environment,
      Optional<String> applicationInstance) {
    HalClient client = new HalClient(config);
    JsonNode index = client.index();
    URI versionUri =
        client
            .link(index, VERSION, Map.of("pacticipant", pacticipant, "version", version))
            .orElseThrow(
                () ->
                    new BrokerException(
                        "The Pact Broker at "
                            + config.url()
                            + " offers no "
                            + VERSION
                            + " link; it needs to be Pact Broker 2.80 or later (or PactFlow) to record deployments"));
    JsonNode versionResource =
        client.getExisting(
            HalClient.Endpoint.read("version " + version + " of " + pacticipant, versionUri),
            "The Pact Broker has no version "
                + version
                + " of "
                + pacticipant
                + " (HTTP 404); only a version that published pacts or verification results can be recorded as "
                + kind.verb
                + " an environment: check the pacticipant name and version");
    URI record =
        client
            .namedLink(versionResource, kind.rel, environment)
            .orElseThrow(
                () -> {
                  List<String> known = client.linkNames(versionResource, kind.rel);
                  return new BrokerException(
                      "The Pact Broker has no environment named \""
                          + environment
                          + "\""
                          + (known.isEmpty()
                              ? "; it has no environments at all: create one first (pact-broker create-environment --name "
                                  + environment
                                  + ")"
                              : "; it knows: " + String.join(", ", known)));
                });
    Map<String, Object> body = new LinkedHashMap<>();
    applicationInstance.ifPresent(i -> body.put("applicationInstance", i));
    client.post(
        HalClient.Endpoint.write(
            (kind == Kind.DEPLOYMENT ? "deployment" : "release")
                + " of "
                + pacticipant
                + " "
                + version
                + " to "
                + environment,
            record),
        body);
    return "Recorded "
        + pacticipant
        + " "
        + version
        + " as "
        + kind.verb
        + " "
        + environment
        + applicationInstance.map(i -> " (application instance " + i + ")").orElse("");
  }
}
