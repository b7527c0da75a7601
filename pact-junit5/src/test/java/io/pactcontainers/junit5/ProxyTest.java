package io.pactcontainers.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.broker.BrokerStandIn;
import io.pactcontainers.broker.RecordingProxy;
import io.pactcontainers.junit5.subjects.ProxiedBrokerOrdersPactTest;
import java.net.URI;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A test class behind a proxy given by the environment ({@code HTTP_PROXY}, as curl reads it): the
 * Broker, whose host resolves only through a real proxy, is reached through it; the provider is
 * not.
 */
class ProxyTest {
  private static final String PASSWORD = "junit5-pr0xy-pw";
  private BrokerStandIn broker;
  private RecordingProxy proxy;
  private URI hidden;

  @BeforeEach
  void start() throws Exception {
    broker = new BrokerStandIn();
    hidden = URI.create("http://broker.invalid:" + broker.localUrl().getPort());
    broker.withBaseUrl(hidden);
    broker.publish(
        "till",
        "1.0.0",
        "main",
        "orders",
        "{\"consumer\":{\"name\":\"till\"},\"provider\":{\"name\":\"orders\"},\"interactions\":["
            + "{\"description\":\"an order\",\"request\":{\"method\":\"GET\",\"path\":\"/orders/1\"},"
            + "\"response\":{\"status\":200,\"body\":{\"dish\":\"steak\"}}}],"
            + "\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}");
    proxy =
        new RecordingProxy()
            .route("broker.invalid:" + hidden.getPort(), broker.localUrl())
            .requireCredentials("builder", PASSWORD);
  }

  @AfterEach
  void stop() throws Exception {
    proxy.close();
    broker.close();
  }

  @Test
  void theBrokerIsReachedThroughHttpProxyAndTheProviderDirectly() throws Exception {
    String proxyUrl = "http://builder:" + PASSWORD + "@127.0.0.1:" + proxy.port();
    UnaryOperator<Map<String, String>> env =
        e -> {
          e.put("PACT_JUNIT5_BROKER_URL", hidden.toString());
          e.put("HTTP_PROXY", proxyUrl);
          e.put("HTTPS_PROXY", proxyUrl);
          e.remove("NO_PROXY");
          e.remove("no_proxy");
          e.remove("http_proxy");
          e.remove("https_proxy");
          return e;
        };

    ForkedRun run =
        ForkedRun.of(ProxiedBrokerOrdersPactTest.class, UnaryOperator.identity(), env, 120);

    assertThat(run.output())
        .contains("tests started 1, succeeded 1, failed 0")
        .contains(
            "The Pact Broker "
                + hidden
                + "/ is reached through the proxy 127.0.0.1:"
                + proxy.port()
                + " (from HTTP_PROXY)")
        .doesNotContain(PASSWORD);
    assertThat(proxy.passed())
        .contains("POST " + hidden + "/pacts/provider/orders/for-verification")
        .allMatch(l -> l.contains("http://broker.invalid:"));
  }
}
