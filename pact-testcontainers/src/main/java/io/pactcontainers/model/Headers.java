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
 *
 * @param values header names to their values, in order
 */
public record Headers(Map<String, List<String>> values) {
  /**
   * Checks the components.
   *
   * @param values header names to their values, in order
   */
  public Headers {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    values = Collections.unmodifiableMap(copy);
  }

  /**
   * No headers.
   *
   * @return the empty headers
   */
  public static Headers none() {
    return new Headers(Map.of());
  }

  /**
   * The header's name in the case it was given in.
   *
   * @param name a header name in any case
   * @return the name as given, when the header is there
   */
  public Optional<String> nameAsGiven(String name) {
    for (String key : values.keySet()) {
      if (key.equalsIgnoreCase(name)) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  /**
   * Every value of the header, in order, or an empty list.
   *
   * @param name a header name in any case
   * @return the values
   */
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

  /**
   * The values of a header joined with ", ", as they would be folded on the wire.
   *
   * @param name a header name in any case
   * @return the folded value, when the header is there
   */
  public Optional<String> joined(String name) {
    List<String> all = all(name);
    return all.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", all));
  }

  /**
   * Whether there are no headers.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /**
   * A copy with this header set to the given values, replacing any of the same name.
   *
   * @param name the header name
   * @param newValues its values
   * @return the copy
   */
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
