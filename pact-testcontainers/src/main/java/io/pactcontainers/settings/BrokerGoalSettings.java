package io.pactcontainers.settings;

import static io.pactcontainers.settings.ProviderSettings.blank;

import io.pactcontainers.broker.PactBroker;

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
}
