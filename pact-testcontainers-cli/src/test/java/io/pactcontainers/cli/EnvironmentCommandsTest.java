package io.pactcontainers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.broker.BrokerStandIn;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The environment commands against the Broker stand-in over HTTP, with the Broker CLI's options.
 */
class EnvironmentCommandsTest {
  private static final String TOKEN = "env-cli-t0ken-77";
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
  void createListUpdateDescribeAndDeleteAnEnvironment() {
    Cli created =
        Cli.run(
            env,
            "create-environment",
            "--name",
            "production",
            "--display-name",
            "Production",
            "--production");
    assertThat(created.status()).as(created.err()).isZero();
    String uuid = broker.environments().get("production");
    assertThat(created.out())
        .isEqualTo("Created production environment in the Pact Broker with UUID " + uuid + "\n");

    Cli list = Cli.run(env, "list-environments");
    assertThat(list.out().lines())
        .containsExactly(
            "UUID                                 | NAME       | DISPLAY NAME | PRODUCTION",
            "-------------------------------------|------------|--------------|-----------",
            uuid + " | production | Production   | true");

    Cli updated = Cli.run(env, "update-environment", "--uuid", uuid, "--display-name", "Live");
    assertThat(updated.out()).isEqualTo("Updated production environment in the Pact Broker\n");

    Cli described = Cli.run(env, "describe-environment", "--uuid", uuid, "-o", "json");
    assertThat(described.status()).isZero();
    assertThat(described.out())
        .contains("\"displayName\" : \"Live\"")
        .contains("\"production\" : true");

    Cli deleted = Cli.run(env, "delete-environment", "--uuid", uuid);
    assertThat(deleted.out()).isEqualTo("Deleted environment production from the Pact Broker\n");
    assertThat(broker.environments()).isEmpty();
    assertThat(created.out() + list.out() + updated.out() + described.out() + deleted.out())
        .doesNotContain(TOKEN);
  }

  @Test
  void aSecondEnvironmentWithTheSameNameExitsTwoWithTheBrokersMessage() {
    Cli.run(env, "create-environment", "--name", "production");
    Cli again = Cli.run(env, "create-environment", "--name", "production");

    assertThat(again.status()).isEqualTo(Commands.ERROR);
    assertThat(again.err())
        .isEqualTo(
            "ERROR: The Pact Broker answered HTTP 400 for the creation of environment production"
                + " at "
                + broker.url()
                + "/environments: name: name 'production' is already used by an existing"
                + " environment.\n");
  }

  @Test
  void aMissingNameOrUuidIsNamedWithAnExample() {
    assertThat(Cli.run(env, "create-environment").err())
        .isEqualTo("ERROR: --name is needed; e.g. --name production\n");
    assertThat(Cli.run(env, "describe-environment").err())
        .isEqualTo("ERROR: --uuid is needed; e.g. --uuid 3a3b3c3d-0000-4000-8000-123456789abc\n");
  }

  @Test
  void anUnknownOutputIsRefusedNamingItsValues() {
    Cli cli = Cli.run(env, "list-environments", "-o", "xml");
    assertThat(cli.status()).isEqualTo(Commands.ERROR);
    assertThat(cli.err())
        .isEqualTo("ERROR: --output is not text or json: xml; e.g. --output json\n");
  }

  @Test
  void aNameWithSpacesIsRefusedBeforeAskingTheBroker() {
    Cli cli = Cli.run(env, "create-environment", "--name", "pre prod");
    assertThat(cli.err())
        .isEqualTo(
            "ERROR: --name cannot contain spaces (the Broker refuses them): pre prod; e.g."
                + " --name pre-prod\n");
    assertThat(broker.requests()).isEmpty();
  }
}
