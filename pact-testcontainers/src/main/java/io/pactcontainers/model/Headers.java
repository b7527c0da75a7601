package io.pactcontainers.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP headers. Names keep the case they were given in but are looked up case-insensitively (RFC
 * 9110 section 5.1).
 */
public record Headers(Map<String, List<String>> values) {
  public Headers {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    values = Collections.unmodifiableMap(copy);
  }

  public static Headers none() {
    return new Headers(Map.of());
  }

  public Optional<String> nameAsGiven(String name) {
    for (String key : values.keySet()) {
      if (key.equalsIgnoreCase(name)) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  /** Every value of the header, in order, or an empty list. */
  public List<String> all(String name) {
    List<String> found = new ArrayList<>();
    values.forEach(
        (k, v) -> {
          if (k.equalsIgnoreCase(name)) {
            found.addAll(v);
          }
        });
    return found;
  }

  /** The values of a header joined with ", ", as they would be folded on the wire. */
  public Optional<String> joined(String name) {
    List<String> all = all(name);
    return all.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", all));
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** A copy with this header set to the given values, replacing any of the same name. */
  public Headers with(String name, List<String> newValues) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach(
        (k, v) -> {
          if (!k.equalsIgnoreCase(name)) {
            copy.put(k, v);
          }
        });
    copy.put(name, newValues);
    return new Headers(copy);
  }
}
