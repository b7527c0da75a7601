package io.pactcontainers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.broker.BrokerStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * can-i-deploy, create-version-tag and create-or-update-version against the Broker stand-in over
 * HTTP, with the Pact Broker CLI's option names, as the plugin's goals of the same names.
 */
class BrokerVersionAndCanIDeployTest {
  private static final String TOKEN = "cli-cid-t0ken-8";
  private BrokerStandIn broker;
  private Map<String, String> env;

  @BeforeEach
  void start() throws Exception {
    broker =
        new BrokerStandIn()
            .requireAuthorization("Bearer " + TOKEN)
            .withEnvironment("production")
            .publish(
                "sous-chef",
                "1.0.0",
                "main",
                "grill",
                "{\"consumer\":{\"name\":\"sous-chef\"},\"provider\":{\"name\":\"grill\"},"
                    + "\"interactions\":[{\"description\":\"d\",\"request\":{\"method\":\"GET\","
                    + "\"path\":\"/\"},\"response\":{\"status\":200}}],"
                    + "\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}");
    env = Map.of("PACT_BROKER_BASE_URL", broker.url().toString(), "PACT_BROKER_TOKEN", TOKEN);
  }

  @AfterEach
  void stop() {
    broker.close();
  }

  @Test
  void aVersionIsCreatedWithBranchAndTagsThenTagged() {
    Cli create =
        Cli.run(
            env,
            "create-or-update-version",
            "-a",
            "grill",
            "-e",
            "abc123",
            "--branch",
            "main",
            "-t",
            "rc");

    assertThat(create.status()).as(create.out() + create.err()).isZero();
    assertThat(broker.providerVersionBranches()).containsEntry("grill@abc123", "main");
    assertThat(broker.tagsOf("grill", "abc123")).containsExactly("rc");

    Cli unknown = Cli.run(env, "create-version-tag", "-a", "grill", "-e", "nope", "-t", "prod");
    assertThat(unknown.status()).isEqualTo(Commands.ERROR);
    assertThat(unknown.err())
        .startsWith("ERROR: ")
        .contains("The Pact Broker has no version nope of grill to tag (HTTP 404)");

    Cli tagged =
        Cli.run(
            env,
            "create-version-tag",
            "-a",
            "grill",
            "-e",
            "nope",
            "--tag",
            "prod,stable",
            "--auto-create-version");
    assertThat(tagged.status()).as(tagged.out() + tagged.err()).isZero();
    assertThat(broker.tagsOf("grill", "nope")).containsExactlyInAnyOrder("prod", "stable");
    assertThat(tagged.out() + tagged.err()).doesNotContain(TOKEN);
  }

  @Test
  void createVersionTagNeedsATag() {
    Cli cli = Cli.run(env, "create-version-tag", "-a", "grill", "-e", "abc123");

    assertThat(cli.status()).isEqualTo(Commands.ERROR);
    assertThat(cli.err()).isEqualTo("ERROR: --tag is needed; e.g. --tag prod\n");
  }

  @Test
  void notDeployableExitsOneWithTheBrokersAnswer() {
    Cli cli =
        Cli.run(
            env,
            "can-i-deploy",
            "--pacticipant",
            "sous-chef",
            "--version",
            "1.0.0",
            "--to-environment",
            "production");

    assertThat(cli.status()).as(cli.out() + cli.err()).isEqualTo(Commands.BROKEN);
    assertThat(cli.out()).startsWith("CONSUMER ");
    assertThat(cli.err()).startsWith("Computer says no: sous-chef 1.0.0 to production");
    assertThat(cli.out() + cli.err()).doesNotContain(TOKEN);
  }

