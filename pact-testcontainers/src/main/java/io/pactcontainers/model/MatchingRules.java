package io.pactcontainers.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Matching rules by category ({@code body}, {@code header}, {@code query}, {@code path}, {@code
 * status}, {@code metadata}) and, within a category, by path expression or name. V2 rules ({@code
 * $.body.x}) are stored in this V3 form when read.
 *
 * @param categories category to path expression or name to rules
 */
public record MatchingRules(Map<String, Map<String, RuleGroup>> categories) {
  /** The category of body rules, by JSON path. */
  public static final String BODY = "body";

  /** The category of header rules, by header name. */
  public static final String HEADER = "header";

  /** The category of query rules, by parameter name. */
  public static final String QUERY = "query";

  /** The category of the path's rule. */
  public static final String PATH = "path";

  /** The category of the status's rule (V4). */
  public static final String STATUS = "status";

  /** The category of message metadata rules, by key. */
  public static final String METADATA = "metadata";

  /**
   * Checks the components.
   *
   * @param categories category to path expression or name to rules
   */
  public MatchingRules {
    Map<String, Map<String, RuleGroup>> copy = new LinkedHashMap<>();
    categories.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    categories = Collections.unmodifiableMap(copy);
  }

  /**
   * No rules.
   *
   * @return the empty rules
   */
  public static MatchingRules none() {
    return new MatchingRules(Map.of());
  }

  /**
   * The rules of one category.
   *
   * @param name one of the category constants
   * @return path expression or name to rules; empty when none
   */
  public Map<String, RuleGroup> category(String name) {
    return categories.getOrDefault(name, Map.of());
  }

  /**
   * The rules of a category with a single, path-less entry (V3 {@code path}, V4 {@code status}).
   *
   * @param name {@link #PATH} or {@link #STATUS}
   * @return the rules, when there are any
   */
  public Optional<RuleGroup> single(String name) {
    Map<String, RuleGroup> c = category(name);
    return c.isEmpty() ? Optional.empty() : Optional.of(c.values().iterator().next());
  }

  /**
   * Whether there is no rule at all.
   *
   * @return true when every category is empty
   */
  public boolean isEmpty() {
    return categories.values().stream().allMatch(Map::isEmpty);
  }
}
