package io.pactcontainers.broker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One consumer version selector, as the Broker defines them
 * (docs.pact.io/pact_broker/advanced_topics/consumer_version_selectors). Each field is null when
 * not set; only set fields are sent.
 */
public record ConsumerVersionSelector(
    Boolean mainBranch, String branch, Boolean matchingBranch, String tag, Boolean latest, String fallbackTag,
    String fallbackBranch, String consumer, Boolean deployed, Boolean released, Boolean deployedOrReleased,
    String environment) {

  static final Set<String> FIELDS = Set.of("mainBranch", "branch", "matchingBranch", "tag", "latest", "fallbackTag",
      "fallbackBranch", "consumer", "deployed", "released", "deployedOrReleased", "environment");

  public static ConsumerVersionSelector onMainBranch() {
    return new ConsumerVersionSelector(true, null, null, null, null, null, null, null, null, null, null, null);
  }

  public static ConsumerVersionSelector anyDeployedOrReleased() {
    return new ConsumerVersionSelector(null, null, null, null, null, null, null, null, null, null, true, null);
  }

  /** The selector as the Broker's JSON expects it: only the fields that are set. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    put(m, "mainBranch", mainBranch);
    put(m, "branch", branch);
    put(m, "matchingBranch", matchingBranch);
    put(m, "tag", tag);
    put(m, "latest", latest);
    put(m, "fallbackTag", fallbackTag);
    put(m, "fallbackBranch", fallbackBranch);
    put(m, "consumer", consumer);
    put(m, "deployed", deployed);
    put(m, "released", released);
    put(m, "deployedOrReleased", deployedOrReleased);
    put(m, "environment", environment);
    return m;
  }

  private static void put(Map<String, Object> m, String k, Object v) {
    if (v != null) {
      m.put(k, v);
    }
  }

  /**
   * Parses a JSON array of selectors, as given on the command line:
   * {@code [{"mainBranch": true}, {"deployedOrReleased": true}]}.
   *
   * @throws IllegalArgumentException naming the selector and the field at fault
   */
  public static List<ConsumerVersionSelector> parseAll(String json) {
    JsonNode root;
    try {
      // Lenient about quotes, because shells and Maven eat them: [{mainBranch:true}] is accepted too.
      root = JsonMapper.builder().enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !(root.isArray() || root.isObject())) {
      throw new IllegalArgumentException("expected a JSON array of selectors such as [{\"mainBranch\": true}]");
    }
    List<ConsumerVersionSelector> out = new ArrayList<>();
    Iterable<JsonNode> items = root.isArray() ? root : List.of(root);
    int i = 0;
    for (JsonNode n : items) {
      out.add(fromJson(n, "$[" + i++ + "]"));
    }
    return out;
  }

  static ConsumerVersionSelector fromJson(JsonNode n, String where) {
    if (!n.isObject()) {
      throw new IllegalArgumentException(where + ": expected an object");
    }
    Iterator<String> names = n.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException(where + "." + name + ": unknown selector field; valid: " + String.join(", ", new java.util.TreeSet<>(FIELDS)));
      }
    }
    ConsumerVersionSelector s = new ConsumerVersionSelector(bool(n, "mainBranch", where), text(n, "branch", where),
        bool(n, "matchingBranch", where), text(n, "tag", where), bool(n, "latest", where), text(n, "fallbackTag", where),
        text(n, "fallbackBranch", where), text(n, "consumer", where), bool(n, "deployed", where), bool(n, "released", where),
        bool(n, "deployedOrReleased", where), text(n, "environment", where));
    if (s.toJson().isEmpty()) {
      throw new IllegalArgumentException(where + ": an empty selector selects nothing; set e.g. \"mainBranch\": true");
    }
    return s;
  }

  private static Boolean bool(JsonNode n, String f, String where) {
    JsonNode v = n.get(f);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isBoolean()) {
      throw new IllegalArgumentException(where + "." + f + ": expected true or false, found " + v);
    }
    return v.booleanValue();
  }

  private static String text(JsonNode n, String f, String where) {
    JsonNode v = n.get(f);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException(where + "." + f + ": expected a string, found " + v);
    }
    return v.textValue();
  }
}
