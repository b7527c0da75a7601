package io.pactcontainers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.pactcontainers.broker.BrokerStandIn;
import io.pactcontainers.broker.RecordingProxy;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line behind a proxy given as curl takes it ({@code HTTP_PROXY}, {@code NO_PROXY}): a
 * Broker whose host resolves only through a real proxy, pacts verified and results published
 * through it, the provider and its state endpoint reached directly all the same.
 */
class ProxyTest {
  private static final String PASSWORD = "cli-pr0xy-pw-31";
  private static final String PACT =
      "{\"consumer\":{\"name\":\"consumer\"},\"provider\":{\"name\":\"echo-provider\"},"
          + "\"interactions\":[{\"description\":\"who am I\",\"providerState\":\"a chef\","
          + "\"request\":{\"method\":\"GET\",\"path\":\"/whoami\"},"
          + "\"response\":{\"status\":200,\"body\":{\"user\":\"sous-chef\"}}}],"
          + "\"metadata\":{\"pactSpecification\":{\"version\":\"2.0.0\"}}}";

  private BrokerStandIn broker;
  private RecordingProxy proxy;
  private HttpServer provider;
  private URI hidden;
  private final List<String> providerGot = Collections.synchronizedList(new ArrayList<>());
  @TempDir Path dir;

  @BeforeEach
  void start() throws Exception {
    broker = new BrokerStandIn().publish("consumer", "1.0.0", "main", "echo-provider", PACT);
    hidden = URI.create("http://broker.invalid:" + broker.localUrl().getPort());
    broker.withBaseUrl(hidden);
    proxy = new RecordingProxy().route("broker.invalid:" + hidden.getPort(), broker.localUrl());
    provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    provider.createContext(
        "/",
        exchange -> {
          providerGot.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
          byte[] body = "{\"user\": \"sous-chef\"}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    provider.start();
  }

  @AfterEach
  void stop() throws Exception {
    provider.stop(0);
    proxy.close();
    broker.close();
  }

  private Cli verify(Map<String, String> env, String... more) {
    String base = "http://127.0.0.1:" + provider.getAddress().getPort();
    List<String> args =
        new ArrayList<>(
            List.of(
                "verify",
                "-n",
                "echo-provider",
                "--provider-base-url",
                base,
                "--state-change-url",
                base + "/state",
                "-o",
                dir.toString()));
    args.addAll(List.of(more));
    return Cli.run(env, args.toArray(String[]::new));
  }

  private Map<String, String> behindTheProxy(String... more) {
    String url = "http://builder:" + PASSWORD + "@127.0.0.1:" + proxy.port();
    Map<String, String> env = new HashMap<>(Map.of("HTTP_PROXY", url, "HTTPS_PROXY", url));
    for (int i = 0; i < more.length; i += 2) {
      env.put(more[i], more[i + 1]);
    }
    return env;
  }

  @Test
  void theBrokerIsReachedOnlyThroughTheProxyAndTheProviderNever() {
    proxy.requireCredentials("builder", PASSWORD);

    Cli cli =
        verify(
            behindTheProxy("PACT_BROKER_BASE_URL", hidden.toString()),
            "--publish",
            "--provider-version",
            "2.0.0");

    assertThat(cli.status()).as(cli.out() + cli.err()).isZero();
    assertThat(cli.out())
        .contains(
            "The Pact Broker "
                + hidden
                + "/ is reached through the proxy 127.0.0.1:"
                + proxy.port()
                + " (from HTTP_PROXY)")
        .contains("Pact verification of \"echo-provider\": 1 passed");
    assertThat(broker.verifications()).hasSize(1);
    assertThat(proxy.passed())
        .contains("POST " + hidden + "/pacts/provider/echo-provider/for-verification")
        .anyMatch(l -> l.startsWith("POST " + hidden) && l.endsWith("/verification-results"))
        .allMatch(l -> l.contains("http://broker.invalid:"));
    assertThat(providerGot).contains("POST /state", "GET /whoami");
    assertThat(cli.out() + cli.err()).doesNotContain(PASSWORD);
  }

  @Test
  void aPactUrlIsFetchedThroughTheProxy() {
    String pactUrl = hidden + "/pacts/provider/echo-provider/consumer/consumer/version/1.0.0";

    Cli cli = verify(behindTheProxy(), "--url", pactUrl);

    assertThat(cli.status()).as(cli.out() + cli.err()).isZero();
    assertThat(cli.out())
        .contains(
            "Pact URLs are fetched through the proxy 127.0.0.1:"
                + proxy.port()
                + " (from HTTP_PROXY)");
    assertThat(proxy.passed()).containsExactly("GET " + pactUrl);
    assertThat(providerGot).contains("GET /whoami");
  }

  @Test
  void aBrokerNamedInNoProxyIsReachedDirectly() throws Exception {
    try (BrokerStandIn local =
        new BrokerStandIn().publish("consumer", "1.0.0", "main", "echo-provider", PACT)) {
      Cli cli =
          verify(
              behindTheProxy(
                  "PACT_BROKER_BASE_URL",
                  local.url().toString(),
                  "NO_PROXY",
                  "localhost,127.0.0.1"));

      assertThat(cli.status()).as(cli.out() + cli.err()).isZero();
      assertThat(cli.out()).doesNotContain("through the proxy");
      assertThat(proxy.passed()).isEmpty();
    }
  }

  @Test
  void aProxyThatIsDownExitsTwoWithOneLineNamingItAndItsVariable() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }

    Cli cli =
        verify(
            Map.of(
                "HTTP_PROXY",
                "http://builder:" + PASSWORD + "@127.0.0.1:" + closed,
                "PACT_BROKER_BASE_URL",
                hidden.toString()),
            "--broker-retries",
            "0");

    assertThat(cli.status()).isEqualTo(Commands.ERROR);
    assertThat(cli.err())
        .isEqualTo(
            "ERROR: The Pact Broker could not be asked for the Broker index at "
                + hidden
                + "/: the proxy 127.0.0.1:"
                + closed
                + " (from HTTP_PROXY) could not be reached (connection refused); check HTTP_PROXY"
                + " and that the proxy is up\n");
    assertThat(providerGot).isEmpty();
  }

  @Test
  void aProxyVariableThatIsNoProxyUrlExitsTwoNamingIt() {
    Cli cli =
        verify(
            Map.of(
                "HTTP_PROXY",
                "socks5://builder:" + PASSWORD + "@127.0.0.1:1080",
                "PACT_BROKER_BASE_URL",
                hidden.toString()));

    assertThat(cli.status()).isEqualTo(Commands.ERROR);
    assertThat(cli.err())
        .isEqualTo(
            "ERROR: HTTP_PROXY is a socks5:// proxy (socks5://****@127.0.0.1:1080); only a proxy"
                + " spoken to in plain HTTP (http://host:port) is supported here, which tunnels"
                + " https URLs with CONNECT\n");
  }
}
