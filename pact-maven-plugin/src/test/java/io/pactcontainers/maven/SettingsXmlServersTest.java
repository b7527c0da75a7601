package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.settings.BrokerSettings;
import io.pactcontainers.settings.SettingsException;
import io.pactcontainers.source.Credentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/**
 * settings.xml's {@code <server>}s as the Broker's credentials: a password alone is a bearer token,
 * with a user name basic authentication, an encrypted password decrypted with
 * settings-security.xml.
 */
class SettingsXmlServersTest {
  private static Settings settingsWith(String id, String username, String password) {
    Server server = new Server();
    server.setId(id);
    server.setUsername(username);
    server.setPassword(password);
    Settings settings = new Settings();
    settings.addServer(server);
    return settings;
  }

  /** The Broker of {@code <broker><serverId>}, its credentials from these servers. */
  private static PactBroker broker(
      Settings settings, SettingsDecrypter decrypter, String providerBranch) {
    BrokerConfiguration b = new BrokerConfiguration();
    b.serverId = "broker";
    return new BrokerSettings(MavenNames.POM, new SettingsXmlServers(settings, decrypter), Map.of())
        .broker(
            "https://broker.example.com", b, null, providerBranch, providerBranch != null, null);
  }

  @Test
  void aServerWithOnlyAPasswordIsABearerToken() {
    PactBroker c = broker(settingsWith("broker", null, "t0k3n"), null, "main");
    assertThat(c.credentials()).contains(new Credentials.Bearer("t0k3n"));
    assertThat(c.credentials().get().toString()).doesNotContain("t0k3n");
    assertThat(c.providerBranch()).contains("main");
  }

  @Test
  void anEncryptedPasswordIsDecryptedWithMavensSettingsSecurity(@TempDir Path dir)
      throws Exception {
    DefaultPlexusCipher cipher = new DefaultPlexusCipher();
    Path security = dir.resolve("settings-security.xml");
    Files.writeString(
        security,
        "<settingsSecurity><master>"
            + cipher.encryptAndDecorate("master-pw", "settings.security")
            + "</master></settingsSecurity>");
    SettingsDecrypter decrypter =
        new DefaultSettingsDecrypter(
            new DefaultSecDispatcher(cipher, Map.of(), security.toString()));
    PactBroker c =
        broker(
            settingsWith("broker", null, cipher.encryptAndDecorate("t0k3n", "master-pw")),
            decrypter,
            null);
    assertThat(c.credentials()).contains(new Credentials.Bearer("t0k3n"));
  }

  @Test
  void aServerWithUsernameAndPasswordIsBasicAuth() {
    assertThat(broker(settingsWith("broker", "ci", "pw"), null, null).credentials())
        .contains(new Credentials.Basic("ci", "pw"));
  }

  @Test
  void aServerThatIsNotInSettingsXmlNamesTheElementAndSaysWhatToAdd() {
    assertThatThrownBy(() -> broker(new Settings(), null, null))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "<broker><serverId> broker has no <server> in settings.xml; add one with <username>"
                + " and <password>, or <password> alone for a bearer token");
    assertThatThrownBy(() -> broker(settingsWith("broker", "ci", ""), null, null))
        .hasMessage("<server> broker in settings.xml has no <password>");
  }
}
