package io.pactcontainers.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.pactcontainers.cli.Given.Origin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A command's settings from its four sources, each setting from the first that gives it: the
 * option, the environment, the {@code --config} file, this front end's default. Nothing is merged
 * across sources: a setting given twice is the winner's, whole.
 */
final class Layers {
  private final List<Option> rows;
  private final Map<String, Given> options;
  private final Map<String, String> environment;
  private final Optional<ConfigFile> file;
  private final Map<String, Given> defaults;

  /**
   * @param rows the command's settings
   * @param options the settings given as options, by key
   * @param environment the environment variables
   * @param file the {@code --config} file, if given
   * @param defaults this front end's defaults, by key, for what no source gives
   */
  Layers(
      List<Option> rows,
      Map<String, Given> options,
      Map<String, String> environment,
      Optional<ConfigFile> file,
      Map<String, String> defaults) {
    this.rows = List.copyOf(rows);
    this.options = Map.copyOf(options);
    this.environment = Map.copyOf(environment);
    this.file = file;
    Map<String, Given> d = new LinkedHashMap<>();
    defaults.forEach(
        (key, value) ->
            row(key)
                .ifPresent(
                    o ->
                        d.put(
                            key,
                            new Given(
                                o,
                                JsonNodeFactory.instance.textNode(value),
                                Origin.DEFAULT,
                                key))));
    this.defaults = d;
  }

  /**
   * A setting's value and where it came from.
   *
   * @param key the setting's key
   * @return empty: no source gives it (the library's default applies)
   */
  Optional<Given> get(String key) {
    Optional<Option> option = row(key);
    if (option.isEmpty()) {
      return Optional.empty();
    }
    if (options.containsKey(key)) {
      return Optional.of(options.get(key));
    }
    Optional<Given> variable =
        option
            .flatMap(Option::variable)
            .filter(v -> given(option.get(), environment.get(v)))
            .map(
                v ->
                    new Given(
                        option.get(),
                        Texts.ofVariable(option.get(), environment.get(v), v),
                        Origin.ENVIRONMENT,
                        v));
    if (variable.isPresent()) {
      return variable;
    }
    Optional<Given> inFile =
        file.flatMap(
            f -> f.at(key).map(node -> new Given(option.get(), node, Origin.FILE, f.where(key))));
    return inFile.or(() -> Optional.ofNullable(defaults.get(key)));
  }

  /** A variable's text gives its setting: set and not blank, or set at all where empty means. */
  private static boolean given(Option option, String text) {
    return text != null && (!text.isBlank() || option.emptyGiven());
  }

  /**
   * The folder of the {@code --config} file, against which the paths it gives are read.
   *
   * @return empty without a file
   */
  Optional<java.nio.file.Path> fileFolder() {
    return file.map(ConfigFile::folder);
  }

  /**
   * Whether any source gives one of these settings (the default aside).
   *
   * @param keys the settings' keys
   */
  boolean anyGiven(List<String> keys) {
    return keys.stream()
        .anyMatch(k -> get(k).filter(g -> g.origin() != Origin.DEFAULT).isPresent());
  }

  /**
   * Every setting given, with where it came from, in the help's order.
   *
   * @return the settings given
   */
  List<Given> all() {
    return rows.stream()
        .map(Option::key)
        .distinct()
        .map(this::get)
        .flatMap(Optional::stream)
        .toList();
  }

  /** The setting of a key (the first row, for a key several options share). */
  Optional<Option> row(String key) {
    return rows.stream().filter(o -> o.key().equals(key)).findFirst();
  }

  /** The setting a plugin property stands for. */
  Optional<Option> byProperty(String property) {
    return rows.stream().filter(o -> property.equals(o.property())).findFirst();
  }

  /** A value as text: a list's items joined by commas, pairs as NAME=VALUE. */
  static String text(JsonNode value) {
    if (value.isValueNode()) {
      return value.asText();
    }
    if (value.isArray()) {
      java.util.List<String> items = new java.util.ArrayList<>();
      value.forEach(v -> items.add(text(v)));
      return String.join(", ", items);
    }
    if (value.isObject() && value.properties().stream().allMatch(e -> e.getValue().isValueNode())) {
      java.util.List<String> pairs = new java.util.ArrayList<>();
      value.properties().forEach(e -> pairs.add(e.getKey() + "=" + e.getValue().asText()));
      return String.join(", ", pairs);
    }
    return value.toString();
  }
}
