package io.pactcontainers.broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stand-in's pacticipant resources and its latest-version resources, with the Broker's rules
 * (pact_broker: api/resources/pacticipant.rb, pacticipants.rb, latest_version.rb, branch.rb;
 * contracts/pacticipant_schema.rb; decorators/pacticipant_decorator.rb, version_decorator.rb): POST
 * {@code /pacticipants} creates (a name is required), GET and PATCH {@code /pacticipants/{name}}
 * (PATCH sets the properties given and creates an unknown pacticipant, as the Broker does for
 * backwards compatibility), a main branch with spaces or a value of more than one line refused with
 * 400 and the Broker's {@code errors} object; a version resource embeds its tags and branches.
 */
final class StandInPacticipants {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern LATEST =
      Pattern.compile("/pacticipants/([^/]+)(?:/branches/([^/]+))?/latest-version(?:/([^/]+))?");

  private final BrokerStandIn broker;
  private final Map<String, ObjectNode> properties =
      java.util.Collections.synchronizedMap(new LinkedHashMap<>()); // name -> as set

  StandInPacticipants(BrokerStandIn broker) {
    this.broker = broker;
  }

  /** The names created or set through the API. */
  Set<String> names() {
    synchronized (properties) {
      return Set.copyOf(properties.keySet());
    }
  }

  static boolean handles(String method, String path) {
    return method.equals("POST") && path.equals("/pacticipants")
        || (method.equals("GET") || method.equals("PATCH")) && path.matches("/pacticipants/[^/]+")
        || method.equals("GET") && path.matches("/pacticipants/[^/]+/branches/[^/]+")
        || method.equals("GET") && LATEST.matcher(path).matches();
  }

  /** The status and body of the answer. */
  Map.Entry<Integer, JsonNode> answer(String method, String path, String contentType, byte[] body)
      throws java.io.IOException {
    Matcher latest = LATEST.matcher(path);
    if (latest.matches()) {
      return latest(dec(latest.group(1)), dec(latest.group(2)), dec(latest.group(3)));
    }
    if (path.matches("/pacticipants/[^/]+/branches/[^/]+")) {
      String[] parts = path.split("/");
      ObjectNode branch = MAPPER.createObjectNode().put("name", dec(parts[4]));
      ObjectNode links = branch.putObject("_links");
      links.putObject("self").put("href", broker.url() + path);
      links.putObject("pb:latest-version").put("href", broker.url() + path + "/latest-version");
      return Map.entry(200, branch);
    }
    if (method.equals("POST")) {
      JsonNode given = MAPPER.readTree(body);
      if (!given.path("name").isTextual() || given.path("name").asText().isBlank()) {
        return invalid(Map.of("name", List.of("is missing")));
      }
      return set(given.path("name").asText(), given, 201);
    }
    String name = dec(path.substring("/pacticipants/".length()));
    if (method.equals("PATCH")) {
      if (contentType == null
          || !(contentType.startsWith("application/merge-patch+json")
              || contentType.startsWith("application/json"))) {
        return Map.entry(415, MAPPER.createObjectNode());
      }
      return set(name, MAPPER.readTree(body), 200);
    }
    if (!known(name)) {
      return notFound();
    }
    return Map.entry(200, resource(name));
  }

  private Map.Entry<Integer, JsonNode> set(String name, JsonNode given, int status) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    given
        .properties()
        .forEach(
            p -> {
              String v = p.getValue().asText("");
              if (v.contains("\n")) {
                errors.put(p.getKey(), List.of("cannot contain multiple lines"));
              } else if (p.getKey().equals("mainBranch") && v.contains(" ")) {
                errors.put(p.getKey(), List.of("cannot contain spaces"));
              }
            });
    if (!errors.isEmpty()) {
      return invalid(errors);
    }
    synchronized (properties) {
      ObjectNode current = properties.computeIfAbsent(name, n -> MAPPER.createObjectNode());
      given.properties().forEach(p -> current.set(p.getKey(), p.getValue()));
      current.put("name", name);
    }
    return Map.entry(status, resource(name));
  }

  private boolean known(String name) {
    return properties.containsKey(name) || broker.pacticipants().contains(name);
  }

  private ObjectNode resource(String name) {
    ObjectNode r = MAPPER.createObjectNode().put("name", name);
    for (String key : List.of("displayName", "mainBranch", "repositoryUrl")) {
      r.putNull(key);
    }
    ObjectNode set = properties.get(name);
    if (set != null) {
      set.properties().forEach(p -> r.set(p.getKey(), p.getValue()));
    }
    r.putObject("_embedded").putArray("labels");
    ObjectNode links = r.putObject("_links");
    links.putObject("self").put("href", broker.url() + "/pacticipants/" + enc(name));
    links
        .putObject("pb:versions")
        .put("href", broker.url() + "/pacticipants/" + enc(name) + "/versions");
    return r;
  }

  /** The latest version of all, with a tag, or of a branch (the last one the stand-in heard of). */
  private Map.Entry<Integer, JsonNode> latest(String pacticipant, String branch, String tag) {
    List<String[]> candidates = new ArrayList<>();
    for (String[] v : broker.versionsOf(pacticipant)) {
      if ((branch == null || branch.equals(v[1]))
          && (tag == null || broker.tagsOf(pacticipant, v[0]).contains(tag))) {
        candidates.add(v);
      }
    }
    if (candidates.isEmpty()) {
      return notFound();
    }
    String[] last = candidates.get(candidates.size() - 1);
    ObjectNode v = MAPPER.createObjectNode().put("number", last[0]);
    embed(v, pacticipant, last[0], last[1]);
    v.putObject("_links")
        .putObject("self")
        .put(
            "href",
            broker.url() + "/pacticipants/" + enc(pacticipant) + "/versions/" + enc(last[0]));
    return Map.entry(200, v);
  }

  /** A version resource's embedded branches and tags, as the Broker's VersionDecorator. */
  void embed(ObjectNode version, String pacticipant, String number, String branch) {
    ObjectNode embedded = version.putObject("_embedded");
    ArrayNode branches = embedded.putArray("branchVersions");
    if (branch != null) {
      branches.addObject().put("name", branch).put("latest", true);
    }
    ArrayNode tags = embedded.putArray("tags");
    broker.tagsOf(pacticipant, number).forEach(t -> tags.addObject().put("name", t));
  }

  private static Map.Entry<Integer, JsonNode> invalid(Map<String, List<String>> errors) {
    ObjectNode e = MAPPER.createObjectNode();
    e.set("errors", MAPPER.valueToTree(errors));
    return Map.entry(400, e);
  }

  private static Map.Entry<Integer, JsonNode> notFound() {
    return Map.entry(
        404,
        MAPPER
            .createObjectNode()
            .put("error", "The requested document was not found on this server."));
  }

  private static String dec(String s) {
    return s == null ? null : URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
