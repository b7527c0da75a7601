package io.pactcontainers.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON tree as plain Java values: the maps, lists, strings, numbers and booleans that Jackson's
 * {@code convertValue(node, LinkedHashMap.class)} gives for a pact reader's trees, without its
 * round trip through a token buffer and a deserializer (a third of the cost of reading a provider
 * state, 1,000 times for a pact of 1,000 interactions).
 *
 * <p>The same values as Jackson's: objects as {@link LinkedHashMap} in file order, arrays as {@link
 * ArrayList}, integers as the smallest of Integer, Long and BigInteger that holds them, decimals as
 * the BigDecimal read (the reader's mapper reads them so, trailing zeros kept), JSON null as null.
 */
final class TreeValues {
  private TreeValues() {}

  /** An object node's fields as a map (the node must be an object). */
  static Map<String, Object> map(JsonNode object) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> f : object.properties()) {
      out.put(f.getKey(), value(f.getValue()));
    }
    return out;
  }

  /** Any node as its Java value. */
  static Object value(JsonNode n) {
    if (n.isObject()) {
      return map(n);
    }
    if (n.isArray()) {
      List<Object> out = new ArrayList<>(n.size());
      for (JsonNode e : n) {
        out.add(value(e));
      }
      return out;
    }
    if (n.isTextual()) {
      return n.textValue();
    }
    if (n.isNumber()) {
      // IntNode an Integer, LongNode a Long, DecimalNode its BigDecimal: as Jackson converts them.
      return n.numberValue();
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isNull() || n.isMissingNode()) {
      return null;
    }
    throw new IllegalArgumentException("not a value read from JSON: " + n.getNodeType());
  }
}
