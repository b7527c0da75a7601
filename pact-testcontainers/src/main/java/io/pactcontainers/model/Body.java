package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A body: absent, present but empty, or present with content.
 *
 * <p>The distinction matters: a pact that leaves the body out accepts any body, one that says the
 * body is empty (JSON {@code null} or {@code ""}) accepts only an empty one.
 *
 * @param state whether the body is missing, empty or present
 * @param content the bytes as sent on the wire (empty unless present)
 * @param contentType the declared content type, or null when nothing declared one
 * @param json the JSON tree the content was written from, when it came from a pact file (null
 *     otherwise): matching uses it instead of parsing the content again
 */
public record Body(State state, byte[] content, String contentType, JsonNode json) {

  public enum State {
    MISSING,
    EMPTY,
    PRESENT
  }

  public Body {
    requireNonNull(state, "state");
    content = content == null ? new byte[0] : content;
  }

  public Body(State state, byte[] content, String contentType) {
    this(state, content, contentType, null);
  }

  public static Body missing() {
    return new Body(State.MISSING, new byte[0], null);
  }

  public static Body empty(String contentType) {
    return new Body(State.EMPTY, new byte[0], contentType);
  }

  public static Body of(byte[] content, String contentType) {
    return content.length == 0 ? empty(contentType) : new Body(State.PRESENT, content, contentType);
  }

  /** JSON content together with the tree it was written from. */
  static Body ofJson(byte[] content, String contentType, JsonNode json) {
    return content.length == 0
        ? empty(contentType)
        : new Body(State.PRESENT, content, contentType, json);
  }

  public static Body of(String content, String contentType) {
    return of(content.getBytes(StandardCharsets.UTF_8), contentType);
  }

  public boolean isPresent() {
    return state == State.PRESENT;
  }

  public Optional<String> declaredContentType() {
    return Optional.ofNullable(contentType);
  }

  public String asString() {
    return new String(content, StandardCharsets.UTF_8);
  }

  public Body withContentType(String type) {
    return new Body(state, content, type, json);
  }

  /** The JSON tree of a body read from a pact file, so it need not be parsed again. */
  public Optional<JsonNode> parsedJson() {
    return Optional.ofNullable(json);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Body b
        && b.state == state
        && Arrays.equals(b.content, content)
        && java.util.Objects.equals(b.contentType, contentType);
  }

  @Override
  public int hashCode() {
    return state.hashCode() * 31 + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "Body[" + state + ", " + content.length + " bytes, " + contentType + "]";
  }
}
