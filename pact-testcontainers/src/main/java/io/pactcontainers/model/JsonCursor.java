package io.pactcontainers.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON node with the JSON path that led to it, so that every complaint about a pact file can name
 * exactly where the fault is.
 */
record JsonCursor(JsonNode node, JsonCursor parent, String name, int index, ReadContext context) {
  private static final java.util.regex.Pattern SIMPLE_NAME =
      java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("-?\\d+");

  /**
   * Where in which file we are reading: the location and, inside an interaction, its label; and the
   * oddities met so far (shared by every cursor of one read), for warnings.
   */
  record ReadContext(String location, String interaction, Map<String, List<String>> oddities) {
    ReadContext inInteraction(String label) {
      return new ReadContext(location, label, oddities);
    }
  }

  static JsonCursor root(JsonNode node, String location) {
    return new JsonCursor(
        node, null, "$", -1, new ReadContext(location, null, new java.util.LinkedHashMap<>()));
  }

  /**
   * Notes something the reader accepted although the specification says otherwise (warned about
   * once per kind).
   */
  void oddity(String what) {
    context.oddities().computeIfAbsent(what, k -> new ArrayList<>()).add(path());
  }

  JsonCursor inInteraction(String label) {
    return new JsonCursor(node, parent, name, index, context.inInteraction(label));
  }

  /** The JSON path, built only when a message needs it: reading a big pact allocates no paths. */
  String path() {
    if (parent == null) {
      return "$";
    }
    return parent.path() + (index >= 0 ? "[" + index + "]" : childPath(name));
  }

  boolean has(String field) {
    return node.has(field);
  }

  boolean isMissing() {
    return node.isMissingNode();
  }

  boolean isNull() {
    return node.isNull();
  }

  JsonCursor field(String name) {
    JsonNode child = node.isObject() ? node.path(name) : MissingNode.getInstance();
    return new JsonCursor(child, this, name, -1, context);
  }

  /** The first of the fields present, or a missing node at the first name. */
  JsonCursor firstField(String... names) {
    for (String name : names) {
      if (node.has(name)) {
        return field(name);
      }
    }
    return field(names[0]);
  }

  static String childPath(String name) {
    return SIMPLE_NAME.matcher(name).matches() ? "." + name : "['" + name + "']";
  }

  List<JsonCursor> elements() {
    requireArray();
    List<JsonCursor> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      out.add(new JsonCursor(node.get(i), this, null, i, context));
    }
    return out;
  }

  /** The element at {@code index} of this array, read separately from it. */
  JsonCursor element(JsonNode element, int index) {
    return new JsonCursor(element, this, null, index, context);
  }

  List<Map.Entry<String, JsonCursor>> fields() {
    requireObject();
    List<Map.Entry<String, JsonCursor>> out = new ArrayList<>();
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      out.add(Map.entry(name, field(name)));
    }
    return out;
  }

  JsonCursor requireObject() {
    if (!node.isObject()) {
      throw fail("expected a JSON object, found " + describe(node));
    }
    return this;
  }

  JsonCursor requireArray() {
    if (!node.isArray()) {
      throw fail("expected a JSON array, found " + describe(node));
    }
    return this;
  }

  String requiredText() {
    if (!node.isTextual()) {
      throw fail(
          node.isMissingNode()
              ? "required string is missing"
              : "expected a string, found " + describe(node));
    }
    return node.textValue();
  }

  Optional<String> optionalText() {
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isValueNode()) {
      throw fail("expected a string, found " + describe(node));
    }
    return Optional.of(node.asText());
  }

  int optionalInt(int fallback) {
    if (node.isMissingNode() || node.isNull()) {
      return fallback;
    }
    if (node.isIntegralNumber()) {
      return node.intValue();
    }
    if (node.isTextual() && INTEGER.matcher(node.textValue()).matches()) {
      return Integer.parseInt(node.textValue());
    }
    throw fail("expected an integer, found " + describe(node));
  }

  boolean optionalBoolean(boolean fallback) {
    if (node.isMissingNode() || node.isNull()) {
      return fallback;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    throw fail("expected true or false, found " + describe(node));
  }

  PactFormatException fail(String problem) {
    return new PactFormatException(context.location(), context.interaction(), path(), problem);
  }

  /** A valid pact this verifier cannot verify, at this path. */
  PactFormatException unsupported(String problem) {
    return PactFormatException.unsupported(
        context.location(), context.interaction(), path(), problem);
  }

  static String describe(JsonNode n) {
    if (n.isMissingNode()) {
      return "nothing";
    }
    if (n.isNull()) {
      return "null";
    }
    if (n.isObject()) {
      return "an object";
    }
    if (n.isArray()) {
      return "an array";
    }
    if (n.isTextual()) {
      String t = n.textValue();
      return "\"" + (t.length() > 60 ? t.substring(0, 57) + "..." : t) + "\" (a string)";
    }
    if (n.isBoolean()) {
      return n.asText() + " (a boolean)";
    }
    if (n.isNumber()) {
      return n.asText() + " (a number)";
    }
    return n.toString();
  }
}
