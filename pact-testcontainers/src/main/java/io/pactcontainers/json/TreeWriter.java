package io.pactcontainers.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

/**
 * Writes a tree read from JSON with the generator calls Jackson's own nodes make when serialized
 * with default settings (objects in their order, every null and empty array kept), so the bytes are
 * the same as {@code writeValueAsBytes}.
 */
final class TreeWriter {
  private TreeWriter() {}

  /** Whether every node is one a parser makes (not a POJO or binary node, written otherwise). */
  static boolean writable(JsonNode n) {
    if (n.isContainerNode()) {
      for (JsonNode child : n) {
        if (!writable(child)) {
          return false;
        }
      }
      return true;
    }
    return n.isTextual() || n.isNumber() || n.isBoolean() || n.isNull();
  }

  static byte[] write(JsonFactory factory, JsonNode tree) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    // A default mapper's generator is its factory's, unchanged: no indentation, numbers as they
    // are.
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      write(g, tree);
    }
    return out.toByteArray();
  }

  private static void write(JsonGenerator g, JsonNode n) throws IOException {
    if (n.isObject()) {
      g.writeStartObject();
      for (Map.Entry<String, JsonNode> f : n.properties()) {
        g.writeFieldName(f.getKey());
        write(g, f.getValue());
      }
      g.writeEndObject();
    } else if (n.isArray()) {
      g.writeStartArray();
      for (JsonNode e : n) {
        write(g, e);
      }
      g.writeEndArray();
    } else if (n.isTextual()) {
      g.writeString(n.textValue());
    } else if (n.isNumber()) {
      number(g, n);
    } else if (n.isBoolean()) {
      g.writeBoolean(n.booleanValue());
    } else {
      g.writeNull();
    }
  }

  /** As each numeric node writes itself: with its own type, so 1.0 stays 1.0 and 1E+2 1E+2. */
  private static void number(JsonGenerator g, JsonNode n) throws IOException {
    switch (n.numberType()) {
      case INT -> g.writeNumber(n.intValue());
      case LONG -> g.writeNumber(n.longValue());
      case BIG_INTEGER -> g.writeNumber(n.bigIntegerValue());
      case BIG_DECIMAL -> g.writeNumber(n.decimalValue());
      case FLOAT -> g.writeNumber(n.floatValue());
      default -> g.writeNumber(n.doubleValue());
    }
  }
}
