package io.pactcontainers.verify;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Writes a state's params (what a pact's JSON becomes: maps with string keys, lists, strings,
 * numbers, booleans, nulls) with the generator calls Jackson's standard serializers make for those
 * types, so the bytes are those of {@code ObjectMapper.writeValueAsBytes}.
 */
final class ParamsWriter {
  private ParamsWriter() {}

  /** Whether every value is of a type written here (anything else goes through the mapper). */
  static boolean writable(Object value) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String) || !writable(e.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (value instanceof List<?> list) {
      for (Object v : list) {
        if (!writable(v)) {
          return false;
        }
      }
      return true;
    }
    return value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Double
        || value instanceof BigDecimal
        || value instanceof BigInteger;
  }

  /** Writes a value that {@link #writable} accepts. */
  static void write(JsonGenerator g, Object value) throws IOException {
    if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName((String) e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object v : list) {
        write(g, v);
      }
      g.writeEndArray();
    } else if (value == null) {
      g.writeNull();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      number(g, value);
    }
  }

  private static void number(JsonGenerator g, Object value) throws IOException {
    if (value instanceof Integer i) {
      g.writeNumber(i);
    } else if (value instanceof Long l) {
      g.writeNumber(l);
    } else if (value instanceof Double d) {
      g.writeNumber(d);
    } else if (value instanceof BigDecimal d) {
      g.writeNumber(d);
    } else {
      g.writeNumber((BigInteger) value);
    }
  }
}
