package io.pactcontainers.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which proxy a URL goes through, and to whom the proxy's credentials are given. */
class HttpProxiesTest {
  private static final HttpProxy CORP =
      new HttpProxy(
          "proxy.corp",
          3128,
          Optional.of(new Credentials.Basic("builder", "pr0xy-s3cret")),
          List.of("*.internal", "localhost", "10.*", "::1"),
          "settings.xml <proxy> corp");
  private static final HttpProxies PROXIES = new HttpProxies(Optional.empty(), Optional.of(CORP));

  @Test
  void anHttpsUrlGoesThroughTheHttpsProxyAnHttpUrlThroughNone() {
    assertThat(PROXIES.forUri(URI.create("https://broker.example/"))).contains(CORP);
    assertThat(PROXIES.forUri(URI.create("http://broker.example/"))).isEmpty();
  }

  @Test
  void nonProxyHostsMatchTheWholeHostWithWildcardsIgnoringCase() {
    assertThat(PROXIES.forUri(URI.create("https://Broker.Internal/"))).isEmpty();
    assertThat(PROXIES.forUri(URI.create("https://localhost:9292/"))).isEmpty();
    assertThat(PROXIES.forUri(URI.create("https://10.1.2.3/"))).isEmpty();
    assertThat(PROXIES.forUri(URI.create("https://[::1]:9292/"))).isEmpty();
    assertThat(PROXIES.forUri(URI.create("https://internal/"))).contains(CORP);
    assertThat(PROXIES.forUri(URI.create("https://localhost.example/"))).contains(CORP);
    assertThat(PROXIES.forUri(URI.create("https://110.1.2.3/"))).contains(CORP);
  }

  @Test
  void theSelectorAnswersTheProxyOrDirect() {
    assertThat(PROXIES.selector().select(URI.create("https://broker.example/")))
        .containsExactly(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("proxy.corp", 3128)));
    assertThat(PROXIES.selector().select(URI.create("https://localhost/")))
        .containsExactly(Proxy.NO_PROXY);
    assertThat(HttpProxies.NONE.selector().select(URI.create("https://broker.example/")))
        .containsExactly(Proxy.NO_PROXY);
  }

  @Test
  void theCredentialsGoToTheProxyOnlyInTheirOwnHeader() {
    String basic =
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString(
                    "builder:pr0xy-s3cret".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(PROXIES.authorization(URI.create("https://broker.example/"))).contains(basic);
    assertThat(PROXIES.authorization(URI.create("https://localhost/"))).isEmpty();
    HttpProxy open = new HttpProxy("proxy.corp", 3128, Optional.empty(), List.of(), "HTTPS_PROXY");
    assertThat(
            new HttpProxies(Optional.of(open), Optional.of(open))
                .authorization(URI.create("https://broker.example/")))
        .isEmpty();
  }

  @Test
  void thePasswordIsNeverShownButIsASecret() {
    assertThat(CORP.toString())
        .isEqualTo("HttpProxy[proxy.corp:3128 (from settings.xml <proxy> corp), user builder]")
        .doesNotContain("pr0xy-s3cret");
    assertThat(CORP.describe()).isEqualTo("proxy.corp:3128 (from settings.xml <proxy> corp)");
    assertThat(PROXIES.secrets()).contains("pr0xy-s3cret");
  }
}
