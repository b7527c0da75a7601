package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.broker.BrokerStandIn;
import io.pactcontainers.broker.RecordingProxy;
import io.pactcontainers.settings.ConfiguredProxy;
import io.pactcontainers.settings.SettingsException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/**
 * settings.xml's {@code <proxies>} for the Broker: the active proxy, its password decrypted as the
 * servers' are, its {@code nonProxyHosts}; a Broker goal against a Broker whose host resolves only
 * through a real proxy.
 */
class ProxyFromSettingsXmlTest {
  private static final String PASSWORD = "pr0xy-pl4in-77";
  private BrokerStandIn broker;
  private RecordingProxy proxy;
  private URI hidden;
  private final List<String> said = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    broker = new BrokerStandIn().withEnvironment("production");
    hidden = URI.create("http://broker.invalid:" + broker.localUrl().getPort());
    broker.withBaseUrl(hidden);
    proxy = new RecordingProxy().route("broker.invalid:" + hidden.getPort(), broker.localUrl());
  }

  @AfterEach
  void stop() throws Exception {
    proxy.close();
    broker.close();
  }

  private static Proxy proxy(String id, boolean active, int port, String password) {
    Proxy p = new Proxy();
    p.setId(id);
    p.setActive(active);
    p.setProtocol("http");
    p.setHost("127.0.0.1");
    p.setPort(port);
    p.setUsername("builder");
    p.setPassword(password);
    return p;
  }

  private ListEnvironmentsMojo listEnvironments(String url, Settings settings) {
    ListEnvironmentsMojo m = new ListEnvironmentsMojo();
    m.brokerUrl = url;
    m.output = "text";
    m.settings = settings;
    m.setLog(
        new SystemStreamLog() {
          @Override
          public void info(CharSequence c) {
            said.add(c.toString());
          }
        });
    return m;
  }

  private static Settings settingsWith(Proxy... proxies) {
    Settings settings = new Settings();
    for (Proxy p : proxies) {
      settings.addProxy(p);
    }
    return settings;
  }

  @Test
  void theActiveProxyIsGivenItsPasswordDecrypted(@TempDir Path dir) throws Exception {
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
    Proxy off = proxy("off", false, 1, "x");
    Proxy corp = proxy("corp", true, 3128, cipher.encryptAndDecorate(PASSWORD, "master-pw"));
    corp.setNonProxyHosts("*.internal|localhost");

    List<ConfiguredProxy> proxies =
        new SettingsXmlServers(settingsWith(off, corp), decrypter).proxies();

    assertThat(proxies)
        .containsExactly(
            new ConfiguredProxy(
                "settings.xml <proxy> corp",
                "http",
                "127.0.0.1",
                3128,
                "builder",
                PASSWORD,
                "*.internal|localhost"));
  }

  @Test
  void aProxyPasswordThatCannotBeDecryptedNamesTheProxy(@TempDir Path dir) {
    SettingsDecrypter decrypter =
        new DefaultSettingsDecrypter(
            new DefaultSecDispatcher(
                new DefaultPlexusCipher(), Map.of(), dir.resolve("none.xml").toString()));
    Settings settings = settingsWith(proxy("corp", true, 3128, "{aGVsbG8gd29ybGQgaGVsbG8=}"));

    assertThatThrownBy(() -> new SettingsXmlServers(settings, decrypter).proxies())
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith("Cannot decrypt the password of <proxy> corp in settings.xml: ")
        .hasMessageEndingWith("; check settings-security.xml");
  }

  @Test
  void aBrokerGoalReachesTheBrokerThroughTheProxyOfSettingsXml() throws Exception {
    proxy.requireCredentials("builder", PASSWORD);

    listEnvironments(hidden.toString(), settingsWith(proxy("corp", true, proxy.port(), PASSWORD)))
        .execute();

    assertThat(said).anyMatch(l -> l.contains("| production"));
    assertThat(proxy.passed())
        .contains("GET " + hidden + "/")
        .allMatch(l -> l.contains("broker.invalid"));
    assertThat(String.join("\n", said)).doesNotContain(PASSWORD);
  }

  @Test
  void aHostInNonProxyHostsIsReachedDirectly() throws Exception {
    try (BrokerStandIn local = new BrokerStandIn().withEnvironment("test")) {
      Proxy corp = proxy("corp", true, proxy.port(), PASSWORD);
      corp.setNonProxyHosts("localhost|127.0.0.*");

      listEnvironments(local.url().toString(), settingsWith(corp)).execute();

      assertThat(said).anyMatch(l -> l.contains("| test"));
      assertThat(proxy.passed()).isEmpty();
    }
  }

  @Test
  void aProxyRefusingThePasswordIsABuildErrorNamingItNeverThePassword() {
    proxy.requireCredentials("builder", "the-right-one");
    ListEnvironmentsMojo goal =
        listEnvironments(
            hidden.toString(), settingsWith(proxy("corp", true, proxy.port(), PASSWORD)));

    assertThatThrownBy(goal::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "The Pact Broker could not be asked for the Broker index at "
                + hidden
                + "/: the proxy 127.0.0.1:"
                + proxy.port()
                + " (from settings.xml <proxy> corp) refused the credentials of settings.xml"
                + " <proxy> corp (HTTP 407); check its user name and password")
        .message()
        .doesNotContain(PASSWORD);
  }
}
