package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contents of a message with its metadata, rules and generators.
 *
 * @param metadata JSON-like values keyed by name ("contentType", "topic"...)
 */
public record Message(
    Body contents,
    Map<String, Object> metadata,
    MatchingRules matchingRules,
    Generators generators) {
  public Message {
    requireNonNull(contents, "contents");
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    requireNonNull(matchingRules, "matchingRules");
    requireNonNull(generators, "generators");
  }
}
