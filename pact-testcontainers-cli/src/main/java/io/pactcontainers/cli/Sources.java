package io.pactcontainers.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/** A command's settings as given: its options, and its {@code --config} file. */
final class Sources {
  private Sources() {}

  /**
   * The {@code --config} file ({@code PACT_CONFIG}), checked against the command's settings.
   *
   * @param rows the command's settings
   */
  static Optional<ConfigFile> configFile(
      ParseResult parsed, Map<String, String> environment, List<Option> rows) {
    List<String> keys = rows.stream().map(Option::key).distinct().toList();
    if (parsed.hasMatchedOption(Commands.CONFIG)) {
      String path = parsed.matchedOptionValue(Commands.CONFIG, "");
      return Optional.of(ConfigFile.read(Path.of(path), Commands.CONFIG, keys));
    }
    String variable = environment.get(Commands.CONFIG_VARIABLE);
    if (variable != null && !variable.isBlank()) {
      return Optional.of(ConfigFile.read(Path.of(variable), Commands.CONFIG_VARIABLE, keys));
    }
    return Optional.empty();
  }

  /** The settings given as options, by key; the report switches added to the reports' list. */
  static Map<String, Given> options(ParseResult parsed, List<Option> rows) {
    Map<String, Given> given = new LinkedHashMap<>();
    for (Option o : rows) {
      OptionSpec spec = o.names().isEmpty() ? null : parsed.matchedOption(o.names().get(0));
      if (spec == null) {
        continue;
      }
      String where = o.longName().orElseThrow();
      if (o.kind() == Option.Kind.ITEM) {
        Given before = given.get(o.key());
        ArrayNode items =
            before == null ? JsonNodeFactory.instance.arrayNode() : (ArrayNode) before.value();
        items.add(o.item());
        Option row = rows.stream().filter(r -> r.key().equals(o.key())).findFirst().orElseThrow();
        given.put(
            o.key(),
            new Given(row, items, Given.Origin.OPTION, before == null ? where : before.where()));
        continue;
      }
      if (o.kind() == Option.Kind.CONSTANT) {
        Given before = given.get(o.key());
        if (before != null) {
          throw new io.pactcontainers.settings.SettingsException(
              before.where() + " and " + where + " both set one thing; keep one");
        }
        given.put(
            o.key(),
            new Given(o, JsonNodeFactory.instance.textNode(o.item()), Given.Origin.OPTION, where));
        continue;
      }
      Object value = spec.getValue();
      List<String> values =
          value instanceof List<?> l
              ? l.stream().map(String::valueOf).toList()
              : List.of(String.valueOf(value));
      Given before = given.get(o.key());
      if (before != null && before.option().kind() == Option.Kind.CONSTANT) {
        throw new io.pactcontainers.settings.SettingsException(
            where + " and " + before.where() + " both set one thing; keep one");
      }
      given.put(
          o.key(), new Given(o, Texts.ofOption(o, values, where), Given.Origin.OPTION, where));
    }
    return given;
  }
}
