package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.source.Credentials;
import java.util.List;
import java.util.Map;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;

class BrokerMappingTest {
  private static Settings settingsWith(String id, String username, String password) {
    Server server = new Server();
    server.setId(id);
    server.setUsername(username);
    server.setPassword(password);
    Settings settings = new Settings();
    settings.addServer(server);
    return settings;
  }

  @Test
  void aServerWithOnlyAPasswordIsABearerToken() throws Exception {
    BrokerConfiguration b = new BrokerConfiguration();
    b.serverId = "broker";
    PactBroker c =
        BrokerMapping.config(
            "https://broker.example.com",
            b,
            null,
            "main",
            true,
            null,
            settingsWith("broker", null, "t0k3n"),
            null,
            Map.of());
    assertThat(c.credentials()).contains(new Credentials.Bearer("t0k3n"));
    assertThat(c.credentials().get().toString()).doesNotContain("t0k3n");
    assertThat(c.providerBranch()).contains("main");
  }

  @Test
  void anEncryptedPasswordIsDecryptedWithMavensSettingsSecurity(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    org.sonatype.plexus.components.cipher.DefaultPlexusCipher cipher =
        new org.sonatype.plexus.components.cipher.DefaultPlexusCipher();
    java.nio.file.Path security = dir.resolve("settings-security.xml");
    java.nio.file.Files.writeString(
        security,
        "<settingsSecurity><master>"
            + cipher.encryptAndDecorate("master-pw", "settings.security")
            + "</master></settingsSecurity>");
    org.apache.maven.settings.crypto.SettingsDecrypter decrypter =
        new org.apache.maven.settings.crypto.DefaultSettingsDecrypter(
            new org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher(
                cipher, Map.of(), security.toString()));
    BrokerConfiguration b = new BrokerConfiguration();
    b.serverId = "broker";
    PactBroker c =
        BrokerMapping.config(
            "https://broker.example.com",
            b,
            null,
            null,
            false,
            null,
            settingsWith("broker", null, cipher.encryptAndDecorate("t0k3n", "master-pw")),
            decrypter,
            Map.of());
    assertThat(c.credentials()).contains(new Credentials.Bearer("t0k3n"));
  }

  @Test
  void aServerWithUsernameAndPasswordIsBasicAuth() throws Exception {
    BrokerConfiguration b = new BrokerConfiguration();
    b.serverId = "broker";
    PactBroker c =
        BrokerMapping.config(
            "https://broker.example.com",
            b,
            null,
            null,
            false,
            null,
            settingsWith("broker", "ci", "pw"),
            null,
            Map.of());
    assertThat(c.credentials()).contains(new Credentials.Basic("ci", "pw"));
  }

  @Test
  void environmentVariablesAreUsedWithoutAServer() throws Exception {
    PactBroker c =
        BrokerMapping.config(
            "https://broker.example.com",
            null,
            null,
            null,
            false,
            null,
            new Settings(),
            null,
            Map.of("PACT_BROKER_TOKEN", "from-env"));
    assertThat(c.credentials()).contains(new Credentials.Bearer("from-env"));
  }

  @Test
  void selectorsFromTheCommandLineWinOverThePom() throws Exception {
    BrokerConfiguration b = new BrokerConfiguration();
    SelectorConfiguration s = new SelectorConfiguration();
    s.mainBranch = true;
    b.consumerVersionSelectors = List.of(s);
    assertThat(
            BrokerMapping.config("http://b", b, null, null, false, null, null, null, Map.of())
                .selectors())
        .extracting(x -> x.toJson())
        .containsExactly(Map.of("mainBranch", true));
    assertThat(
            BrokerMapping.config(
                    "http://b",
                    b,
                    "[{deployedOrReleased: true}]",
                    null,
                    false,
                    null,
                    null,
                    null,
                    Map.of())
                .selectors())
        .extracting(x -> x.toJson())
        .containsExactly(Map.of("deployedOrReleased", true));
  }

