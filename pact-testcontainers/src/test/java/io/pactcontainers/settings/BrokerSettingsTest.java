package io.pactcontainers.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.broker.BrokerSource;
import io.pactcontainers.broker.ConsumerVersionSelector;
import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.source.Credentials;
import io.pactcontainers.source.PactSource;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Broker settings' rules: its URL, selectors, credentials from the environment or a server, the
 * auth header, pact URLs and the Broker a pact URL belongs to; mistakes said as a POM names them.
 */
class BrokerSettingsTest {
  private static BrokerSettings rules(Map<String, String> environment) {
    return new BrokerSettings(PomNames.POM, ServerCredentials.NONE, environment);
  }

  private static PactBroker broker(
      String url, RawSettings.Broker b, String selectorsJson, String providerBranch) {
    return rules(Map.of()).broker(url, b, selectorsJson, providerBranch, false, null);
  }

  private static ConsumerVersionSelector consumerOnly(String consumer) {
    return new ConsumerVersionSelector(
        null, null, null, null, null, null, null, consumer, null, null, null, null);
  }

  @Test
  void environmentVariablesAreUsedWithoutAServer() {
    PactBroker c =
        rules(Map.of("PACT_BROKER_TOKEN", "from-env"))
            .broker("https://broker.example.com", null, null, null, false, null);
    assertThat(c.credentials()).contains(new Credentials.Bearer("from-env"));
  }

  @Test
  void selectorsFromTheCommandLineWinOverThePom() {
    GivenSettings.GivenBroker b = new GivenSettings.GivenBroker();
    b.consumerVersionSelectors = List.of(ConsumerVersionSelector::onMainBranch);
    assertThat(broker("http://b", b, null, null).selectors())
        .extracting(ConsumerVersionSelector::toJson)
        .containsExactly(Map.of("mainBranch", true));
    assertThat(broker("http://b", b, "[{deployedOrReleased: true}]", null).selectors())
        .extracting(ConsumerVersionSelector::toJson)
        .containsExactly(Map.of("deployedOrReleased", true));
  }