  /**
   * The whole loop through the command line: the provider verified and its results published,
   * deployed, then the consumer asks.
   */
  @Test
  void deployableOnceTheDeployedProviderVerifiedThePactExitsZero() throws Exception {
    com.sun.net.httpserver.HttpServer grill =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    grill.createContext(
        "/",
        exchange -> {
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    grill.start();
    try {
      Cli verified =
          Cli.run(
              env,
              "verify",
              "-n",
              "grill",
              "--provider-base-url",
              "http://127.0.0.1:" + grill.getAddress().getPort(),
              "--publish",
              "--provider-version",
              "2.0.0",
              "-o",
              Files.createTempDirectory("cid").toString());
      assertThat(verified.status()).as(verified.out() + verified.err()).isZero();
    } finally {
      grill.stop(0);
    }
    Cli deployed =
        Cli.run(
            env, "record-deployment", "-a", "grill", "-e", "2.0.0", "--environment", "production");
    assertThat(deployed.status()).as(deployed.out() + deployed.err()).isZero();

    Cli cli =
        Cli.run(
            env,
            "can-i-deploy",
            "-a",
            "sous-chef",
            "-e",
            "1.0.0",
            "--to-environment",
            "production");

    assertThat(cli.status()).as(cli.out() + cli.err()).isZero();
    assertThat(cli.out())
        .contains("sous-chef")
        .contains("2.0.0")
        .contains("Computer says yes \\o/ : sous-chef 1.0.0 to production");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void aDryRunSaysNoButExitsZeroAndJsonWritesTheBrokersAnswer(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path answer = CanIDeployCommand.ANSWER_FOLDER.resolve("can-i-deploy.json");
    Files.deleteIfExists(answer);
    try {
      Cli cli =
          Cli.run(
              env,
              "can-i-deploy",
              "-a",
              "sous-chef",
              "-e",
              "1.0.0",
              "--to-environment",
              "production",
              "--dry-run",
              "-o",
              "json");

      assertThat(cli.status()).as(cli.out() + cli.err()).isZero();
      assertThat(cli.out())
          .contains("WARNING: [dry-run] Computer says no: sous-chef 1.0.0 to production")
          .contains("WARNING: [dry-run] Dry run (--dry-run): the answer does not decide the build")
          .contains("The Broker's answer, as JSON: " + answer.toAbsolutePath());
      assertThat(answer).content().contains("\"summary\"").contains("\"deployable\"");
    } finally {
      Files.deleteIfExists(answer);
    }
  }

  @Test
  void contradictingSettingsAreNamedAsGiven() {
    Cli both =
        Cli.run(
            env,
            "can-i-deploy",
            "-a",
            "sous-chef",
            "-e",
            "1.0.0",
            "--to-environment",
            "production",
            "--to",
            "prod");
    assertThat(both.status()).isEqualTo(Commands.ERROR);
    assertThat(both.err())
        .isEqualTo(
            "ERROR: --to-environment and --to both name where to deploy; keep one"
                + " (--to-environment unless the Broker only knows tags)\n");

    Cli noVersion =
        Cli.run(
            Map.of(
                "PACT_BROKER_BASE_URL",
                broker.url().toString(),
                "PACT_BROKER_TOKEN",
                TOKEN,
                "PACT_ENVIRONMENT",
                "production",
                // This test runs inside the project's checkout: no git repository here, as a
                // pipeline step without its checkout.
                "GIT_DIR",
                "/nonexistent"),
            "can-i-deploy",
            "-a",
            "sous-chef");
    assertThat(noVersion.status()).isEqualTo(Commands.ERROR);
    assertThat(noVersion.err())
        .isEqualTo(
            "ERROR: --version is needed: none is given, the folder is no git checkout and no CI"
                + " variable names a commit; e.g. --version 1.4.2\n");
  }

  @Test
  void theBrokerDownExitsTwo() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Cli cli =
        Cli.run(
            "can-i-deploy",
            "-b",
            "http://127.0.0.1:" + port,
            "-a",
            "sous-chef",
            "-e",
            "1.0.0",
            "--to-environment",
            "production");

    assertThat(cli.status()).isEqualTo(Commands.ERROR);
    assertThat(cli.err()).startsWith("ERROR: ");
  }
}
