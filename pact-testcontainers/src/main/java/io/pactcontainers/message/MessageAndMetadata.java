package io.pactcontainers.message;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message's body with its metadata, as a {@link MessageProvider} method returns it when the
 * metadata matters (a topic, a key, a content type other than JSON). Built as pact-jvm's {@code
 * MessageAndMetadata} is ({@code new MessageAndMetadata(bytes, metadata)}), so that its users'
 * methods port by an import change.
 *
 * @param messageData the body: a {@code byte[]}, a {@code String}, a Jackson {@code JsonNode} or
 *     any other object, written as JSON
 * @param metadata the metadata; its {@code contentType} (or {@code content-type}) is the body's
 */
public record MessageAndMetadata(Object messageData, Map<String, Object> metadata) {
  /**
   * Checks the components; the metadata is kept in its order, read-only (its values may be null).
   *
   * @param messageData the body
   * @param metadata the metadata
   */
  public MessageAndMetadata {
    requireNonNull(messageData, "messageData");
    metadata =
        Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(metadata, "metadata")));
  }
}
