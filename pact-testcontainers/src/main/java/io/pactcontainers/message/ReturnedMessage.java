package io.pactcontainers.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.model.Body;
import io.pactcontainers.model.Generators;
import io.pactcontainers.model.MatchingRules;
import io.pactcontainers.model.Message;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a {@link MessageProvider} method returned, as the message the verifier matches: a body
 * alone, or a {@link MessageAndMetadata}.
 */
final class ReturnedMessage {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReturnedMessage() {}

  /**
   * The message.
   *
   * @param returned what the method returned
   * @param origin "The @MessageProvider method OrderMessages.placed", for the messages
   */
  static Message of(Object returned, String origin) {
    if (returned == null) {
      throw new MessageMethodException(
          origin + " returned null; return the message's body, or a MessageAndMetadata");
    }
    if (returned instanceof MessageAndMetadata m) {
      String type = contentType(m.metadata());
      Body body = body(m.messageData(), origin);
      return message(type == null ? body : body.withContentType(type), m.metadata());
    }
    return message(body(returned, origin), Map.of());
  }

  /**
   * Bytes and text as given, their content type unknown (the matcher reads the pact's, as for an
   * endpoint that declares none); anything else written as JSON, pact-jvm's default too.
   */
  private static Body body(Object value, String origin) {
    if (value instanceof byte[] bytes) {
      return Body.of(bytes, null);
    }
    if (value instanceof CharSequence text) {
      return Body.of(text.toString().getBytes(StandardCharsets.UTF_8), null);
    }
    if (isJsonTree(value.getClass())) {
      // Another library's JSON value writes itself as JSON (pact-jvm takes any answer's toString):
      // Jackson would write its getters ({"empty":false}) instead.
      return Body.of(value.toString().getBytes(StandardCharsets.UTF_8), "application/json");
    }
    try {
      return Body.of(JSON.writeValueAsBytes(value), "application/json");
    } catch (JsonProcessingException e) {
      throw new MessageMethodException(
          origin
              + " returned a "
              + value.getClass().getName()
              + " that cannot be written as JSON ("
              + e.getOriginalMessage()
              + "); return the body as a String or byte[]",
          e);
    }
  }

  /** The JSON values of org.json, Gson, JSON-P and Vert.x, by name: none is a dependency here. */
  private static final java.util.Set<String> JSON_TREES =
      java.util.Set.of(
          "org.json.JSONObject",
          "org.json.JSONArray",
          "com.google.gson.JsonElement",
          "javax.json.JsonValue",
          "jakarta.json.JsonValue",
          "io.vertx.core.json.JsonObject",
          "io.vertx.core.json.JsonArray");

  private static boolean isJsonTree(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (JSON_TREES.contains(c.getName())) {
        return true;
      }
      for (Class<?> i : c.getInterfaces()) {
        if (isJsonTree(i)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String contentType(Map<String, Object> metadata) {
    for (var e : metadata.entrySet()) {
      String key = e.getKey();
      if ((key.equalsIgnoreCase("contentType") || key.equalsIgnoreCase("content-type"))
          && e.getValue() != null) {
        return e.getValue().toString();
      }
    }
    return null;
  }

  private static Message message(Body body, Map<String, Object> metadata) {
    return new Message(body, metadata, MatchingRules.none(), Generators.none());
  }
}
