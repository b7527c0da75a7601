package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contents of a message with its metadata, rules and generators.
 *
 * @param contents the message's contents
 * @param metadata JSON-like values keyed by name ("contentType", "topic"...)
 * @param matchingRules the rules for its contents and metadata
 * @param generators the generators for its contents and metadata
 */
public record Message(
    Body contents,
    Map<String, Object> metadata,
    MatchingRules matchingRules,
    Generators generators) {
  /**
   * Checks the components.
   *
   * @param contents the message's contents
   * @param metadata JSON-like values keyed by name ("contentType", "topic"...)
   * @param matchingRules the rules for its contents and metadata
   * @param generators the generators for its contents and metadata
   */
  public Message {
    requireNonNull(contents, "contents");
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    requireNonNull(matchingRules, "matchingRules");
    requireNonNull(generators, "generators");
  }
}
