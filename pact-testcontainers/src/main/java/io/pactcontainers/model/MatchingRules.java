package io.pactcontainers.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Matching rules by category ({@code body}, {@code header}, {@code query}, {@code path}, {@code
 * status}, {@code metadata}) and, within a category, by path expression or name. V2 rules ({@code
 * $.body.x}) are stored in this V3 form when read.
 */
public record MatchingRules(Map<String, Map<String, RuleGroup>> categories) {
  public static final String BODY = "body";
  public static final String HEADER = "header";
  public static final String QUERY = "query";
  public static final String PATH = "path";
  public static final String STATUS = "status";
  public static final String METADATA = "metadata";

  public MatchingRules {
    Map<String, Map<String, RuleGroup>> copy = new LinkedHashMap<>();
    categories.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    categories = Collections.unmodifiableMap(copy);
  }

  public static MatchingRules none() {
    return new MatchingRules(Map.of());
  }

  public Map<String, RuleGroup> category(String name) {
    return categories.getOrDefault(name, Map.of());
  }

  /**
   * The rules of a category with a single, path-less entry (V3 {@code path}, V4 {@code status}).
   */
  public Optional<RuleGroup> single(String name) {
    Map<String, RuleGroup> c = category(name);
    return c.isEmpty() ? Optional.empty() : Optional.of(c.values().iterator().next());
  }

  public boolean isEmpty() {
    return categories.values().stream().allMatch(Map::isEmpty);
  }
}
