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
 * (415), and {@code currentlyDeployed: true} is refused (422). The environments themselves
 * (api/resources/environments.rb, environment.rb, contracts/environment_schema.rb): POST creates,
 * GET/PUT/DELETE by UUID; a name already used by another environment, a name with spaces, or no
 * {@code production} is refused with 400 and the Broker's {@code errors} object.
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
  private final Map<String, String> environments; // name -> uuid, the stand-in's own (synchronized)
  private final Map<String, ObjectNode> properties =
      java.util.Collections.synchronizedMap(new java.util.HashMap<>()); // uuid -> as set
  private final java.util.function.Supplier<String> url;

  StandInEnvironments(Map<String, String> environments, java.util.function.Supplier<String> url) {
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
      return Map.entry(200, list());
    }
    if (method.equals("POST") && path.equals("/environments")) {
      String uuid = UUID.randomUUID().toString();
      return save(uuid, body, () -> Map.entry(201, environment(uuid)));
    }
    if ((m = match("/environments/([^/]+)", path)) != null) {
      String uuid = m.group(1);
      if (nameOf(uuid) == null) {
        return notFound(); // PUT cannot create (put_can_create? false)
      }
      return switch (method) {
        case "GET" -> Map.entry(200, environment(uuid));
        case "PUT" -> save(uuid, body, () -> Map.entry(200, environment(uuid)));
        case "DELETE" -> {
          synchronized (environments) {
            environments.remove(nameOf(uuid));
          }
          properties.remove(uuid);
          yield Map.entry(204, MAPPER.createObjectNode());
        }
        default -> Map.entry(405, MAPPER.createObjectNode().put("error", "Method Not Allowed"));
      };
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

  private ObjectNode list() {
    ObjectNode out = MAPPER.createObjectNode();
    out.putObject("_links").putObject("self").put("href", url.get() + "/environments");
    ArrayNode links = ((ObjectNode) out.get("_links")).putArray("pb:environments");
    ArrayNode embedded = out.putObject("_embedded").putArray("environments");
    Map<String, String> all;
    synchronized (environments) {
      all = Map.copyOf(environments);
    }
    all.forEach(
        (name, uuid) -> {
          links
              .addObject()
              .put("title", "Environment")
              .put("name", name)
              .put("href", url.get() + "/environments/" + uuid);
          embedded.add(environment(uuid));
        });
    return out;
  }

  /** An environment as the Broker's EnvironmentDecorator writes it. */
  private ObjectNode environment(String uuid) {
    String name = nameOf(uuid);
    ObjectNode set = properties.get(uuid);
    ObjectNode env = MAPPER.createObjectNode().put("uuid", uuid).put("name", name);
    env.set("displayName", set == null ? MAPPER.nullNode() : set.path("displayName").deepCopy());
    env.put("production", set != null && set.path("production").asBoolean(false));
    if (set != null && set.has("contacts")) {
      env.set("contacts", set.get("contacts").deepCopy());
    }
    env.put("createdAt", "2024-05-01T10:00:00+00:00");
    ObjectNode links = env.putObject("_links");
    String base = url.get() + "/environments/" + uuid;
    links.putObject("self").put("title", "Environment").put("name", name).put("href", base);
    links
        .putObject("pb:currently-deployed-deployed-versions")
        .put("href", base + "/deployed-versions/currently-deployed");
    links
        .putObject("pb:currently-supported-released-versions")
        .put("href", base + "/released-versions/currently-supported");
    links.putObject("pb:environments").put("href", url.get() + "/environments");
    return env;
  }

  /**
   * Creates or replaces an environment after the Broker's schema (EnvironmentSchema): name filled,
   * without spaces, not another environment's; production true or false.
   */
  private Map.Entry<Integer, JsonNode> save(
      String uuid, byte[] body, java.util.function.Supplier<Map.Entry<Integer, JsonNode>> answer)
      throws java.io.IOException {
    JsonNode json = MAPPER.readTree(body);
    Map<String, List<String>> errors = new java.util.LinkedHashMap<>();
    String name = json == null ? null : json.path("name").asText(null);
    synchronized (environments) {
      if (name == null || name.isBlank()) {
        errors.put("name", List.of(name == null ? "is missing" : "must be filled"));
      } else if (name.contains(" ")) {
        errors.put("name", List.of("cannot contain spaces"));
      } else if (environments.containsKey(name) && !environments.get(name).equals(uuid)) {
        errors.put(
            "name", List.of("name '" + name + "' is already used by an existing environment."));
      }
      if (json == null || !json.path("production").isBoolean()) {
        errors.put(
            "production",
            List.of(
                json != null && json.has("production")
                    ? "must be one of: true, false"
                    : "is missing"));
      }
      if (!errors.isEmpty()) {
        ObjectNode e = MAPPER.createObjectNode();
        e.set("errors", MAPPER.valueToTree(errors));
        return Map.entry(400, e);
      }
      environments.values().remove(uuid);
      environments.put(name, uuid);
      properties.put(uuid, (ObjectNode) json);
    }
    return answer.get();
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
    Map<String, String> all;
    synchronized (environments) {
      all = Map.copyOf(environments);
    }
    return all.entrySet().stream()
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
