package io.pactcontainers.cli;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One setting of a command as this front end reads it: its key (the Maven plugin's parameter path,
 * which is also its key in the {@code --config} file), its options, its environment variable and
 * how its text is read. One row of {@link VerifyOptions}: help, parsing, the environment, the file
 * and the names in messages all come from it.
 *
 * @param key the plugin's parameter path ({@code provider.image})
 * @param names the option's names ({@code -n}, {@code --provider-name}); empty: only from the
 *     environment or the file
 * @param label the value's name in the help ({@code IMAGE})
 * @param kind how the value is read
 * @param description the help text
 * @param property the plugin's {@code -D} property of the setting, whose messages name it; null:
 *     none
 * @param environment the environment variable; the scheme's name ({@link #schemeName}) unless the
 *     Pact Broker's own tools name it otherwise
 * @param secret whether its value is never shown ({@code --verbose} says where it came from)
 * @param item for {@link Kind#ITEM}: the item the option adds to its key's list; for {@link
 *     Kind#CONSTANT}: the value it sets
 * @param emptyGiven whether an empty value (an option's {@code ""}, a variable set to nothing) is
 *     given, not left out: the library gives it a meaning ({@code --filter-state ""})
 */
record Option(
    String key,
    List<String> names,
    String label,
    Kind kind,
    String description,
    String property,
    String environment,
    boolean secret,
    String item,
    boolean emptyGiven) {

  /** How a setting's text (an option's, a variable's, the file's) is read. */
  enum Kind {
    /** A text. */
    TEXT,
    /** A whole number. */
    NUMBER,
    /** true or false; an option given alone is true. */
    FLAG,
    /** Values: each option one; a variable or the file's text separated by commas. */
    LIST,
    /** NAME=VALUE pairs. */
    MAP,
    /** Headers as {@code Name: value} (or {@code Name=value}, as the Rust verifier writes them). */
    HEADERS,
    /** Sidecars: {@code name=db,image=postgres:15,port=5432,env.KEY=VALUE}. */
    SIDECARS,
    /** An option that adds its {@link #item} to its key's list ({@code --json} to reports). */
    ITEM,
    /** Only from the file, as the POM writes it (a list of objects). */
    STRUCTURE,
    /** An option that sets its key to its {@link #item} ({@code --filter-no-state}). */
    CONSTANT
  }

  Option {
    requireNonNull(key, "key");
    names = List.copyOf(names);
    requireNonNull(kind, "kind");
    requireNonNull(description, "description");
  }

  /** A setting with an option, its variable named by the scheme. */
  static Option of(String key, Kind kind, String label, String description, String... names) {
    return new Option(
        key, List.of(names), label, kind, description, null, schemeName(key), false, null, false);
  }

  /** A setting only in the environment and the file. */
  static Option fileOnly(String key, Kind kind, String description) {
    return new Option(
        key,
        List.of(),
        null,
        kind,
        description,
        null,
        kind == Kind.STRUCTURE ? null : schemeName(key),
        false,
        null,
        false);
  }

  /** An option that adds {@code item} to {@code key}'s list. */
  static Option item(String key, String item, String description, String... names) {
    return new Option(
        key, List.of(names), null, Kind.ITEM, description, null, null, false, item, false);
  }

  /** An option that sets {@code key} to {@code value}. */
  static Option constant(String key, String value, String description, String... names) {
    return new Option(
        key, List.of(names), null, Kind.CONSTANT, description, null, null, false, value, true);
  }

  Option withProperty(String p) {
    return new Option(
        key, names, label, kind, description, p, environment, secret, item, emptyGiven);
  }

  Option withEnvironment(String variable) {
    return new Option(
        key, names, label, kind, description, property, variable, secret, item, emptyGiven);
  }

  /** The same setting under other option names (a command that follows another tool's). */
  Option withNames(String... others) {
    return new Option(
        key,
        List.of(others),
        label,
        kind,
        description,
        property,
        environment,
        secret,
        item,
        emptyGiven);
  }

  Option asSecret() {
    return new Option(
        key, names, label, kind, description, property, environment, true, item, emptyGiven);
  }

  /** An empty value is given (the library reads it), not left out. */
  Option emptyIsGiven() {
    return new Option(
        key, names, label, kind, description, property, environment, secret, item, true);
  }

  /** The option's long name ({@code --provider-name}), as messages name it. */
  Optional<String> longName() {
    return names.stream()
        .filter(n -> n.startsWith("--"))
        .findFirst()
        .or(() -> names.stream().findFirst());
  }

  /** The environment variable, if the setting has one. */
  Optional<String> variable() {
    return Optional.ofNullable(environment);
  }

  /**
   * The environment variable of a setting: {@code PACT_} and its key in capitals, words and levels
   * joined by {@code _} ({@code provider.waitFor.httpPath}: {@code
   * PACT_PROVIDER_WAIT_FOR_HTTP_PATH}).
   */
  static String schemeName(String key) {
    return "PACT_"
        + key.replace('.', '_').replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }
}
