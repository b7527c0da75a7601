package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.broker.BrokerConfig;
import io.pactcontainers.source.Credentials;
import java.util.List;
import java.util.Map;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;

class BrokerSettingsTest {
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
    BrokerConfig c = BrokerSettings.config("https://broker.example.com", b, null, "main", true, null,
        settingsWith("broker", null, "t0k3n"), null, Map.of());
    assertThat(c.credentials()).contains(new Credentials.Bearer("t0k3n"));
    assertThat(c.credentials().get().toString()).doesNotContain("t0k3n");
    assertThat(c.providerBranch()).contains("main");
  }

  @Test
  void anEncryptedPasswordIsDecryptedWithMavensSettingsSecurity(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    org.sonatype.plexus.components.cipher.DefaultPlexusCipher cipher = new org.sonatype.plexus.components.cipher.DefaultPlexusCipher();
    java.nio.file.Path security = dir.resolve("settings-security.xml");
    java.nio.file.Files.writeString(security, "<settingsSecurity><master>"
        + cipher.encryptAndDecorate("master-pw", "settings.security") + "</master></settingsSecurity>");
    org.apache.maven.settings.crypto.SettingsDecrypter decrypter = new org.apache.maven.settings.crypto.DefaultSettingsDecrypter(
        new org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher(cipher, Map.of(), security.toString()));
    BrokerConfiguration b = new BrokerConfiguration();
    b.serverId = "broker";
    BrokerConfig c = BrokerSettings.config("https://broker.example.com", b, null, null, false, null,
        settingsWith("broker", null, cipher.encryptAndDecorate("t0k3n", "master-pw")), decrypter, Map.of());
    assertThat(c.credentials()).contains(new Credentials.Bearer("t0k3n"));
  }

  @Test
  void aServerWithUsernameAndPasswordIsBasicAuth() throws Exception {
    BrokerConfiguration b = new BrokerConfiguration();
    b.serverId = "broker";
    BrokerConfig c = BrokerSettings.config("https://broker.example.com", b, null, null, false, null,
        settingsWith("broker", "ci", "pw"), null, Map.of());
    assertThat(c.credentials()).contains(new Credentials.Basic("ci", "pw"));
  }

  @Test
  void environmentVariablesAreUsedWithoutAServer() throws Exception {
    BrokerConfig c = BrokerSettings.config("https://broker.example.com", null, null, null, false, null, new Settings(), null,
        Map.of("PACT_BROKER_TOKEN", "from-env"));
    assertThat(c.credentials()).contains(new Credentials.Bearer("from-env"));
  }

  @Test
  void selectorsFromTheCommandLineWinOverThePom() throws Exception {
    BrokerConfiguration b = new BrokerConfiguration();
    SelectorConfiguration s = new SelectorConfiguration();
    s.mainBranch = true;
    b.consumerVersionSelectors = List.of(s);
    assertThat(BrokerSettings.config("http://b", b, null, null, false, null, null, null, Map.of()).selectors())
        .extracting(x -> x.toJson()).containsExactly(Map.of("mainBranch", true));
    assertThat(BrokerSettings.config("http://b", b, "[{deployedOrReleased: true}]", null, false, null, null, null, Map.of()).selectors())
        .extracting(x -> x.toJson()).containsExactly(Map.of("deployedOrReleased", true));
  }

  @Test
  void mistakesNameTheSetting() {
    BrokerConfiguration b = new BrokerConfiguration();
    b.serverId = "missing";
    assertThatThrownBy(() -> BrokerSettings.config("https://broker.example.com", b, null, null, false, null, new Settings(), null, Map.of()))
        .hasMessageStartingWith("<broker><serverId> missing has no <server> in settings.xml");
    assertThatThrownBy(() -> BrokerSettings.config("ftp://x", null, null, null, false, null, null, null, Map.of()))
        .hasMessage("<brokerUrl> is not an http(s) URL: ftp://x");
    assertThatThrownBy(() -> BrokerSettings.config("https://user:secret@b.example.com", null, null, null, false, null, null, null, Map.of()))
        .hasMessageStartingWith("<brokerUrl> must not contain credentials").hasMessageNotContaining("secret");
    assertThatThrownBy(() -> BrokerSettings.config("http://b", null, "[{mainBrnch: true}]", null, false, null, null, null, Map.of()))
        .hasMessageStartingWith("-Dpact.broker.selectors: $[0].mainBrnch: unknown selector field");
    assertThatThrownBy(() -> BrokerSettings.config("http://b", null, null, null, false, "2024-01-01", null, null, Map.of()))
        .hasMessageStartingWith("<includeWipPactsSince> needs <enablePending>true</enablePending>");
  }
}
