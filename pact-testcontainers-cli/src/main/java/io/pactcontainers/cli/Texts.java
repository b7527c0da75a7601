package io.pactcontainers.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pactcontainers.settings.SettingsException;
import java.util.ArrayList;
import java.util.List;

/**
 * The texts of the command line and the environment read as values of their {@link Option.Kind}:
 * lists, NAME=VALUE pairs, headers and sidecars become the shapes the {@code --config} file writes,
 * so that every source is read the same way afterwards.
 */
final class Texts {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Texts() {}

  /**
   * An option's values (one per occurrence) as one value.
   *
   * @param where the option, for messages
   */
  static JsonNode ofOption(Option option, List<String> values, String where) {
    return switch (option.kind()) {
      case TEXT, NUMBER -> NODES.textNode(values.get(values.size() - 1));
      case FLAG -> NODES.textNode(values.isEmpty() ? "true" : values.get(values.size() - 1));
      case LIST -> items(option, option.key().startsWith("pact") ? values : listed(values), where);
      default -> items(option, values, where);
    };
  }

  /**
   * Each value's comma-separated items ({@code --provider-tags a,b}), as the Rust verifier reads.
   */
  private static List<String> listed(List<String> values) {
    List<String> items = new ArrayList<>();
    values.forEach(v -> items.addAll(list(v)));
    return items;
  }

  /**
   * An environment variable's text as a value: a list's items separated by commas (by new lines
   * when the text has any, for items with commas), sidecars by semicolons or new lines.
   */
  static JsonNode ofVariable(Option option, String text, String where) {
    return switch (option.kind()) {
      case TEXT, NUMBER, FLAG -> NODES.textNode(text);
      case SIDECARS -> items(option, split(text, text.contains("\n") ? "\n" : ";"), where);
      default -> items(option, split(text, text.contains("\n") ? "\n" : ","), where);
    };
  }

  /** A list's items, separated by commas (new lines when it has any). */
  static List<String> list(String text) {
    return split(text, text.contains("\n") ? "\n" : ",");
  }

  private static List<String> split(String text, String separator) {
    List<String> items = new ArrayList<>();
    for (String item : text.split(separator)) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items;
  }

  private static JsonNode items(Option option, List<String> values, String where) {
    switch (option.kind()) {
      case MAP, HEADERS -> {
        ObjectNode pairs = NODES.objectNode();
        for (String v : values) {
          String[] pair = pair(v, option.kind() == Option.Kind.HEADERS, where);
          pairs.put(pair[0], pair[1]);
        }
        return pairs;
      }
      case SIDECARS -> {
        ArrayNode sidecars = NODES.arrayNode();
        values.forEach(v -> sidecars.add(sidecar(v, where)));
        return sidecars;
      }
      default -> {
        ArrayNode list = NODES.arrayNode();
        values.forEach(list::add);
        return list;
      }
    }
  }

  /**
   * NAME=VALUE; a header also Name: value (the value may hold = and :, the name neither).
   *
   * @return the name and the value
   */
  private static String[] pair(String text, boolean header, String where) {
    int equals = text.indexOf('=');
    int colon = header ? text.indexOf(':') : -1;
    int at = equals < 0 ? colon : colon < 0 ? equals : Math.min(equals, colon);
    if (at <= 0 || text.substring(0, at).isBlank()) {
      throw new SettingsException(
          where
              + ": expected "
              + (header ? "'Name: value' (or Name=value)" : "NAME=VALUE")
              + ", found '"
              + text
              + "'");
    }
    return new String[] {text.substring(0, at).strip(), text.substring(at + 1).strip()};
  }

  /**
   * {@code name=db,image=postgres:15,port=5432,env.KEY=VALUE,command=a b}: a sidecar as the {@code
   * --config} file writes it.
   */
  private static ObjectNode sidecar(String text, String where) {
    ObjectNode sidecar = NODES.objectNode();
    for (String part : text.split(",")) {
      String[] pair = pair(part.strip(), false, where + " " + text);
      if (pair[0].startsWith("env.")) {
        sidecar.withObjectProperty("env").put(pair[0].substring(4), pair[1]);
      } else if (pair[0].equals("command")) {
        ArrayNode command = sidecar.putArray("command");
        for (String word : pair[1].split(" +")) {
          command.add(word);
        }
      } else if (pair[0].equals("waitPath")) {
        sidecar.withObjectProperty("waitFor").put("httpPath", pair[1]);
      } else {
        sidecar.put(pair[0], pair[1]);
      }
    }
    return sidecar;
  }
}