  @Test
  void mistakesNameTheSetting() {
    BrokerConfiguration b = new BrokerConfiguration();
    b.serverId = "missing";
    assertThatThrownBy(
            () ->
                BrokerMapping.config(
                    "https://broker.example.com",
                    b,
                    null,
                    null,
                    false,
                    null,
                    new Settings(),
                    null,
                    Map.of()))
        .hasMessageStartingWith("<broker><serverId> missing has no <server> in settings.xml");
    assertThatThrownBy(
            () ->
                BrokerMapping.config(
                    "ftp://x", null, null, null, false, null, null, null, Map.of()))
        .hasMessage("<brokerUrl> is not an http(s) URL: ftp://x");
    assertThatThrownBy(
            () ->
                BrokerMapping.config(
                    "https://user:secret@b.example.com",
                    null,
                    null,
                    null,
                    false,
                    null,
                    null,
                    null,
                    Map.of()))
        .hasMessageStartingWith("<brokerUrl> must not contain credentials")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(
            () ->
                BrokerMapping.config(
                    "http://b",
                    null,
                    "[{mainBrnch: true}]",
                    null,
                    false,
                    null,
                    null,
                    null,
                    Map.of()))
        .hasMessageStartingWith("-Dpact.broker.selectors: $[0].mainBrnch: unknown selector field");
    assertThatThrownBy(
            () ->
                BrokerMapping.config(
                    "http://b", null, null, null, false, "2024-01-01", null, null, Map.of()))
        .hasMessageStartingWith("<includeWipPactsSince> needs <enablePending>true</enablePending>");
  }

