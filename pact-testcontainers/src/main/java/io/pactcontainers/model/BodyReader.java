package io.pactcontainers.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.json.JsonMappers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Turns the body of a pact file (V1-V3 plain, V4 {@code {content, contentType, encoded}}) into a
 * {@link Body}: bytes, or a JSON value kept as read.
 */
final class BodyReader {
  /** Only text bodies need a mapper: made when one is first met. */
  private final Supplier<ObjectMapper> mapper;

  BodyReader(Supplier<ObjectMapper> mapper) {
    this.mapper = mapper;
  }

  /** V1-V3: the body is the JSON value itself; its type comes from the Content-Type header. */
  Body plain(JsonCursor body, String declaredType) {
    JsonNode n = body.node();
    if (n.isMissingNode()) {
      return Body.missing();
    }
    if (n.isNull() || n.isTextual() && n.textValue().isEmpty()) {
      return Body.empty(declaredType);
    }
    if (n.isTextual()) {
      return text(n.textValue(), declaredType);
    }
    return Body.ofJson(n, declaredType == null ? "application/json" : declaredType);
  }

  /** V4: {@code {"content": ..., "contentType": ..., "encoded": false | "base64" | "json"}}. */
  Body v4(JsonCursor body, String headerType) {
    if (body.isMissing() || body.isNull()) {
      return Body.missing();
    }
    if (!body.node().isObject() || !body.has("content") && !body.has("contentType")) {
      // Lenient: some writers put a V3 body in a V4 file.
      return body.node().isObject() && body.node().isEmpty()
          ? Body.missing()
          : plain(body, headerType);
    }
    String type = body.field("contentType").optionalText().orElse(headerType);
    JsonCursor content = body.field("content");
    JsonNode n = content.node();
    if (n.isMissingNode()) {
      return Body.missing();
    }
    if (n.isNull() || n.isTextual() && n.textValue().isEmpty()) {
      return Body.empty(type);
    }
    JsonNode encoded = body.field("encoded").node();
    String encoding =
        encoded.isTextual()
            ? encoded.textValue().toLowerCase(Locale.ROOT)
            : encoded.isBoolean() && encoded.booleanValue() ? "base64" : "";
    if (n.isTextual()) {
      return switch (encoding) {
        case "base64" -> {
          try {
            yield Body.of(Base64.getDecoder().decode(n.textValue().replaceAll("\\s", "")), type);
          } catch (IllegalArgumentException e) {
            throw content.fail("body is marked base64 but is not valid base64: " + e.getMessage());
          }
        }
        case "json" -> Body.of(n.textValue(), type == null ? "application/json" : type);
        case "", "false" -> text(n.textValue(), type);
        default ->
            throw body.field("encoded")
                .fail("unknown body encoding \"" + encoding + "\"; valid: false, base64, json");
      };
    }
    return Body.ofJson(n, type == null ? "application/json" : type);
  }

  private Body text(String text, String declaredType) {
    if (declaredType != null && isBinary(declaredType)) {
      // V1-V3 files carry binary bodies as base64 strings (as pact-jvm writes them).
      try {
        return Body.of(Base64.getDecoder().decode(text.replaceAll("\\s", "")), declaredType);
      } catch (IllegalArgumentException e) {
        // Not base64 after all: take the text as it is.
      }
    }
    if (declaredType != null && ContentTypes.isJson(declaredType) && !isJson(text)) {
      // A JSON string value under a JSON content type: send it as a JSON string literal.
      try {
        return Body.of(JsonMappers.utf8(mapper.get(), text), declaredType);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return Body.of(
        text.getBytes(StandardCharsets.UTF_8),
        declaredType != null ? declaredType : ContentTypes.detect(text));
  }

  private static boolean isBinary(String type) {
    String b = ContentTypes.base(type);
    return !(b.startsWith("text/")
        || ContentTypes.isJson(type)
        || ContentTypes.isXml(type)
        || ContentTypes.isForm(type)
        || ContentTypes.isMultipart(type)
        || b.contains("javascript")
        || b.contains("yaml")
        || b.contains("graphql")
        || b.equals("application/x-ndjson")
        || b.contains("csv"));
  }

  private boolean isJson(String text) {
    String t = text.trim();
    if (!(t.startsWith("{") || t.startsWith("[") || t.startsWith("\""))) {
      return false;
    }
    try {
      mapper.get().readTree(t);
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }
}
