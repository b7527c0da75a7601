package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.pactcontainers.json.JsonMappers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A body: absent, present but empty, or present with content.
 *
 * <p>The distinction matters: a pact that leaves the body out accepts any body, one that says the
 * body is empty (JSON {@code null} or {@code ""}) accepts only an empty one.
 *
 * <p>A body read from a pact's JSON value keeps that value: it is matched as it is, and written out
 * only when something sends or shows it. A big pact's response bodies are matched and never sent;
 * writing each while reading the pact, to read it back for every match, was a fifth of the read.
 */
public final class Body {
  private final State state;
  private final String contentType;
  private final boolean writtenFromJson;

  /** The pact's JSON value, or null; never changed (see {@link #readJson}). */
  private final JsonNode json;

  /** The bytes; for a JSON value written on first use (two threads may both write: same bytes). */
  private volatile byte[] content;

  /** Whether a body is there at all. */
  public enum State {
    /** The pact says nothing of the body: any body is accepted. */
    MISSING,
    /** The body is there and empty. */
    EMPTY,
    /** The body has content. */
    PRESENT
  }

  /**
   * A body.
   *
   * @param state whether the body is missing, empty or present
   * @param content the bytes as sent on the wire (empty unless present)
   * @param contentType the declared content type, or null when nothing declared one
   * @param writtenFromJson whether the content is a pact's JSON value written out (a JSON body of a
   *     pact file): a message request then carries it as that JSON value, not as a string
   */
  public Body(State state, byte[] content, String contentType, boolean writtenFromJson) {
    this.state = requireNonNull(state, "state");
    this.content = content == null ? new byte[0] : content;
    this.contentType = contentType;
    this.writtenFromJson = writtenFromJson;
    this.json = null;
  }

  private Body(JsonNode json, String contentType) {
    this.state = State.PRESENT;
    this.json = json;
    this.contentType = contentType;
    this.writtenFromJson = true;
  }

  /**
   * A body that was not written from a pact's JSON value.
   *
   * @param state whether the body is missing, empty or present
   * @param content the bytes as sent on the wire
   * @param contentType the declared content type, or null
   */
  public Body(State state, byte[] content, String contentType) {
    this(state, content, contentType, false);
  }

  /**
   * A body the pact says nothing of.
   *
   * @return the missing body
   */
  public static Body missing() {
    return new Body(State.MISSING, new byte[0], null);
  }

  /**
   * An empty body.
   *
   * @param contentType the declared content type, or null
   * @return the body
   */
  public static Body empty(String contentType) {
    return new Body(State.EMPTY, new byte[0], contentType);
  }

  /**
   * A body of these bytes (empty when there are none).
   *
   * @param content the bytes
   * @param contentType the declared content type, or null
   * @return the body
   */
  public static Body of(byte[] content, String contentType) {
    return content.length == 0 ? empty(contentType) : new Body(State.PRESENT, content, contentType);
  }

  /**
   * A pact's JSON value (not a string: a string is text), kept as read and written out when first
   * needed.
   */
  static Body ofJson(JsonNode value, String contentType) {
    return new Body(value, contentType);
  }

  /**
   * A body of this text, in UTF-8.
   *
   * @param content the text
   * @param contentType the declared content type, or null
   * @return the body
   */
  public static Body of(String content, String contentType) {
    return of(content.getBytes(StandardCharsets.UTF_8), contentType);
  }

  /**
   * Whether the body is there, empty or has content.
   *
   * @return the state
   */
  public State state() {
    return state;
  }

  /**
   * The bytes as sent on the wire (empty unless present).
   *
   * @return the bytes; a body read from a pact's JSON value is written out on the first call
   */
  public byte[] content() {
    byte[] c = content;
    if (c == null) {
      c = JsonMappers.utf8Tree(json);
      content = c;
    }
    return c;
  }

  /**
   * The declared content type.
   *
   * @return it, or null when nothing declared one
   */
  public String contentType() {
    return contentType;
  }

  /**
   * Whether the content is a pact's JSON value written out (a JSON body of a pact file): a message
   * request then carries it as that JSON value, not as a string.
   *
   * @return whether it is
   */
  public boolean writtenFromJson() {
    return writtenFromJson;
  }

  /**
   * The body as JSON: for a body read from a pact's JSON value, that value, matched without writing
   * it out and reading it back (shared, not copied: whoever takes it never changes it); for any
   * other body, its bytes read by {@code reader}. Typed by the caller, so that the API names no
   * JSON library.
   *
   * @param <T> the type of a JSON value
   * @param type the type of a JSON value (Jackson's {@code JsonNode} in the library)
   * @param reader reads the bytes of a body that is not a pact's JSON value
   * @return the value
   * @throws IOException when {@code reader} fails
   */
  public <T> T readJson(Class<T> type, BytesReader<T> reader) throws IOException {
    return type.isInstance(json) ? type.cast(json) : reader.read(content());
  }

  /**
   * Reads a body's bytes as JSON.
   *
   * @param <T> the type of a JSON value
   */
  @FunctionalInterface
  public interface BytesReader<T> {
    /**
     * Reads the bytes.
     *
     * @param bytes the body's bytes
     * @return the value
     * @throws IOException when the bytes are not JSON the reader reads
     */
    T read(byte[] bytes) throws IOException;
  }

  /**
   * Whether the body has content.
   *
   * @return true when {@link State#PRESENT}
   */
  public boolean isPresent() {
    return state == State.PRESENT;
  }

  /**
   * The content type someone declared.
   *
   * @return it, when declared
   */
  public Optional<String> declaredContentType() {
    return Optional.ofNullable(contentType);
  }

  /**
   * The content as UTF-8 text.
   *
   * @return the text
   */
  public String asString() {
    return new String(content(), StandardCharsets.UTF_8);
  }

  /**
   * The same body with another declared content type.
   *
   * @param type the content type
   * @return the copy
   */
  public Body withContentType(String type) {
    return json != null ? new Body(json, type) : new Body(state, content, type, writtenFromJson);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Body b
        && b.state == state
        && Arrays.equals(b.content(), content())
        && java.util.Objects.equals(b.contentType, contentType);
  }

  @Override
  public int hashCode() {
    return state.hashCode() * 31 + Arrays.hashCode(content());
  }

  @Override
  public String toString() {
    return "Body[" + state + ", " + content().length + " bytes, " + contentType + "]";
  }
}
