package io.pactcontainers.broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stand-in's deployed and released versions, and the environment resources the Broker CLI's
 * record-undeployment and record-support-ended go through (pact_broker:
 * api/decorators/environment_decorator.rb, environments_decorator.rb,
 * deployed_version_decorator.rb; api/resources/deployed_version.rb, released_version.rb,
 * currently_deployed_versions_for_environment.rb, currently_supported_versions_for_environment.rb).
 * The rules kept: a deployment replaces the one currently deployed for the same pacticipant,
 * environment and application instance; PATCH takes {@code application/merge-patch+json} only
 * (415), and {@code currentlyDeployed: true} is refused (422).
 */
final class StandInEnvironments {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A deployment or release, current until undeployed or unsupported. */
  static final class Record {
    final String uuid = UUID.randomUUID().toString();
    final String pacticipant;
    final String version;
    final String environment;
    final String instance;
    final boolean released;
    volatile boolean current = true;

    Record(
        String pacticipant, String version, String environment, String instance, boolean released) {
      this.pacticipant = pacticipant;
      this.version = version;
      this.environment = environment;
      this.instance = instance;
      this.released = released;
    }
  }

  private final List<Record> records = java.util.Collections.synchronizedList(new ArrayList<>());
  private final java.util.function.Supplier<Map<String, String>> environments; // name -> uuid
  private final java.util.function.Supplier<String> url;

  StandInEnvironments(
      java.util.function.Supplier<Map<String, String>> environments,
      java.util.function.Supplier<String> url) {
    this.environments = environments;
    this.url = url;
  }

  /** Records a deployment (replacing the current one of the same instance) or a release. */
  Record record(
      String pacticipant, String version, String environment, String instance, boolean released) {
    synchronized (records) {
      if (!released) {
        records.stream()
            .filter(
                r ->
                    !r.released
                        && r.current
                        && r.pacticipant.equals(pacticipant)
                        && r.environment.equals(environment)
                        && java.util.Objects.equals(r.instance, instance))
            .forEach(r -> r.current = false);
      }
      Record r = new Record(pacticipant, version, environment, instance, released);
      records.add(r);
      return r;
    }
  }

  /** Whether the version is currently deployed to, or supported in, the environment. */
  boolean current(String pacticipant, String version, String environment) {
    synchronized (records) {
      return records.stream()
          .anyMatch(
              r ->
                  r.current
                      && r.pacticipant.equals(pacticipant)
                      && r.version.equals(version)
                      && r.environment.equals(environment));
    }
  }

  /** Whether this stand-in answers the request; then {@link #answer} does. */
  static boolean handles(String method, String path) {
    return path.startsWith("/environments")
        || method.equals("PATCH") && path.matches("/(deployed|released)-versions/[^/]+");
  }

  /** The status and body of the answer. */
  Map.Entry<Integer, JsonNode> answer(
      String method, String path, Map<String, String> query, String contentType, byte[] body)
      throws java.io.IOException {
    Matcher m;
    if (method.equals("GET") && path.equals("/environments")) {
      ObjectNode out = MAPPER.createObjectNode();
      ArrayNode links = out.putObject("_links").putArray("pb:environments");
      environments
          .get()
          .forEach(
              (name, uuid) ->
                  links
                      .addObject()
                      .put("title", "Environment")
                      .put("name", name)
                      .put("href", url.get() + "/environments/" + uuid));
      return Map.entry(200, out);
    }
    if (method.equals("GET") && (m = match("/environments/([^/]+)", path)) != null) {
      String name = nameOf(m.group(1));
      if (name == null) {
        return notFound();
      }
      ObjectNode env = MAPPER.createObjectNode().put("uuid", m.group(1)).put("name", name);
      ObjectNode links = env.putObject("_links");
      String base = url.get() + "/environments/" + m.group(1);
      links
          .putObject("pb:currently-deployed-deployed-versions")
          .put("href", base + "/deployed-versions/currently-deployed");
      links
          .putObject("pb:currently-supported-released-versions")
          .put("href", base + "/released-versions/currently-supported");
      return Map.entry(200, env);
    }
    if (method.equals("GET")
        && (m =
                match(
                    "/environments/([^/]+)/(deployed|released)-versions/currently-(deployed|supported)",
                    path))
            != null) {
      String name = nameOf(m.group(1));
      if (name == null) {
        return notFound();
      }
      boolean released = m.group(2).equals("released");
      ObjectNode out = MAPPER.createObjectNode();
      ArrayNode list =
          out.putObject("_embedded").putArray(released ? "releasedVersions" : "deployedVersions");
      synchronized (records) {
        for (Record r : records) {
          if (r.released == released
              && r.current
              && r.environment.equals(name)
              && (query.get("pacticipant") == null
                  || r.pacticipant.equals(query.get("pacticipant")))
              && (query.get("version") == null || r.version.equals(query.get("version")))) {
            list.add(resource(r));
          }
        }
      }
      return Map.entry(200, out);
    }
    if (method.equals("PATCH")
        && (m = match("/(deployed|released)-versions/([^/]+)", path)) != null) {
      Record r = byUuid(m.group(2));
      if (r == null || r.released != m.group(1).equals("released")) {
        return notFound();
      }
      if (contentType == null || !contentType.startsWith("application/merge-patch+json")) {
        return Map.entry(415, MAPPER.createObjectNode().put("error", "Unsupported media type"));
      }
      String flag = r.released ? "currentlySupported" : "currentlyDeployed";
      JsonNode patch = MAPPER.readTree(body);
      if (patch.path(flag).isBoolean() && patch.get(flag).booleanValue()) {
        ObjectNode e = MAPPER.createObjectNode();
        e.putObject("errors").putArray(flag).add("Cannot set " + flag + " to true");
        return Map.entry(422, e);
      }
      if (patch.path(flag).isBoolean()) {
        r.current = false;
      }
      return Map.entry(200, resource(r));
    }
    return notFound();
  }

  private ObjectNode resource(Record r) {
    ObjectNode d = MAPPER.createObjectNode().put("uuid", r.uuid);
    d.put(r.released ? "currentlySupported" : "currentlyDeployed", r.current);
    if (!r.released) {
      d.put("applicationInstance", r.instance);
      d.put("target", r.instance);
    }
    ObjectNode embedded = d.putObject("_embedded");
    embedded.putObject("pacticipant").put("name", r.pacticipant);
    embedded.putObject("version").put("number", r.version);
    d.putObject("_links")
        .putObject("self")
        .put(
            "href",
            url.get() + "/" + (r.released ? "released" : "deployed") + "-versions/" + r.uuid);
    return d;
  }

  private Record byUuid(String uuid) {
    synchronized (records) {
      return records.stream().filter(r -> r.uuid.equals(uuid)).findFirst().orElse(null);
    }
  }

  private String nameOf(String uuid) {
    return environments.get().entrySet().stream()
        .filter(e -> e.getValue().equals(uuid))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }

  private static Map.Entry<Integer, JsonNode> notFound() {
    return Map.entry(
        404,
        MAPPER
            .createObjectNode()
            .put("error", "The requested document was not found on this server."));
  }

  private static Matcher match(String regex, String path) {
    Matcher m = Pattern.compile(regex).matcher(path);
    return m.matches() ? m : null;
  }
}