  @Test
  void mistakesNameTheSetting() {
    assertThatThrownBy(() -> broker("ftp://x", null, null, null))
        .isInstanceOf(SettingsException.class)
        .hasMessage("<brokerUrl> is not an http(s) URL: ftp://x");
    assertThatThrownBy(() -> broker("https://user:secret@b.example.com", null, null, null))
        .hasMessage(
            "<brokerUrl> must not contain credentials; put them in the settings.xml <server> named"
                + " by <broker><serverId> or in PACT_BROKER_TOKEN")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> broker("http://b", null, "[{mainBrnch: true}]", null))
        .hasMessageStartingWith("-Dpact.broker.selectors: $[0].mainBrnch: unknown selector field");
    assertThatThrownBy(
            () -> rules(Map.of()).broker("http://b", null, null, null, false, "2024-01-01"))
        .hasMessageStartingWith("<includeWipPactsSince> needs <enablePending>true</enablePending>");
  }

  @Test
  void aSelectorTheBrokerWouldRejectNamesTheElementOrPropertyAtFault() {
    GivenSettings.GivenBroker b = new GivenSettings.GivenBroker();
    b.consumerVersionSelectors =
        List.of(ConsumerVersionSelector::onMainBranch, () -> consumerOnly("sous-chef"));
    assertThatThrownBy(() -> broker("http://b", b, null, null))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "<broker><consumerVersionSelectors><selector> #2 {consumer: \"sous-chef\"} would be rejected by the Pact Broker:"
                + " it selects no version: give a branch, a tag or an environment, or set mainBranch, matchingBranch, latest, deployed,"
                + " released or deployedOrReleased to true (consumer alone is not enough)");
    assertThatThrownBy(() -> broker("http://b", null, "[{matchingBranch: true}]", null))
        .hasMessage(
            "-Dpact.broker.selectors: selector $[0] {matchingBranch: true} would be rejected by the Pact Broker:"
                + " matchingBranch=true needs the provider's branch, and none is set; set <providerBranch> (-Dpact.provider.branch)");
    assertThat(broker("http://b", null, "[{matchingBranch: true}]", "feat-x").selectors())
        .hasSize(1);
    assertThatThrownBy(
            () ->
                broker(
                    "http://b",
                    null,
                    "[{deployed: true, released: true, environment: 'prod'}]",
                    null))
        .hasMessageEndingWith(
            "deployed=true and released=true cannot both be set (use deployedOrReleased=true)");
  }

  @Test
  void aCustomAuthHeaderTakesTheTokenOrTheServersPassword() {
    GivenSettings.GivenBroker b = new GivenSettings.GivenBroker();
    b.authHeaderName = "X-Api-Key";
    assertThat(
            rules(Map.of("PACT_BROKER_TOKEN", "k3y"))
                .broker("http://b", b, null, null, false, null)
                .credentials())
        .contains(new Credentials.Header("X-Api-Key", "k3y"));
    b.serverId = "broker";
    List<String> asked = new ArrayList<>();
    ServerCredentials servers =
        (id, setting) -> {
          asked.add(setting + " " + id);
          return new Credentials.Basic("ci", "pw");
        };
    assertThat(
            new BrokerSettings(PomNames.POM, servers, Map.of())
                .broker("http://b", b, null, null, false, null)
                .credentials())
        .contains(new Credentials.Header("X-Api-Key", "pw"));
    assertThat(asked).containsExactly("<broker><serverId> broker");
    GivenSettings.GivenBroker none = new GivenSettings.GivenBroker();
    none.authHeaderName = "X-Api-Key";
    assertThatThrownBy(() -> broker("http://b", none, null, null))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "<broker><authHeaderName> X-Api-Key has no value: put it in the <password> of the settings.xml <server> named"
                + " by <broker><serverId>, or in the environment variable PACT_BROKER_TOKEN");
  }

  @Test
  void pactUrlsReplaceTheBrokersSelectionAndGetTheBrokersCredentialsOnlyOnTheBroker() {
    BrokerSettings rules = rules(Map.of("PACT_BROKER_TOKEN", "t0k3n"));
    GivenSettings raw = new GivenSettings();
    raw.brokerUrl = "https://broker.example.com";
    raw.pactUrls =
        List.of(
            "https://broker.example.com/pacts/provider/p/consumer/c/version/1",
            "https://elsewhere.example.com/pacts/provider/p/pact.json");
    List<Credentials> met = new ArrayList<>();
    PactSources.Where s = new PactSources(raw, PomNames.POM, rules).where(met);
    assertThat(s.sources()).allMatch(PactSource.Url.class::isInstance);
    assertThat(s.sources())
        .extracting(x -> ((PactSource.Url) x).credentials())
        .containsExactly(Optional.of(new Credentials.Bearer("t0k3n")), Optional.empty());
    assertThat(met).containsExactly(new Credentials.Bearer("t0k3n"));

    raw.pactUrls = List.of();
    assertThat(new PactSources(raw, PomNames.POM, rules).where(new ArrayList<>()).sources())
        .singleElement()
        .isInstanceOf(BrokerSource.class);

    GivenSettings bad = new GivenSettings();
    bad.pactUrls = List.of("not a url");
    assertThatThrownBy(
            () -> new PactSources(bad, PomNames.POM, rules(Map.of())).where(new ArrayList<>()))
        .isInstanceOf(SettingsException.class)
        .hasMessage("<pactUrls><pactUrl> is not a valid http(s) URL: not a url");
  }

  @Test
  void aWebhookBuildPublishesToTheBrokerItsPactUrlBelongsTo() {
    PactBroker c =
        rules(Map.of("PACT_BROKER_TOKEN", "t0k3n"))
            .forPactUrl(
                URI.create(
                    "https://broker.example.com/base/pacts/provider/p/consumer/c/pact-version/abc"),
                null,
                Optional.empty());
    assertThat(c.url()).hasToString("https://broker.example.com/base/");
    assertThat(c.credentials()).contains(new Credentials.Bearer("t0k3n"));
    assertThatThrownBy(
            () ->
                rules(Map.of())
                    .forPactUrl(
                        URI.create("https://files.example.com/pact.json"), null, Optional.empty()))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "<publishResults> with <pactUrls> needs pact URLs served by a Pact Broker, or <brokerUrl>: not a Pact Broker"
                + " pact URL (no /pacts/provider/ in it): https://files.example.com/pact.json");
  }
}
