package io.pactcontainers.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generators by category ({@code body}, {@code header}, {@code query}, {@code path}, {@code
 * status}, {@code metadata}) and path expression or name. For {@code path} and {@code status}, the
 * single generator is stored under the key {@code ""}.
 *
 * @param categories category to path expression or name to generator
 */
public record Generators(Map<String, Map<String, Generator>> categories) {
  /**
   * Checks the components.
   *
   * @param categories category to path expression or name to generator
   */
  public Generators {
    Map<String, Map<String, Generator>> copy = new LinkedHashMap<>();
    categories.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    categories = Collections.unmodifiableMap(copy);
  }

  /**
   * No generators.
   *
   * @return the empty set
   */
  public static Generators none() {
    return new Generators(Map.of());
  }

  /**
   * The generators of one category.
   *
   * @param name "body", "header", "query", "path", "status" or "metadata"
   * @return path expression or name to generator; empty when none
   */
  public Map<String, Generator> category(String name) {
    return categories.getOrDefault(name, Map.of());
  }

  /**
   * Whether there is no generator at all.
   *
   * @return true when every category is empty
   */
  public boolean isEmpty() {
    return categories.values().stream().allMatch(Map::isEmpty);
  }
}
