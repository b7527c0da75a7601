package io.pactcontainers.settings;

import static io.pactcontainers.settings.ProviderSettings.blank;

import io.pactcontainers.broker.BrokerOutput;
import io.pactcontainers.broker.EnvironmentSpec;
import io.pactcontainers.broker.PactBroker;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The settings of the goals that only talk to the Pact Broker (record-deployment and the like): the
 * Broker with its credentials ({@code brokerUrl}, {@code broker}, {@code brokerToken}...) as a
 * verification's are mapped, and the values a goal cannot do without, named in the front end's
 * words. The command line's Broker commands come through here; the plugin's goals still check
 * theirs in {@code BrokerGoal}.
 */
public final class BrokerGoalSettings {
  private BrokerGoalSettings() {}

  /**
   * The Broker a goal talks to.
   *
   * @param raw the settings: {@code brokerUrl}, {@code broker}, {@code brokerToken}, {@code
   *     brokerUsername}, {@code brokerPassword}
   * @param context the environment (the credentials' variables) and the servers' credentials
   * @return the Broker, checked
   * @throws SettingsException naming the setting at fault
   */
  public static PactBroker broker(RawSettings raw, SettingsContext context) {
    SettingNames names = raw.names();
    required(raw.brokerUrl(), names, "https://your-broker", "brokerUrl");
    // Retries as a verification's: brokerRetries (-Dpact.broker.retries) over broker's.
    return VerificationSettings.brokers(raw, context)
        .goalBroker(raw.brokerUrl(), raw.broker(), raw.brokerRetries());
  }

  /**
   * A value a goal cannot do without.
   *
   * @param value the value given; null or blank: not given
   * @param names how the front end names settings
   * @param example a value to show in the message
   * @param path the setting's parameter names
   * @return the value, trimmed
   * @throws SettingsException naming the setting and an example when it is not given
   */
  public static String required(String value, SettingNames names, String example, String... path) {
    if (blank(value)) {
      throw new SettingsException(
          names.of(path) + " is needed; e.g. " + names.example(example, path));
    }
    return value.trim();
  }

  /**
   * The version a Broker goal names (record-deployment, can-i-deploy...) when none is given, by the
   * rule verify publishes with, so that what is recorded is what was verified: the source's (the
   * git commit, or the CI's variables), else the build's unless it is a SNAPSHOT (which names no
   * build). What was taken is said in one line.
   *
   * @param given the version given, or null
   * @param buildVersion the build's version ({@code ${project.version}}), or null
   * @param directory the project's folder (its git checkout)
   * @param environment the environment variables (the CI's)
   * @param info where the one line goes
   * @param names how the front end names settings
   * @return the version
   * @throws SettingsException naming the version's setting when none of these gives one
   */
  public static String pacticipantVersion(
      String given,
      String buildVersion,
      java.nio.file.Path directory,
      java.util.Map<String, String> environment,
      java.util.function.Consumer<String> info,
      SettingNames names) {
    if (!blank(given)) {
      return given.trim();
    }
    Optional<SourceVersion> source = SourceVersion.detect(directory, environment);
    if (source.isPresent()) {
      info.accept(
          "No "
              + names.of("version")
              + " given: version "
              + source.get().version()
              + ", from "
              + source.get().source());
      return source.get().version();
    }
    if (!blank(buildVersion) && !buildVersion.trim().endsWith("-SNAPSHOT")) {
      info.accept(
          "No " + names.of("version") + " given: the build's version " + buildVersion.trim());
      return buildVersion.trim();
    }
    throw new SettingsException(
        names.of("version")
            + " is needed: none is given, the folder is no git checkout and no CI variable names"
            + " a commit"
            + (blank(buildVersion)
                ? ""
                : ", and the build's version "
                    + buildVersion.trim()
                    + " is a SNAPSHOT, which"
                    + " names no build")
            + "; e.g. "
            + names.example("1.4.2", "version"));
  }

