package io.pactcontainers.broker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stand-in's copy of the real Broker's validation of a pacts-for-verification request, written
 * from pact_broker's lib/pact_broker/api/contracts/pacts_for_verification_json_query_schema.rb and
 * consumer_version_selector_contract.rb, with the messages of lib/pact_broker/locale/en.yml and the
 * error layout of dry_validation_errors_formatter.rb ({@code {"consumerVersionSelectors": ["... (at
 * index 0)"]}}). Kept apart from the library's own check on purpose: the tests compare the two.
 */
final class StandInSelectorRules {
  private static final List<String> BRANCH_KEYS =
      List.of(
          "latest",
          "tag",
          "fallbackTag",
          "branch",
          "fallbackBranch",
          "matchingBranch",
          "mainBranch");
  private static final List<String> ENVIRONMENT_KEYS =
      List.of("environment", "deployed", "released", "deployedOrReleased");
  private static final Set<String> ONLY_TRUE =
      Set.of("mainBranch", "matchingBranch", "deployed", "released", "deployedOrReleased");

  private StandInSelectorRules() {}

  /**
   * The errors the Broker would answer with 400, by key; empty when it would accept the request.
   */
  static Map<String, List<String>> errors(JsonNode request, Set<String> environments) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    JsonNode wip = request.get("includeWipPactsSince");
    if (wip != null && !wip.asText("").matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      add(errors, "includeWipPactsSince", "must be a date");
    }
    String branch = request.path("providerVersionBranch").asText(null);
    boolean pendingOrWip = request.path("includePendingStatus").asBoolean(false) || wip != null;
    if (branch != null
        && branch.isBlank()
        && pendingOrWip
        && request.path("providerVersionTags").isEmpty()) {
      add(
          errors,
          "providerVersionBranch",
          "when pending or WIP pacts are enabled and there are no tags provided, the provider version"
              + " branch must not be an empty string, as it is used in the calculations for WIP/pending. A value must be provided"
              + " (recommended), or it must not be set at all.");
    }
    int index = 0;
    for (JsonNode s : request.path("consumerVersionSelectors")) {
      for (String e : selectorErrors(s, branch, environments)) {
        add(errors, "consumerVersionSelectors", e + " (at index " + index + ")");
      }
      index++;
    }
    return errors;
  }

  private static List<String> selectorErrors(
      JsonNode s, String providerBranch, Set<String> environments) {
    List<String> out = new ArrayList<>();
    Map<String, JsonNode> v = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = s.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      v.put(e.getKey(), e.getValue());
    }
    for (String k : ONLY_TRUE) {
      if (v.containsKey(k) && !v.get(k).asBoolean(false)) {
        out.add(k + " must be one of: true");
      }
    }
    if (v.containsKey("consumer") && v.get("consumer").asText("").isBlank()) {
      out.add("consumer cannot be blank");
    }
    if (!out.isEmpty()) {
      return out; // dry-validation runs the rules only on a request that passed the schema
    }
    if (!v.containsKey("mainBranch")
        && !v.containsKey("tag")
        && !v.containsKey("branch")
        && !v.containsKey("environment")
        && !isTrue(v, "matchingBranch")
        && !isTrue(v, "deployed")
        && !isTrue(v, "released")
        && !isTrue(v, "deployedOrReleased")
        && !isTrue(v, "latest")) {
      out.add(
          "must specify a value for environment or tag or branch, or specify mainBranch=true, matchingBranch=true, latest=true,"
              + " deployed=true, released=true or deployedOrReleased=true");
    }
    if (isTrue(v, "mainBranch")
        && v.keySet().stream()
            .anyMatch(k -> !Set.of("consumer", "mainBranch", "latest").contains(k))) {
      out.add("cannot specify mainBranch=true with any other criteria apart from consumer");
    }
    if (isTrue(v, "mainBranch") && isFalse(v, "latest")) {
      out.add("cannot specify mainBranch=true with latest=false");
    }
    if (isTrue(v, "matchingBranch")
        && v.keySet().stream().anyMatch(k -> !Set.of("consumer", "matchingBranch").contains(k))) {
      out.add("cannot specify matchingBranch=true with any other criteria apart from consumer");
    }
    if (isTrue(v, "matchingBranch") && (providerBranch == null || providerBranch.isBlank())) {
      out.add(
          "the providerVersionBranch must be specified when the selector matchingBranch=true is used");
    }
    if (v.containsKey("tag") && v.containsKey("branch")) {
      out.add("cannot specify both a tag and a branch");
    }
    List<String> branchKeys = v.keySet().stream().filter(BRANCH_KEYS::contains).sorted().toList();
    List<String> environmentKeys =
        v.keySet().stream().filter(ENVIRONMENT_KEYS::contains).sorted().toList();
    if (!branchKeys.isEmpty() && !environmentKeys.isEmpty()) {
      out.add(
          "cannot specify the "
              + (branchKeys.size() == 1 ? "field " : "fields ")
              + String.join("/", branchKeys)
              + " with the "
              + (environmentKeys.size() == 1 ? "field " : "fields ")
              + String.join("/", environmentKeys));
    }
    if (v.containsKey("fallbackTag") && !isTrue(v, "latest")) {
      out.add("fallbackTag can only be set if latest is true");
    }
    if (v.containsKey("fallbackTag") && !v.containsKey("tag")) {
      out.add("a tag must be specified when a fallbackTag is specified");
    }
    if (v.containsKey("fallbackBranch") && !v.containsKey("branch")) {
      out.add("a branch must be specified when a fallbackBranch is specified");
    }
    if (v.containsKey("fallbackBranch") && isFalse(v, "latest")) {
      out.add("fallbackBranch can only be set if latest is true");
    }
    if (v.containsKey("branch") && isFalse(v, "latest")) {
      out.add("cannot specify a branch with latest=false");
    }
    if (v.containsKey("environment") && !environments.contains(v.get("environment").asText())) {
      out.add("environment with name '" + v.get("environment").asText() + "' does not exist");
    }
    if (isTrue(v, "deployed") && isTrue(v, "released")) {
      out.add("cannot specify both deployed=true and released=true");
    }
    if (isTrue(v, "deployed") && isTrue(v, "deployedOrReleased")) {
      out.add("cannot specify both deployed=true and deployedOrReleased=true");
    }
    if (isTrue(v, "released") && isTrue(v, "deployedOrReleased")) {
      out.add("cannot specify both released=true and deployedOrReleased=true");
    }
    return out;
  }

  private static boolean isTrue(Map<String, JsonNode> v, String k) {
    return v.containsKey(k) && v.get(k).isBoolean() && v.get(k).booleanValue();
  }

  private static boolean isFalse(Map<String, JsonNode> v, String k) {
    return v.containsKey(k) && v.get(k).isBoolean() && !v.get(k).booleanValue();
  }

  private static void add(Map<String, List<String>> errors, String key, String message) {
    errors.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
  }
}
