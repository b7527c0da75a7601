package io.pactcontainers.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.source.Credentials;
import io.pactcontainers.source.HttpProxies;
import io.pactcontainers.source.HttpProxy;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one rule of the Broker's and pact URLs' proxy: settings.xml's proxies when the front end
 * keeps any, else the environment as curl reads it.
 */
class ProxySettingsTest {
  private static HttpProxies fromEnvironment(Map<String, String> env) {
    return new BrokerSettings(PomNames.POM, ServerCredentials.NONE, env).proxies();
  }

  private static ServerCredentials keeping(ConfiguredProxy... proxies) {
    return new ServerCredentials() {
      @Override
      public Credentials of(String id, String setting) {
        throw new SettingsException("no servers");
      }

      @Override
      public List<ConfiguredProxy> proxies() {
        return List.of(proxies);
      }
    };
  }

  private static Optional<HttpProxy> forUrl(HttpProxies p, String url) {
    return p.forUri(URI.create(url));
  }

  @Test
  void httpsProxyWithCredentialsInTheUrlAsCurlReadsIt() {
    HttpProxies p =
        fromEnvironment(Map.of("HTTPS_PROXY", "http://bu%40ilder:p%3Ass@proxy.corp:3128"));

    HttpProxy https = forUrl(p, "https://broker.example/").orElseThrow();
    assertThat(https.host()).isEqualTo("proxy.corp");
    assertThat(https.port()).isEqualTo(3128);
    assertThat(https.credentials()).contains(new Credentials.Basic("bu@ilder", "p:ss"));
    assertThat(https.origin()).isEqualTo("HTTPS_PROXY");
    assertThat(forUrl(p, "http://broker.example/")).isEmpty();
  }

  @Test
  void theLowerCaseNameWinsAndASchemeAndPortAreOptional() {
    HttpProxies p =
        fromEnvironment(Map.of("http_proxy", "lower.corp", "HTTP_PROXY", "http://upper.corp:8080"));

    HttpProxy http = forUrl(p, "http://broker.example/").orElseThrow();
    assertThat(http.describe()).isEqualTo("lower.corp:1080 (from http_proxy)");
  }

  @Test
  void noProxyNamesAHostAndEveryHostUnderItAndStarIsEveryHost() {
    HttpProxies p =
        fromEnvironment(
            Map.of(
                "HTTPS_PROXY", "http://proxy.corp:3128",
                "NO_PROXY", "localhost, .internal.example,10.0.0.7"));

    assertThat(forUrl(p, "https://localhost:9292/")).isEmpty();
    assertThat(forUrl(p, "https://internal.example/")).isEmpty();
    assertThat(forUrl(p, "https://broker.internal.example/")).isEmpty();
    assertThat(forUrl(p, "https://10.0.0.7/")).isEmpty();
    assertThat(forUrl(p, "https://notinternal.example/")).isPresent();
    assertThat(forUrl(p, "https://10.0.0.70/")).isPresent();
    HttpProxies all =
        fromEnvironment(Map.of("HTTPS_PROXY", "http://proxy.corp:3128", "no_proxy", "*"));
    assertThat(forUrl(all, "https://broker.example/")).isEmpty();
  }

