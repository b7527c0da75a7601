package io.pactcontainers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verify command in this JVM, against a provider in it too (no Docker). */
class VerifyCommandTest {
  private static final String TOKEN = "cli-real-t0ken-5150";
  private static HttpServer echo;
  private static String echoUrl;

  @TempDir Path dir;

  /** A provider that answers with the Authorization header it was sent (a debugging endpoint). */
  @BeforeAll
  static void startEcho() throws IOException {
    echo = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    echo.createContext(
        "/",
        exchange -> {
          String auth = exchange.getRequestHeaders().getFirst("Authorization");
          String user = auth == null || auth.contains("consumer-test-token") ? "sous-chef" : auth;
          byte[] body = ("{\"user\": \"" + user + "\"}").getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    echo.start();
    echoUrl = "http://127.0.0.1:" + echo.getAddress().getPort();
  }

  @AfterAll
  static void stopEcho() {
    echo.stop(0);
  }

  /**
   * verify of these pacts against the echo provider, reports under {@code dir}, and more options.
   */
  private Cli verifyEcho(String pacts, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "verify",
                "-n",
                "echo-provider",
                "-d",
                pacts,
                "--provider-base-url",
                echoUrl,
                "-o",
                dir.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private static String echoPacts() {
    return Path.of("src/test/resources/pacts-echo").toAbsolutePath().toString();
  }

  @Test
  void timingsSayWhatCameBeforeTheCommandOnLinux() {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/stat")));
    Cli cli = verifyEcho(echoPacts(), "--timings");

    assertThat(cli.status()).as(cli.out() + cli.err()).isZero();
    String timings = cli.out().substring(cli.out().indexOf("Timings (--timings)"));
    // This JVM (the test's) started long before the command: a negative offset, first.
    assertThat(timings.lines().skip(1).findFirst().orElseThrow())
        .matches(
            " +-\\d+ ms  process started \\(in a container, when Docker created it\\): the JVM,"
                + " the command line read \\(\\d+ ms\\)");
  }

  @Test
  void aProviderThatKeepsItsPactExitsZero() {
    Cli cli = verifyEcho(echoPacts());

    assertThat(cli.status()).as(cli.out() + cli.err()).isZero();
    assertThat(cli.out())
        .contains("  OK      consumer #0 \"who am I\"")
        .contains("Pact verification of \"echo-provider\": 1 passed, 0 failed, 0 errored");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void anEchoedSecretHeaderIsMaskedInTheConsoleAndEveryReport() throws IOException {
    Cli cli = verifyEcho(echoPacts(), "-H", "Authorization: Bearer " + TOKEN);

    assertThat(cli.status()).isEqualTo(Commands.BROKEN);
    assertThat(cli.out())
        .contains("$.user: expected \"sous-chef\" (a string), found \"****\" (a string)")
        .contains("-H \"Authorization: $PACT_HEADER_AUTHORIZATION\"");
    assertThat(cli.err())
        .startsWith(
            "Pact verification failed: Pact verification of \"echo-provider\": 0 passed, 1 failed");
    assertThat(cli.out() + cli.err()).doesNotContain(TOKEN);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(f, StandardCharsets.ISO_8859_1))
            .as(f.toString())
            .doesNotContain(TOKEN);
      }
    }
    assertThat(dir.resolve("reports/echo-provider.json")).content().contains("****");
  }

  @Test
  void aBadOptionValueExitsTwoNamingTheOption() {
    Cli cli = Cli.run("verify", "-n", "p", "--image", "x:1", "--port", "eighty");

    assertThat(cli.status()).isEqualTo(Commands.ERROR);
    assertThat(cli.err()).isEqualTo("ERROR: --port must be a whole number, found 'eighty'\n");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void anUnknownOptionExitsTwoPointingToTheHelp() {
    Cli cli = Cli.run("verify", "--imagee=x:1");

    assertThat(cli.status()).isEqualTo(Commands.ERROR);
    assertThat(cli.err())
        .isEqualTo(
            "ERROR: Unknown option: '--imagee=x:1'\n"
                + "Run 'pact-testcontainers verify --help' for the options.\n");
  }

  @Test
  void theRustVerifiersOwnOptionsSayWhatToWriteHere() {
    Cli cli =
        Cli.run(
            "verify",
            "-n",
            "grill-chef",
            "--hostname",
            "localhost",
            "--state-change-teardown",
            "-d",
            "pacts");

    assertThat(cli.status()).isEqualTo(Commands.ERROR);
    assertThat(cli.err())
        .startsWith("ERROR: Unknown option")
        .contains(
            "--hostname (the Rust verifier's) names a provider already running: give"
                + " --provider-base-url http://HOST:PORT, or --image and --port to have it started\n")
        .contains(
            "--state-change-teardown (the Rust verifier's) is on by default here: every state set"
                + " up is torn down after its interaction\n")
        .endsWith("Run 'pact-testcontainers verify --help' for the options.\n");
  }

  @Test
  void theLibrarysRulesNameTheSettingWhereTheUserGaveIt() throws IOException {
    Path file = dir.resolve("pact-verify.yml");
    Files.writeString(file, "shards: 0\n");

    assertThat(Cli.run("verify", "-n", "p", "--image", "x:1", "--shards", "0").err())
        .isEqualTo("ERROR: --shards must be at least 1, found 0\n");
    assertThat(Cli.run(Map.of("PACT_SHARDS", "0"), "verify", "-n", "p", "--image", "x:1").err())
        .isEqualTo("ERROR: PACT_SHARDS must be at least 1, found 0\n");
    assertThat(Cli.run("verify", "-n", "p", "--image", "x:1", "--config", file.toString()).err())
        .isEqualTo("ERROR: shards in " + file + " must be at least 1, found 0\n");
  }

  @Test
  void aCommandWrittenAsOneLineInTheFileIsRefusedInTheFilesWords() throws IOException {
    Path file = dir.resolve("pact-verify.yml");
    Files.writeString(file, "provider:\n  image: x:1\n  command: python app.py --debug\n");

    Cli cli = Cli.run("verify", "-n", "p", "--config", file.toString());

    assertThat(cli.status()).isEqualTo(Commands.ERROR);
    assertThat(cli.err())
        .isEqualTo(
            "ERROR: provider.command in "
                + file
                + " is the whole command line \"python app.py --debug\", which Docker would run"
                + " as one program of that name; give it as a list, one word per item ([python,"
                + " app.py, ...]), or run it through the image's shell: [sh, -c, \"python app.py"
                + " --debug\"]\n");
  }

  @Test
  void aMissingProviderNameIsAConfigurationError() {
    Cli cli = Cli.run("verify", "--image", "x:1");

    assertThat(cli.status()).isEqualTo(Commands.ERROR);
    assertThat(cli.err())
        .isEqualTo(
            "ERROR: --provider-name is not set; give the provider's name as the pacts spell it,"
                + " e.g. --provider-name my-provider\n");
  }

  @Test
  void anUnknownKeyInTheFileIsNamedWithTheKeysThere() throws IOException {
    Path file = dir.resolve("pact-verify.yml");
    Files.writeString(file, "provider:\n  imag: x:1\n");

    Cli cli = Cli.run("verify", "-n", "p", "--config", file.toString());

    assertThat(cli.status()).isEqualTo(Commands.ERROR);
    assertThat(cli.err())
        .startsWith("ERROR: " + file + ": unknown key provider.imag; the keys here are baseUrl,")
        .contains(", image, ");
  }

  @Test
  void aMissingFileIsNamedByTheOptionThatGaveIt() {
    Cli cli = Cli.run("verify", "--config", dir.resolve("nope.yml").toString());

    assertThat(cli.err())
        .isEqualTo(
            "ERROR: --config: no such file: " + dir.resolve("nope.yml") + "; check the path\n");
  }

  @Test
  void verboseSaysWhereEachValueCameFromWithSecretsMasked() throws IOException {
    Path file = dir.resolve("pact-verify.yml");
    Files.writeString(file, "stateChangeUrl: /_pact/state\nprovider:\n  port: 7000\n");

    Cli cli =
        Cli.run(
            Map.of("PACT_BROKER_TOKEN", "t0ken-9", "PACT_PROVIDER_PORT", "9000"),
            "verify",
            "--verbose",
            "--config",
            file.toString(),
            "--image",
            "x:1",
            "-H",
            "Authorization: Bearer " + TOKEN,
            "--shards",
            "0");

    assertThat(cli.out())
        .contains("  --token = ****  (environment PACT_BROKER_TOKEN)\n")
        .contains("  --image = x:1  (option)\n")
        .contains("  --port = 9000  (environment PACT_PROVIDER_PORT)\n")
        .contains("  --state-change-url = /_pact/state  (file: stateChangeUrl in " + file + ")\n")
        .contains("  --header = Authorization=****  (option)\n")
        .contains("  --output = target/pact  (default)\n")
        .doesNotContain(TOKEN)
        .doesNotContain("t0ken-9");
  }

  @Test
  void theHelpDocumentsTheExitStatus() {
    Cli cli = Cli.run("verify", "--help");

    assertThat(cli.status()).isZero();
    assertThat(cli.out())
        .contains("Exit status:\n")
        .contains("   0   Verified: every interaction passed (or is pending).\n")
        .contains("   1   A contract is broken: an interaction did not pass.\n")
        .contains("   2   Anything else: a setting, Docker, the provider's start, the Pact Broker")
        .contains("-b, --broker-url=URL       The Pact Broker's URL. Env: PACT_BROKER_BASE_URL.");
  }

  private static String statesPacts() {
    return Path.of("src/test/resources/pacts-states").toAbsolutePath().toString();
  }

  @Test
  void jsonAndJunitWriteTheWholeRunToTheFilesNamedAsTheRustVerifierDoes() throws IOException {
    Path json = dir.resolve("ci/verification.json");
    Path junit = dir.resolve("ci/verification.xml");

    Cli cli =
        Cli.run(
            "verify",
            "-n",
            "echo-provider",
            "-d",
            echoPacts(),
            "--provider-base-url",
            echoUrl,
            "-o",
            dir.resolve("out").toString(),
            "-j",
            json.toString(),
            "-x",
            junit.toString(),
            "--html");

    assertThat(cli.status()).as(cli.out() + cli.err()).isZero();
    assertThat(json).content().contains("\"echo-provider\"").contains("who am I");
    assertThat(junit)
        .content()
        .startsWith(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"echo-provider\">")
        .contains("<testsuite name=\"consumer-echo-provider\"")
        .contains("<testcase name=\"#0 &quot;who am I&quot;\"")
        .endsWith("</testsuites>\n");
    assertThat(cli.out()).contains("Report file(s): " + json + ", " + junit);
    // --html alone chooses the folder's reports: the page, not the others.
    try (Stream<Path> reports = Files.list(dir.resolve("out/reports"))) {
      assertThat(reports.map(p -> p.getFileName().toString()))
          .containsExactly("echo-provider.html");
    }
  }

  @Test
  void anEmptyStateFilterVerifiesOnlyTheInteractionsWithoutAState() {
    for (String[] filter :
        List.of(new String[] {"--filter-state", ""}, new String[] {"--filter-no-state"})) {
      Cli cli = verifyEcho(statesPacts(), filter);

      assertThat(cli.status()).as(String.join(" ", filter) + cli.out() + cli.err()).isZero();
      assertThat(cli.out())
          .contains("  OK      consumer #0 \"who am I\"")
          .doesNotContain("OK      consumer #1")
          .contains("1 passed, 0 failed, 0 errored");
    }
    Cli all = verifyEcho(statesPacts());
    assertThat(all.status())
        .as("without the filter, the stateful one runs and fails")
        .isEqualTo(Commands.BROKEN);
  }

  @Test
  void bothStateFiltersAtOnceIsAnError() {
    Cli cli = Cli.run("verify", "--filter-state", "x", "--filter-no-state");

    assertThat(cli.status()).isEqualTo(Commands.ERROR);
    assertThat(cli.err())
        .isEqualTo("ERROR: --filter-state and --filter-no-state both set one thing; keep one\n");
  }
}
