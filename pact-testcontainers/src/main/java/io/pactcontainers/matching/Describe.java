package io.pactcontainers.matching;

import com.fasterxml.jackson.databind.JsonNode;

/** Short, human descriptions of values for mismatch messages. */
final class Describe {
  private Describe() {}

  static String value(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    }
    if (n.isNull()) {
      return "null";
    }
    if (n.isTextual()) {
      return "\"" + shorten(n.textValue()) + "\" (a string)";
    }
    if (n.isBoolean()) {
      return n.asText() + " (a boolean)";
    }
    if (n.isIntegralNumber()) {
      return n.asText() + " (an integer)";
    }
    if (n.isNumber()) {
      return n.asText() + " (a decimal)";
    }
    if (n.isArray()) {
      return "an array of " + n.size() + (n.size() == 1 ? " element" : " elements");
    }
    if (n.isObject()) {
      return "an object " + shorten(n.toString());
    }
    return shorten(n.toString());
  }

  static String type(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    }
    if (n.isNull()) {
      return "null";
    }
    if (n.isTextual()) {
      return "a string";
    }
    if (n.isBoolean()) {
      return "a boolean";
    }
    if (n.isNumber()) {
      return "a number";
    }
    if (n.isArray()) {
      return "an array";
    }
    return "an object";
  }

  static String raw(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "";
    }
    return n.isTextual() ? n.textValue() : n.toString();
  }

  static String shorten(String s) {
    String p = io.pactcontainers.model.Printable.of(s);
    return p.length() > 80 ? p.substring(0, 77) + "..." : p;
  }
}