  @Test
  void aSelectorTheBrokerWouldRejectNamesTheElementOrPropertyAtFault() throws Exception {
    BrokerConfiguration b = new BrokerConfiguration();
    SelectorConfiguration main = new SelectorConfiguration();
    main.mainBranch = true;
    SelectorConfiguration consumerOnly = new SelectorConfiguration();
    consumerOnly.consumer = "sous-chef";
    b.consumerVersionSelectors = List.of(main, consumerOnly);
    assertThatThrownBy(
            () ->
                BrokerMapping.config("http://b", b, null, null, false, null, null, null, Map.of()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "<broker><consumerVersionSelectors><selector> #2 {consumer: \"sous-chef\"} would be rejected by the Pact Broker:"
                + " it selects no version: give a branch, a tag or an environment, or set mainBranch, matchingBranch, latest, deployed,"
                + " released or deployedOrReleased to true (consumer alone is not enough)");
    assertThatThrownBy(
            () ->
                BrokerMapping.config(
                    "http://b",
                    null,
                    "[{matchingBranch: true}]",
                    null,
                    false,
                    null,
                    null,
                    null,
                    Map.of()))
        .hasMessage(
            "-Dpact.broker.selectors: selector $[0] {matchingBranch: true} would be rejected by the Pact Broker:"
                + " matchingBranch=true needs the provider's branch, and none is set; set <providerBranch> (-Dpact.provider.branch)");
    assertThat(
            BrokerMapping.config(
                    "http://b",
                    null,
                    "[{matchingBranch: true}]",
                    "feat-x",
                    false,
                    null,
                    null,
                    null,
                    Map.of())
                .selectors())
        .hasSize(1);
    assertThatThrownBy(
            () ->
                BrokerMapping.config(
                    "http://b",
                    null,
                    "[{deployed: true, released: true, environment: 'prod'}]",
                    null,
                    false,
                    null,
                    null,
                    null,
                    Map.of()))
        .hasMessageEndingWith(
            "deployed=true and released=true cannot both be set (use deployedOrReleased=true)");
  }

  @Test
  void aCustomAuthHeaderTakesTheTokenOrTheServersPassword() throws Exception {
    BrokerConfiguration b = new BrokerConfiguration();
    b.authHeaderName = "X-Api-Key";
    assertThat(
            BrokerMapping.config(
                    "http://b",
                    b,
                    null,
                    null,
                    false,
                    null,
                    new Settings(),
                    null,
                    Map.of("PACT_BROKER_TOKEN", "k3y"))
                .credentials())
        .contains(new Credentials.Header("X-Api-Key", "k3y"));
    b.serverId = "broker";
    assertThat(
            BrokerMapping.config(
                    "http://b",
                    b,
                    null,
                    null,
                    false,
                    null,
                    settingsWith("broker", "ci", "pw"),
                    null,
                    Map.of())
                .credentials())
        .contains(new Credentials.Header("X-Api-Key", "pw"));
    BrokerConfiguration none = new BrokerConfiguration();
    none.authHeaderName = "X-Api-Key";
    assertThatThrownBy(
            () ->
                BrokerMapping.config(
                    "http://b", none, null, null, false, null, new Settings(), null, Map.of()))
        .hasMessage(
            "<broker><authHeaderName> X-Api-Key has no value: put it in the <password> of the settings.xml <server> named"
                + " by <broker><serverId>, or in the environment variable PACT_BROKER_TOKEN");
  }

  @Test
  void pactUrlsReplaceTheBrokersSelectionAndGetTheBrokersCredentialsOnlyOnTheBroker()
      throws Exception {
    PactBroker broker =
        BrokerMapping.config(
            "https://broker.example.com",
            null,
            null,
            null,
            false,
            null,
            new Settings(),
            null,
            Map.of("PACT_BROKER_TOKEN", "t0k3n"));
    io.pactcontainers.broker.PactLocations s =
        PactSources.map(
            null,
            null,
            List.of(
                "https://broker.example.com/pacts/provider/p/consumer/c/version/1",
                "https://elsewhere.example.com/pacts/provider/p/pact.json"),
            java.util.Optional.empty(),
            broker.credentials(),
            java.util.Optional.empty(),
            java.util.Optional.of(broker));
    assertThat(s.sources()).allMatch(io.pactcontainers.source.PactSource.Url.class::isInstance);
    assertThat(s.sources())
        .extracting(x -> ((io.pactcontainers.source.PactSource.Url) x).credentials())
        .containsExactly(
            java.util.Optional.of(new Credentials.Bearer("t0k3n")), java.util.Optional.empty());
    io.pactcontainers.broker.PactLocations noUrls =
        PactSources.map(
            null,
            null,
            List.of(),
            java.util.Optional.empty(),
            broker.credentials(),
            java.util.Optional.empty(),
            java.util.Optional.of(broker));
    assertThat(noUrls.sources())
        .singleElement()
        .isInstanceOf(io.pactcontainers.broker.BrokerSource.class);
    assertThatThrownBy(
            () ->
                PactSources.map(
                    null,
                    null,
                    List.of("not a url"),
                    java.util.Optional.empty(),
                    java.util.Optional.empty(),
                    java.util.Optional.empty(),
                    java.util.Optional.empty()))
        .hasMessage("<pactUrls><pactUrl> is not a valid http(s) URL: not a url");
  }

  @Test
  void aWebhookBuildPublishesToTheBrokerItsPactUrlBelongsTo() throws Exception {
    PactBroker c =
        BrokerMapping.forPactUrl(
            java.net.URI.create(
                "https://broker.example.com/base/pacts/provider/p/consumer/c/pact-version/abc"),
            null,
            java.util.Optional.empty(),
            new Settings(),
            null,
            Map.of("PACT_BROKER_TOKEN", "t0k3n"));
    assertThat(c.url()).hasToString("https://broker.example.com/base/");
    assertThat(c.credentials()).contains(new Credentials.Bearer("t0k3n"));
    assertThatThrownBy(
            () ->
                BrokerMapping.forPactUrl(
                    java.net.URI.create("https://files.example.com/pact.json"),
                    null,
                    java.util.Optional.empty(),
                    new Settings(),
                    null,
                    Map.of()))
        .hasMessage(
            "<publishResults> with <pactUrls> needs pact URLs served by a Pact Broker, or <brokerUrl>: not a Pact Broker"
                + " pact URL (no /pacts/provider/ in it): https://files.example.com/pact.json");
  }
}
