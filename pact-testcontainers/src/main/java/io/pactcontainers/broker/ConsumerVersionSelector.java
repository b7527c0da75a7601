package io.pactcontainers.broker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
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
    Boolean mainBranch,
    String branch,
    Boolean matchingBranch,
    String tag,
    Boolean latest,
    String fallbackTag,
    String fallbackBranch,
    String consumer,
    Boolean deployed,
    Boolean released,
    Boolean deployedOrReleased,
    String environment) {

  static final Set<String> FIELDS =
      Set.of(
          "mainBranch",
          "branch",
          "matchingBranch",
          "tag",
          "latest",
          "fallbackTag",
          "fallbackBranch",
          "consumer",
          "deployed",
          "released",
          "deployedOrReleased",
          "environment");

  /**
   * The latest pact of each consumer's main branch.
   *
   * @return {@code {"mainBranch": true}}
   */
  public static ConsumerVersionSelector onMainBranch() {
    return new ConsumerVersionSelector(
        true, null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * The pacts of every consumer version deployed or released anywhere.
   *
   * @return {@code {"deployedOrReleased": true}}
   */
  public static ConsumerVersionSelector anyDeployedOrReleased() {
    return new ConsumerVersionSelector(
        null, null, null, null, null, null, null, null, null, null, true, null);
  }

  /**
   * The selector as the Broker's JSON expects it: only the fields that are set.
   *
   * @return field names to values, in the Broker's order
   */
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
   * What a real Pact Broker would reject in this selector, each as one sentence naming the fields
   * ({@code "mainBranch=true cannot be combined with tag"}); empty when it would be accepted. The
   * rules are the Broker's own (pact_broker,
   * lib/pact_broker/api/contracts/consumer_version_selector_contract.rb), checked here so that a
   * mistake is reported before any container starts, naming the selector.
   *
   * @param providerBranchGiven whether the run has a provider branch ({@code matchingBranch} needs
   *     one)
   * @return one sentence per rule broken; empty when the Broker would accept it
   */
  public List<String> problems(boolean providerBranchGiven) {
    List<String> problems = new ArrayList<>();
    // The Broker's schema accepts only true for these flags ("must be one of: true").
    onlyTrue(problems, "mainBranch", mainBranch);
    onlyTrue(problems, "matchingBranch", matchingBranch);
    onlyTrue(problems, "deployed", deployed);
    onlyTrue(problems, "released", released);
    onlyTrue(problems, "deployedOrReleased", deployedOrReleased);
    Map<String, Object> set = toJson();
    set.forEach(
        (k, v) -> {
          if (v instanceof String str && str.isBlank()) {
            problems.add(k + " cannot be blank");
          }
        });
    if (mainBranch == null
        && tag == null
        && branch == null
        && environment == null
        && !isTrue(matchingBranch)
        && !isTrue(deployed)
        && !isTrue(released)
        && !isTrue(deployedOrReleased)
        && !isTrue(latest)) {
      problems.add(
          "it selects no version: give a branch, a tag or an environment, or set mainBranch, matchingBranch, latest,"
              + " deployed, released or deployedOrReleased to true"
              + (consumer != null ? " (consumer alone is not enough)" : ""));
    }
    if (isTrue(mainBranch)) {
      List<String> others = others(set, "consumer", "mainBranch", "latest");
      if (!others.isEmpty()) {
        problems.add(
            "mainBranch=true cannot be combined with "
                + String.join(", ", others)
                + " (only with consumer)");
      }
      if (Boolean.FALSE.equals(latest)) {
        problems.add("mainBranch=true cannot be combined with latest=false");
      }
    }
    if (isTrue(matchingBranch)) {
      List<String> others = others(set, "consumer", "matchingBranch");
      if (!others.isEmpty()) {
        problems.add(
            "matchingBranch=true cannot be combined with "
                + String.join(", ", others)
                + " (only with consumer)");
      }
      if (!providerBranchGiven) {
        problems.add("matchingBranch=true needs the provider's branch, and none is set");
      }
    }
    if (tag != null && branch != null) {
      problems.add("tag and branch cannot both be set");
    }
    List<String> branchKeys =
        present(
            set,
            "latest",
            "tag",
            "fallbackTag",
            "branch",
            "fallbackBranch",
            "matchingBranch",
            "mainBranch");
    List<String> environmentKeys =
        present(set, "environment", "deployed", "released", "deployedOrReleased");
    if (!branchKeys.isEmpty() && !environmentKeys.isEmpty()) {
      problems.add(
          String.join("/", branchKeys)
              + " cannot be combined with "
              + String.join("/", environmentKeys));
    }
    if (fallbackTag != null && !isTrue(latest)) {
      problems.add("fallbackTag needs latest=true");
    }
    if (fallbackTag != null && tag == null) {
      problems.add("fallbackTag needs a tag");
    }
    if (fallbackBranch != null && branch == null) {
      problems.add("fallbackBranch needs a branch");
    }
    if (fallbackBranch != null && Boolean.FALSE.equals(latest)) {
      problems.add("fallbackBranch cannot be combined with latest=false");
    }
    if (branch != null && Boolean.FALSE.equals(latest)) {
      problems.add("branch cannot be combined with latest=false");
    }
    if (isTrue(deployed) && isTrue(released)) {
      problems.add(
          "deployed=true and released=true cannot both be set (use deployedOrReleased=true)");
    }
    if (isTrue(deployed) && isTrue(deployedOrReleased)) {
      problems.add("deployed=true and deployedOrReleased=true cannot both be set");
    }
    if (isTrue(released) && isTrue(deployedOrReleased)) {
      problems.add("released=true and deployedOrReleased=true cannot both be set");
    }
    return problems;
  }

  private static boolean isTrue(Boolean b) {
    return Boolean.TRUE.equals(b);
  }

  private static void onlyTrue(List<String> problems, String field, Boolean value) {
    if (Boolean.FALSE.equals(value)) {
      problems.add(field + "=false is not accepted by the Broker (only true); remove " + field);
    }
  }

  private static List<String> others(Map<String, Object> set, String... allowed) {
    Set<String> ok = Set.of(allowed);
    return set.keySet().stream().filter(k -> !ok.contains(k)).sorted().toList();
  }

  private static List<String> present(Map<String, Object> set, String... keys) {
    return java.util.Arrays.stream(keys).filter(set::containsKey).sorted().toList();
  }

  /**
   * Parses a JSON array of selectors, as given on the command line: {@code [{"mainBranch": true},
   * {"deployedOrReleased": true}]}.
   *
   * @param json the array
   * @return the selectors, in order
   * @throws IllegalArgumentException naming the selector and the field at fault
   */
  public static List<ConsumerVersionSelector> parseAll(String json) {
    JsonNode root;
    try {
      // Lenient about quotes, because shells and Maven eat them: [{mainBranch:true}] is accepted
      // too.
      root =
          JsonMapper.builder()
              .enable(
                  JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_SINGLE_QUOTES)
              .build()
              .readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !(root.isArray() || root.isObject())) {
      throw new IllegalArgumentException(
          "expected a JSON array of selectors such as [{\"mainBranch\": true}]");
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
        throw new IllegalArgumentException(
            where
                + "."
                + name
                + ": unknown selector field; valid: "
                + String.join(", ", new java.util.TreeSet<>(FIELDS)));
      }
    }
    ConsumerVersionSelector s =
        new ConsumerVersionSelector(
            bool(n, "mainBranch", where),
            text(n, "branch", where),
            bool(n, "matchingBranch", where),
            text(n, "tag", where),
            bool(n, "latest", where),
            text(n, "fallbackTag", where),
            text(n, "fallbackBranch", where),
            text(n, "consumer", where),
            bool(n, "deployed", where),
            bool(n, "released", where),
            bool(n, "deployedOrReleased", where),
            text(n, "environment", where));
    if (s.toJson().isEmpty()) {
      throw new IllegalArgumentException(
          where + ": an empty selector selects nothing; set e.g. \"mainBranch\": true");
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
