package io.pactcontainers.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.pactcontainers.settings.SettingsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The {@code --config} file: YAML whose keys are the Maven plugin's parameter names, nested as the
 * POM nests them ({@code provider: {image: ..., port: 8000}}), so that a POM's configuration
 * translates one to one. Every key is checked when the file is read: a misspelt one would otherwise
 * be a setting silently not given.
 */
final class ConfigFile {
  private static final YAMLMapper YAML = new YAMLMapper();

  private final Path path;
  private final JsonNode root;

  private ConfigFile(Path path, JsonNode root) {
    this.path = path;
    this.root = root;
  }

  /**
   * Reads and checks a file.
   *
   * @param path the file
   * @param where how the user gave it ({@code --config}), for messages
   * @param keys the settings' keys
   * @throws SettingsException naming the file and what is wrong in it
   */
  static ConfigFile read(Path path, String where, Collection<String> keys) {
    JsonNode root;
    try {
      root = YAML.readTree(Files.readString(path));
    } catch (NoSuchFileException e) {
      throw new SettingsException(
          where + ": no such file: " + path.toAbsolutePath() + "; check the path");
    } catch (JacksonException e) {
      throw new SettingsException(
          where + " " + path + " is not valid YAML: " + e.getOriginalMessage() + location(e));
    } catch (IOException e) {
      throw new SettingsException(where + ": cannot read " + path + ": " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      root = YAML.createObjectNode(); // an empty file gives nothing
    }
    if (!root.isObject()) {
      throw new SettingsException(
          where + " " + path + ": expected the settings by name (providerName: ...)");
    }
    check(root, "", keys, path);
    return new ConfigFile(path, root);
  }

  private static String location(JacksonException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }

  /** Each key a setting's, or a level above settings ({@code provider}). */
  private static void check(JsonNode node, String prefix, Collection<String> keys, Path path) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String key = prefix + field.getKey();
      if (keys.contains(key)) {
        continue;
      }
      boolean level = keys.stream().anyMatch(k -> k.startsWith(key + "."));
      if (level && field.getValue().isObject()) {
        check(field.getValue(), key + ".", keys, path);
        continue;
      }
      throw new SettingsException(
          path
              + ": "
              + (level ? key + " holds settings, e.g. " + example(key, keys) : "unknown key " + key)
              + "; the keys here are "
              + String.join(", ", known(prefix, keys))
              + " (the Maven plugin's parameter names)");
    }
  }

  private static String example(String level, Collection<String> keys) {
    return keys.stream().filter(k -> k.startsWith(level + ".")).findFirst().orElse(level);
  }

  /** The keys at a level, each once ({@code provider} for {@code provider.image}). */
  private static TreeSet<String> known(String prefix, Collection<String> keys) {
    TreeSet<String> names = new TreeSet<>();
    for (String k : keys) {
      if (k.startsWith(prefix)) {
        String rest = k.substring(prefix.length());
        names.add(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
      }
    }
    return names;
  }

  /**
   * A setting's value in the file.
   *
   * @param key its key ({@code provider.port})
   * @return the value; empty when the file does not give it
   */
  Optional<JsonNode> at(String key) {
    JsonNode node = root;
    for (String part : key.split("\\.")) {
      node = node.path(part);
    }
    return node.isMissingNode() || node.isNull() ? Optional.empty() : Optional.of(node);
  }

  /**
   * The folder the file is in: the paths it gives are read from there, wherever the command runs.
   *
   * @return the file's folder, absolute
   */
  Path folder() {
    Path parent = path.toAbsolutePath().normalize().getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }

  /**
   * How messages name a key of this file.
   *
   * @param key the key
   * @return {@code provider.port in pact-verify.yml}
   */
  String where(String key) {
    return key + " in " + path;
  }
}
