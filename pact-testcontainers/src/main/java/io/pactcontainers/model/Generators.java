package io.pactcontainers.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generators by category ({@code body}, {@code header}, {@code query}, {@code path}, {@code
 * status}, {@code metadata}) and path expression or name. For {@code path} and {@code status}, the
 * single generator is stored under the key {@code ""}.
 */
public record Generators(Map<String, Map<String, Generator>> categories) {
  public Generators {
    Map<String, Map<String, Generator>> copy = new LinkedHashMap<>();
    categories.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    categories = Collections.unmodifiableMap(copy);
  }

  public static Generators none() {
    return new Generators(Map.of());
  }

  public Map<String, Generator> category(String name) {
    return categories.getOrDefault(name, Map.of());
  }

  public boolean isEmpty() {
    return categories.values().stream().allMatch(Map::isEmpty);
  }
}
