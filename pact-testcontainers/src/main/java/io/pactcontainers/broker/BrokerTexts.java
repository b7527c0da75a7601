package io.pactcontainers.broker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The words of the Broker set-up and reading goals' answers, in the Pact Broker CLI's shapes: a
 * table with upper-case headings (its table_print), a resource's properties one a line with their
 * names made readable ({@code displayName} is "Display Name", its DescribeTextFormatter's YAML), or
 * the resource as JSON.
 */
final class BrokerTexts {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BrokerTexts() {}

  /** The resource as JSON, indented. */
  static String json(JsonNode resource) {
    try {
      return MAPPER.writeValueAsString(resource);
    } catch (JsonProcessingException e) {
      throw new BrokerException("Cannot write the Broker's answer as JSON: " + e.getMessage(), e);
    }
  }

  /** The resource's properties without its links, one a line, nested ones indented. */
  static String describe(JsonNode resource) {
    StringBuilder out = new StringBuilder();
    properties(resource, "", out);
    return out.toString().stripTrailing();
  }

  private static void properties(JsonNode object, String indent, StringBuilder out) {
    for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      if (p.getKey().startsWith("_")) {
        continue; // _links and _embedded: navigation, not the resource's properties
      }
      out.append(indent).append(displayName(p.getKey())).append(':');
      value(p.getValue(), indent, out);
    }
  }

  private static void value(JsonNode v, String indent, StringBuilder out) {
    if (v.isObject()) {
      out.append('\n');
      properties(v, indent + "  ", out);
    } else if (v.isArray()) {
      out.append(v.isEmpty() ? " []\n" : "\n");
      for (JsonNode e : v) {
        if (e.isObject()) {
          StringBuilder inner = new StringBuilder();
          properties(e, indent + "  ", inner);
          out.append(indent).append("- ").append(inner.substring(indent.length() + 2));
        } else {
          out.append(indent).append("- ").append(e.isNull() ? "" : e.asText()).append('\n');
        }
      }
    } else {
      out.append(v.isNull() ? "" : " " + v.asText()).append('\n');
    }
  }

  /** {@code displayName} as "Display Name", {@code mainBranch} as "Main Branch". */
  static String displayName(String key) {
    String spaced =
        key.replaceAll("([A-Z])([A-Z])([a-z])", "$1 $2$3")
            .replaceAll("([a-z\\d])([A-Z])", "$1 $2")
            .replaceAll("[-_.\\s]+", " ")
            .strip();
    List<String> words = new ArrayList<>();
    for (String w : spaced.split(" ")) {
      words.add(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return String.join(" ", words);
  }

  /** Rows under upper-case headings, columns as wide as their widest cell, joined with " | ". */
  static String table(List<String> headings, List<List<String>> rows) {
    int[] widths = new int[headings.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headings.get(i).length();
      for (List<String> r : rows) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(
        line(headings.stream().map(h -> h.toUpperCase(java.util.Locale.ROOT)).toList(), widths));
    List<String> dashes = new ArrayList<>();
    for (int w : widths) {
      dashes.add("-".repeat(w));
    }
    lines.add(String.join("-|-", dashes));
    rows.forEach(r -> lines.add(line(r, widths)));
    return String.join("\n", lines);
  }

  private static String line(List<String> cells, int[] widths) {
    List<String> padded = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      padded.add(String.format("%-" + widths[i] + "s", cells.get(i)));
    }
    return String.join(" | ", padded).stripTrailing();
  }
}
