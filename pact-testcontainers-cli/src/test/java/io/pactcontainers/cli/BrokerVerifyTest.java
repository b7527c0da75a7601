package io.pactcontainers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.pactcontainers.broker.BrokerStandIn;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pacts from a Pact Broker and results published to it, the Broker named as its tools name it. */
class BrokerVerifyTest {
  private static final String TOKEN = "cli-broker-t0ken-77";
  private BrokerStandIn broker;
  private HttpServer provider;
  @TempDir Path dir;

  @BeforeEach
  void start() throws Exception {
    broker =
        new BrokerStandIn()
            .requireAuthorization("Bearer " + TOKEN)
            .publish(
                "consumer",
                "1.0.0",
                "main",
                "echo-provider",
                Files.readString(
                    Path.of("src/test/resources/pacts-echo/consumer-echo-provider.json")));
    provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    provider.createContext(
        "/",
        exchange -> {
          byte[] body = "{\"user\": \"sous-chef\"}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    provider.start();
  }

  @AfterEach
  void stop() {
    provider.stop(0);
    broker.close();
  }

  private Cli verify(Map<String, String> env, String... more) {
    String[] args = {
      "verify",
      "-n",
      "echo-provider",
      "--provider-base-url",
      "http://127.0.0.1:" + provider.getAddress().getPort(),
      "-o",
      dir.toString()
    };
    String[] all =
        java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
            .toArray(String[]::new);
    return Cli.run(env, all);
  }

  @Test
  void pactsComeFromTheBrokerOfPactBrokerBaseUrlAndResultsArePublished() {
    Cli cli =
        verify(
            Map.of("PACT_BROKER_BASE_URL", broker.url().toString(), "PACT_BROKER_TOKEN", TOKEN),
            "--publish",
            "--provider-version",
            "2.0.0",
            "--provider-branch",
            "main");

    assertThat(cli.status()).as(cli.out() + cli.err()).isZero();
    assertThat(cli.out()).contains("Pact verification of \"echo-provider\": 1 passed");
    assertThat(broker.verifications()).hasSize(1);
    assertThat(broker.verifications().get(0).body().get("success").asBoolean()).isTrue();
    assertThat(cli.out() + cli.err()).doesNotContain(TOKEN);
  }

  @Test
  void aWrongTokenExitsTwoWithTheBrokersAnswerAndNoToken() {
    Cli cli =
        verify(Map.of("PACT_BROKER_BASE_URL", broker.url().toString()), "-t", "wrong-t0ken-1234");

    assertThat(cli.status()).isEqualTo(Commands.ERROR);
    assertThat(cli.err())
        .startsWith(
            "ERROR: The Pact Broker refused the credentials (HTTP 401) for the Broker index at "
                + broker.url())
        .endsWith(": Unauthorized; check the token or username and password configured for it\n");
    assertThat(cli.out() + cli.err()).doesNotContain("wrong-t0ken-1234");
  }

  @Test
  void publishingWithoutAVersionIsAConfigurationErrorNamingTheOption() {
    Cli cli =
        verify(
            Map.of(
                "PACT_BROKER_BASE_URL",
                broker.url().toString(),
                "PACT_BROKER_TOKEN",
                TOKEN,
                // No git checkout (this test runs in ours) and no CI variable: no version to find.
                "GIT_DIR",
                dir.resolve("no-git").toString()),
            "--publish");

    assertThat(cli.status()).isEqualTo(Commands.ERROR);
    assertThat(cli.err())
        .isEqualTo(
            "ERROR: --provider-version is needed to publish results: the version the results are"
                + " published for\n");
  }
}
