package io.pactcontainers.settings;

import static io.pactcontainers.settings.ProviderSettings.blank;

import io.pactcontainers.broker.PactBroker;
import java.util.List;

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
}
