package io.pactcontainers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.broker.BrokerStandIn;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * create-or-update-pacticipant, describe-pacticipant and describe-version against the Broker
 * stand-in over HTTP, with the Broker CLI's options.
 */
class PacticipantCommandsTest {
  private static final String TOKEN = "pacticipant-cli-t0ken-31";
  private BrokerStandIn broker;
  private Map<String, String> env;

  @BeforeEach
  void start() throws Exception {
    broker = new BrokerStandIn().requireAuthorization("Bearer " + TOKEN);
    env = Map.of("PACT_BROKER_BASE_URL", broker.url().toString(), "PACT_BROKER_TOKEN", TOKEN);
  }

  @AfterEach
  void stop() {
    broker.close();
  }

  @Test
  void aPacticipantIsCreatedWithItsMainBranchAndDescribed() {
    Cli created =
        Cli.run(
            env,
            "create-or-update-pacticipant",
            "--name",
            "grill-chef",
            "--main-branch",
            "main",
            "--repository-url",
            "https://git.example.com/grill-chef");
    assertThat(created.status()).as(created.err()).isZero();
    assertThat(created.out()).isEqualTo("Pacticipant \"grill-chef\" created in the Pact Broker\n");

    Cli described = Cli.run(env, "describe-pacticipant", "--name", "grill-chef");
    assertThat(described.out().lines())
        .containsExactly(
            "Name: grill-chef",
            "Display Name:",
            "Main Branch: main",
            "Repository Url: https://git.example.com/grill-chef");
    Cli json = Cli.run(env, "describe-pacticipant", "--name", "grill-chef", "-o", "json");
    assertThat(json.out()).contains("\"mainBranch\" : \"main\"");
    assertThat(created.out() + described.out() + json.out()).doesNotContain(TOKEN);
  }

  @Test
  void describeVersionTakesTheBrokerClisLatestWithOrWithoutATagAndOurBranch() {
    broker.publish("sous-chef", "1.0.0", "main", "grill-chef", "{}");
    broker.publish("sous-chef", "1.1.0", "feat-x", "grill-chef", "{}");
    Cli.run(env, "create-version-tag", "-a", "sous-chef", "-e", "1.0.0", "-t", "prod");

    assertThat(Cli.run(env, "describe-version", "-a", "sous-chef").out().lines())
        .containsExactly(
            "NUMBER | BRANCHES | TAGS", "-------|----------|-----", "1.1.0  | feat-x   |");
    assertThat(Cli.run(env, "describe-version", "-a", "sous-chef", "-l", "prod").out())
        .contains("1.0.0  | main     | prod");
    assertThat(Cli.run(env, "describe-version", "-a", "sous-chef", "--branch", "main").out())
        .contains("1.0.0  | main     |");
    assertThat(Cli.run(env, "describe-version", "-a", "sous-chef", "-e", "1.1.0").out())
        .contains("1.1.0  | feat-x   |");
  }

  @Test
  void anUnknownPacticipantOrAWrongSettingExitsTwoNamingTheOption() {
    Cli unknown = Cli.run(env, "describe-pacticipant", "--name", "nobody");
    assertThat(unknown.status()).isEqualTo(Commands.ERROR);
    assertThat(unknown.err())
        .isEqualTo(
            "ERROR: The Pact Broker has no pacticipant named nobody (HTTP 404); create-or-update-pacticipant"
                + " creates it, and publishing a pact or a verification result does too\n");

    Cli spaces =
        Cli.run(
            env, "create-or-update-pacticipant", "--name", "grill-chef", "--main-branch", "a b");
    assertThat(spaces.status()).isEqualTo(Commands.ERROR);
    assertThat(spaces.err()).startsWith("ERROR: --main-branch cannot contain spaces");

    Cli both = Cli.run(env, "describe-version", "-a", "sous-chef", "-e", "1.0.0", "-l");
    assertThat(both.err())
        .isEqualTo(
            "ERROR: --version names one version: leave out --latest, or leave out --version to"
                + " describe the latest\n");
  }
}