  /**
   * A list a goal may be given: its non-blank entries, trimmed.
   *
   * @param values the list given; null: none
   * @return the entries
   */
  public static List<String> entries(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().filter(v -> !blank(v)).map(String::trim).toList();
  }

  /**
   * A list a goal cannot do without (create-version-tag's tags).
   *
   * @param values the list given; null: none
   * @param names how the front end names settings
   * @param example an entry to show in the message
   * @param path the setting's parameter names
   * @return its non-blank entries, trimmed
   * @throws SettingsException naming the setting and an example when it has no entry
   */
  public static List<String> requiredEntries(
      List<String> values, SettingNames names, String example, String... path) {
    List<String> entries = entries(values);
    if (entries.isEmpty()) {
      throw new SettingsException(
          names.of(path) + " is needed; e.g. " + names.example(example, path));
    }
    return entries;
  }

  /**
   * How a set-up or reading goal shows the Broker's answer, as the Pact Broker CLI's {@code
   * --output}: {@code text} (also {@code table}) or {@code json}.
   *
   * @param value the value given; null or blank: text
   * @param names how the front end names settings
   * @return the output
   * @throws SettingsException naming {@code output} and its values for anything else
   */
  public static BrokerOutput output(String value, SettingNames names) {
    if (blank(value)) {
      return BrokerOutput.TEXT;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "text", "table" -> BrokerOutput.TEXT;
      case "json" -> BrokerOutput.JSON;
      default ->
          throw new SettingsException(
              names.of("output")
                  + " is not text or json: "
                  + value.trim()
                  + "; e.g. "
                  + names.example("json", "output"));
    };
  }

  /**
   * An environment's settings as given, each null or blank when left out.
   *
   * @param name its name
   * @param displayName its display name
   * @param production true or false
   * @param contactName the team or person responsible
   * @param contactEmailAddress their email address
   */
  public record EnvironmentValues(
      String name,
      String displayName,
      String production,
      String contactName,
      String contactEmailAddress) {}

  /**
   * What create-environment or update-environment sets.
   *
   * @param given the values given
   * @param nameRequired true for create-environment
   * @param names how the front end names settings
   * @param nameSetting the name's setting in the front end ({@code name} as the Broker CLI's {@code
   *     --name}, {@code environment} as the plugin's record goals)
   * @return the environment's settings
   * @throws SettingsException for a missing name (on create), a name with spaces or more than one
   *     line (the Broker refuses them), or a production that is not true or false
   */
  public static EnvironmentSpec environment(
      EnvironmentValues given, boolean nameRequired, SettingNames names, String nameSetting) {
    Optional<String> name = optional(given.name());
    if (nameRequired) {
      name = Optional.of(required(given.name(), names, "production", nameSetting));
    }
    name.filter(n -> n.chars().anyMatch(Character::isWhitespace))
        .ifPresent(
            n -> {
              throw new SettingsException(
                  names.of(nameSetting)
                      + " cannot contain spaces (the Broker refuses them): "
                      + n
                      + "; e.g. "
                      + names.example(n.replaceAll("\\s+", "-"), nameSetting));
            });
    return new EnvironmentSpec(
        name,
        optional(given.displayName()),
        bool(given.production(), names, "production"),
        optional(given.contactName()),
        optional(given.contactEmailAddress()));
  }

  /** A value that may be left out, trimmed. */
  public static Optional<String> optional(String value) {
    return blank(value) ? Optional.empty() : Optional.of(value.trim());
  }

  private static Optional<Boolean> bool(String value, SettingNames names, String... path) {
    if (blank(value)) {
      return Optional.empty();
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> Optional.of(true);
      case "false" -> Optional.of(false);
      default ->
          throw new SettingsException(
              names.of(path)
                  + " is not true or false: "
                  + value.trim()
                  + "; e.g. "
                  + names.example("true", path));
    };
  }
}
