package io.pactcontainers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.broker.BrokerStandIn;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Broker commands against the Broker stand-in, the Broker named as its tools name it. */
class BrokerCommandTest {
  private static final String TOKEN = "cli-goal-t0ken-31";
  private BrokerStandIn broker;
  private Map<String, String> env;

  @BeforeEach
  void start() throws Exception {
    broker =
        new BrokerStandIn()
            .requireAuthorization("Bearer " + TOKEN)
            .publish("grill-chef", "1.4.2", "main", "sous-chef", "{}")
            .withEnvironment("production");
    env = Map.of("PACT_BROKER_BASE_URL", broker.url().toString(), "PACT_BROKER_TOKEN", TOKEN);
  }

  @AfterEach
  void stop() {
    broker.close();
  }

  @Test
  void recordDeploymentTellsTheBrokerAndSaysSo() {
    Cli cli =
        Cli.run(
            env,
            "record-deployment",
            "-a",
            "grill-chef",
            "-e",
            "1.4.2",
            "--environment",
            "production");

    assertThat(cli.status()).as(cli.out() + cli.err()).isZero();
    assertThat(broker.deployments()).hasSize(1);
    assertThat(broker.deployments().get(0))
        .contains("grill-chef")
        .contains("1.4.2")
        .contains("production");
    assertThat(cli.out()).contains("grill-chef").contains("production");
    assertThat(cli.out() + cli.err()).doesNotContain(TOKEN);
  }

  @Test
  void aMissingEnvironmentIsNamedWithAnExample() {
    Cli cli = Cli.run(env, "record-deployment", "-a", "grill-chef", "-e", "1.4.2");

    assertThat(cli.status()).isEqualTo(Commands.ERROR);
    assertThat(cli.err())
        .isEqualTo("ERROR: --environment is needed; e.g. --environment production\n");
  }

  @Test
  void aMissingBrokerIsNamedWithAnExample() {
    Cli cli = Cli.run("record-undeployment", "-a", "grill-chef", "--environment", "production");

    assertThat(cli.status()).isEqualTo(Commands.ERROR);
    assertThat(cli.err())
        .isEqualTo("ERROR: --broker-url is needed; e.g. --broker-url https://your-broker\n");
  }

  @Test
  void theBrokersRefusalExitsTwoWithoutTheToken() {
    Cli cli =
        Cli.run(
            Map.of("PACT_BROKER_BASE_URL", broker.url().toString()),
            "record-release",
            "-k",
            "wrong-goal-t0ken",
            "-a",
            "grill-chef",
            "-e",
            "1.4.2",
            "--environment",
            "production");

    assertThat(cli.status()).isEqualTo(Commands.ERROR);
    assertThat(cli.err()).startsWith("ERROR: The Pact Broker refused the credentials (HTTP 401)");
    assertThat(cli.out() + cli.err()).doesNotContain("wrong-goal-t0ken");
  }

  @Test
  void theBrokerCommandsHelpNamesTheBrokerClisOptions() {
    Cli cli = Cli.run("record-deployment", "--help");

    assertThat(cli.status()).isZero();
    assertThat(cli.out())
        .contains("-a, --pacticipant=NAME")
        .contains("-e, --version=VERSION")
        .contains("Env: PACT_PACTICIPANT_VERSION.")
        .contains("-b, --broker-url, --broker-base-url=URL")
        .contains("-k, --token, --broker-token=TOKEN")
        .contains("Env: PACT_BROKER_TOKEN.");
  }
}