  @Test
  void proxiesSpokenToOverTlsOrSocksAreRefusedNamingTheVariableNotThePassword() {
    assertThatThrownBy(
            () -> fromEnvironment(Map.of("HTTPS_PROXY", "https://u:s3cret@proxy.corp:443")))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "HTTPS_PROXY is a https:// proxy (https://****@proxy.corp:443); only a proxy spoken to"
                + " in plain HTTP (http://host:port) is supported here, which tunnels https URLs"
                + " with CONNECT");
    assertThatThrownBy(() -> fromEnvironment(Map.of("https_proxy", "socks5://proxy.corp:1080")))
        .hasMessageStartingWith("https_proxy is a socks5:// proxy (socks5://proxy.corp:1080)");
  }

  @Test
  void settingsXmlsHttpProxyServesHttpsUrlsTooUnlessAnHttpsOneIsGiven() {
    ConfiguredProxy http =
        new ConfiguredProxy(
            "settings.xml <proxy> corp",
            "http",
            "proxy.corp",
            3128,
            "builder",
            "s3cret",
            "*.internal|localhost");
    HttpProxies one =
        new BrokerSettings(PomNames.POM, keeping(http), Map.of("HTTPS_PROXY", "http://ignored:1"))
            .proxies();

    assertThat(forUrl(one, "https://broker.example/").orElseThrow().describe())
        .isEqualTo("proxy.corp:3128 (from settings.xml <proxy> corp)");
    assertThat(forUrl(one, "http://broker.example/").orElseThrow().credentials())
        .contains(new Credentials.Basic("builder", "s3cret"));
    assertThat(forUrl(one, "https://broker.internal/")).isEmpty();
    assertThat(forUrl(one, "https://localhost/")).isEmpty();

    ConfiguredProxy https =
        new ConfiguredProxy(
            "settings.xml <proxy> tls", "https", "tls.corp", 8443, null, null, null);
    HttpProxies two = new BrokerSettings(PomNames.POM, keeping(http, https), Map.of()).proxies();
    assertThat(forUrl(two, "https://broker.example/").orElseThrow().host()).isEqualTo("tls.corp");
    assertThat(forUrl(two, "http://broker.example/").orElseThrow().host()).isEqualTo("proxy.corp");
  }

  @Test
  void aSettingsXmlProxyWithoutAHostNamesItself() {
    ConfiguredProxy noHost =
        new ConfiguredProxy("settings.xml <proxy> corp", "http", " ", 3128, null, null, null);
    assertThatThrownBy(() -> new BrokerSettings(PomNames.POM, keeping(noHost), Map.of()).proxies())
        .isInstanceOf(SettingsException.class)
        .hasMessage("settings.xml <proxy> corp has no <host>; add the proxy's host name");
  }

  @Test
  void theBrokerGetsTheProxiesAndTheirPasswordIsOneOfItsSecrets() {
    PactBroker broker =
        new BrokerSettings(
                PomNames.POM,
                ServerCredentials.NONE,
                Map.of("HTTPS_PROXY", "http://builder:pr0xy-s3cret@proxy.corp:3128"))
            .broker("https://broker.example", null, null, null, false, null);

    assertThat(broker.proxies().forUri(broker.url())).isPresent();
    assertThat(broker.secrets()).contains("pr0xy-s3cret");
  }

  private static MappedSettings map(
      GivenSettings raw, Map<String, String> env, List<String> lines) {
    java.nio.file.Path here = java.nio.file.Path.of("").toAbsolutePath();
    return VerificationSettings.map(
        raw,
        new SettingsContext(
            here,
            here.resolve("target/pact"),
            env,
            lines::add,
            ServerCredentials.NONE,
            SettingsContext.classesOf(ProxySettingsTest.class.getClassLoader()),
            List.of(),
            "test"));
  }

  @Test
  void aVerificationSaysWhichProxyTheBrokerAndPactUrlsGoThroughAndMasksItsPassword() {
    GivenSettings raw = new GivenSettings();
    raw.brokerUrl = "https://broker.example";
    raw.pactUrls = List.of("https://pacts.example/pact.json");
    List<String> lines = new java.util.ArrayList<>();

    MappedSettings mapped =
        map(raw, Map.of("HTTPS_PROXY", "http://builder:pr0xy-s3cret@proxy.corp:3128"), lines);

    assertThat(lines)
        .contains(
            "The Pact Broker https://broker.example/ is reached through the proxy proxy.corp:3128"
                + " (from HTTPS_PROXY)",
            "Pact URLs are fetched through the proxy proxy.corp:3128 (from HTTPS_PROXY)");
    assertThat(mapped.config().sources())
        .filteredOn(io.pactcontainers.source.PactSource.Url.class::isInstance)
        .map(u -> (io.pactcontainers.source.PactSource.Url) u)
        .map(u -> u.proxies().forUri(u.uri()).map(HttpProxy::describe))
        .containsExactly(Optional.of("proxy.corp:3128 (from HTTPS_PROXY)"));
    assertThat(mapped.secrets().mask("user builder:pr0xy-s3cret")).doesNotContain("pr0xy-s3cret");
    assertThat(mapped.config().secrets().mask("pr0xy-s3cret")).doesNotContain("pr0xy-s3cret");
  }

  @Test
  void aRunOfLocalPactsIgnoresTheProxyVariablesItDoesNotUse() {
    GivenSettings raw = new GivenSettings();
    raw.pactDirectory = new java.io.File("src/test/resources");
    List<String> lines = new java.util.ArrayList<>();

    map(raw, Map.of("HTTPS_PROXY", "socks5://proxy.corp:1080"), lines);

    assertThat(lines).noneMatch(l -> l.contains("proxy"));
  }
}
