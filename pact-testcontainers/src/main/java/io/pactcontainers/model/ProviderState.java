package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A provider state the interaction needs ("steaks are available"), with its V3 parameters.
 *
 * @param name the state's name
 * @param params JSON-like values: String, Number, Boolean, null, List and Map of those
 */
public record ProviderState(String name, Map<String, Object> params) {
  /**
   * Checks the components.
   *
   * @param name the state's name
   * @param params JSON-like values: String, Number, Boolean, null, List and Map of those
   */
  public ProviderState {
    requireNonNull(name, "name");
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /**
   * A state without parameters.
   *
   * @param name the state's name
   * @return the state
   */
  public static ProviderState of(String name) {
    return new ProviderState(name, Map.of());
  }
}
