package io.pactcontainers.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Broker goal's settings: the Broker as a verification's, and what a goal cannot do without. */
class BrokerGoalSettingsTest {
  /** Only the Broker's URL and token, as a command line gives them. */
  record BrokerOnly(String brokerUrl, String brokerToken) implements RawSettings {
    @Override
    public SettingNames names() {
      return ThirdFrontEndTest.OPTIONS;
    }

    @Override
    public String providerName() {
      return null;
    }

    @Override
    public File pactDirectory() {
      return null;
    }
  }

  private static SettingsContext context(Map<String, String> env) {
    return new SettingsContext(
        Path.of("."),
        Path.of("target"),
        env,
        line -> {},
        ServerCredentials.NONE,
        SettingsContext.classesOf(BrokerGoalSettingsTest.class.getClassLoader()),
        List.of(),
        "test");
  }

  @Test
  void theBrokersCredentialsAreAVerificationsOptionFirstThenTheEnvironment() {
    var given =
        BrokerGoalSettings.broker(
            new BrokerOnly("https://b.example", "opt-t0ken"),
            context(Map.of("PACT_BROKER_TOKEN", "env-t0ken")));
    var fromEnv =
        BrokerGoalSettings.broker(
            new BrokerOnly("https://b.example", null),
            context(Map.of("PACT_BROKER_TOKEN", "env-t0ken")));

    assertThat(given.credentials().orElseThrow().secrets()).contains("opt-t0ken");
    assertThat(fromEnv.credentials().orElseThrow().secrets()).contains("env-t0ken");
  }

  @Test
  void aGoalWithoutItsBrokerOrAValueItNeedsNamesTheSettingWithAnExample() {
    assertThatThrownBy(
            () -> BrokerGoalSettings.broker(new BrokerOnly(null, null), context(Map.of())))
        .hasMessage("--broker-url is needed; e.g. --broker-url https://your-broker");
    assertThatThrownBy(
            () ->
                BrokerGoalSettings.required(
                    " ", ThirdFrontEndTest.OPTIONS, "production", "environment"))
        .isInstanceOf(SettingsException.class)
        .hasMessage("--environment is needed; e.g. --environment production");
    assertThat(BrokerGoalSettings.required(" prod ", ThirdFrontEndTest.OPTIONS, "x", "environment"))
        .isEqualTo("prod");
  }

  @Test
  void aListAGoalNeedsHasANonBlankEntryEachTrimmed() {
    assertThat(
            BrokerGoalSettings.requiredEntries(
                java.util.Arrays.asList(" prod ", " ", null, "rc"),
                ThirdFrontEndTest.OPTIONS,
                "prod",
                "tags"))
        .containsExactly("prod", "rc");
    assertThatThrownBy(
            () ->
                BrokerGoalSettings.requiredEntries(
                    java.util.List.of(" "), ThirdFrontEndTest.OPTIONS, "prod", "tags"))
        .isInstanceOf(SettingsException.class)
        .hasMessage("--tags is needed; e.g. --tags prod");
    assertThat(BrokerGoalSettings.entries(null)).isEmpty();
  }

  /** The Broker's URL and retries, as {@code --broker-retries} gives them. */
  record BrokerWithRetries(String brokerUrl, Integer brokerRetries) implements RawSettings {
    @Override
    public SettingNames names() {
      return ThirdFrontEndTest.OPTIONS;
    }

    @Override
    public String providerName() {
      return null;
    }

    @Override
    public File pactDirectory() {
      return null;
    }
  }

  @Test
  void brokerRetriesGivenAsASettingReplaceTheBrokersAsForAVerification() {
    assertThat(
            BrokerGoalSettings.broker(
                    new BrokerWithRetries("https://b.example", 7), context(Map.of()))
                .retries())
        .isEqualTo(7);
    assertThat(
            BrokerGoalSettings.broker(
                    new BrokerWithRetries("https://b.example", null), context(Map.of()))
                .retries())
        .isEqualTo(RawSettings.Broker.DEFAULT_RETRIES);
  }
}
