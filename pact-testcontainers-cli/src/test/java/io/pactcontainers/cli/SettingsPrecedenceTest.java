package io.pactcontainers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.settings.RawSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SettingsPrecedenceTest {
  @TempDir Path dir;

  /** The raw settings the verify command reads from these arguments, environment and file. */
  private CliRawSettings raw(Map<String, String> env, String... args) {
    CommandLine.ParseResult parsed = Commands.line("test").parseArgs(args);
    return new VerifyCommand(parsed.subcommand(), env, System.out, System.err, "test").raw();
  }

  private String file(String yaml) throws Exception {
    Path f = dir.resolve("pact-verify.yml");
    Files.writeString(f, yaml);
    return f.toString();
  }

  @Test
  void optionWinsOverEnvironmentWhichWinsOverFileWhichWinsOverDefault() throws Exception {
    String config = file("provider:\n  image: from-file:1\n  port: 7000\n");
    Map<String, String> env = Map.of("PACT_PROVIDER_PORT", "9000");

    assertThat(raw(env, "verify", "--config", config, "--port", "8000").provider().port())
        .isEqualTo(8000);
    assertThat(raw(env, "verify", "--config", config).provider().port()).isEqualTo(9000);
    assertThat(raw(Map.of(), "verify", "--config", config).provider().port()).isEqualTo(7000);
    assertThat(raw(Map.of(), "verify", "--image", "x:1").provider().port())
        .isEqualTo(RawSettings.Provider.DEFAULT_PORT);
  }

  @Test
  void aSettingGivenTwiceIsTheWinnersWholeNotMerged() throws Exception {
    String config = file("provider:\n  image: x:1\n  env:\n    A: from-file\n    B: from-file\n");

    assertThat(raw(Map.of(), "verify", "--config", config, "-e", "A=option").provider().env())
        .containsExactly(Map.entry("A", "option"));
  }

  @Test
  void brokerSettingsComeFromTheBrokerToolsVariables() {
    CliRawSettings raw =
        raw(
            Map.of(
                "PACT_BROKER_BASE_URL", "https://broker.example",
                "PACT_BROKER_TOKEN", "t0ken",
                "PACT_BROKER_USERNAME", "me",
                "PACT_BROKER_PASSWORD", "pw"),
            "verify");

    assertThat(raw.brokerUrl()).isEqualTo("https://broker.example");
    assertThat(raw.brokerToken()).isEqualTo("t0ken");
    assertThat(raw.brokerUsername()).isEqualTo("me");
    assertThat(raw.brokerPassword()).isEqualTo("pw");
  }

  @Test
  void everyOtherVariableIsPactAndThePluginNameInCapitals() {
    assertThat(Option.schemeName("provider.waitFor.httpPath"))
        .isEqualTo("PACT_PROVIDER_WAIT_FOR_HTTP_PATH");
    assertThat(Option.schemeName("providerName")).isEqualTo("PACT_PROVIDER_NAME");
    CliRawSettings raw =
        raw(
            Map.of(
                "PACT_PROVIDER_NAME", "grill-chef",
                "PACT_PROVIDER_WAIT_FOR_HTTP_PATH", "/health",
                "PACT_PROVIDER_IMAGE", "grill-chef:1",
                "PACT_PROVIDER_ENV", "A=1,B=2",
                "PACT_CONSUMERS", "sous-chef,waiter",
                "PACT_FAIL_FAST", "true"),
            "verify");

    assertThat(raw.providerName()).isEqualTo("grill-chef");
    assertThat(raw.provider().waitFor().httpPath()).isEqualTo("/health");
    assertThat(raw.provider().env()).containsExactly(Map.entry("A", "1"), Map.entry("B", "2"));
    assertThat(raw.consumers()).containsExactly("sous-chef", "waiter");
    assertThat(raw.failFast()).isTrue();
  }

  @Test
  void theFileTakesThePomsConfigurationOneToOne() throws Exception {
    String config =
        file(
            """
            providerName: grill-chef
            pactDirectory: pacts
            consumers: [sous-chef]
            provider:
              image: grill-chef:1.4.2
              port: 8000
              memory: 512m
              env:
                GRILL_MEDIUM_RARE_MINUTES: "10"
              waitFor:
                httpPath: /health
              sidecars:
                - name: db
                  image: postgres:15
                  port: 5432
                  env:
                    POSTGRES_PASSWORD: pw
            stateChangeUrl: /_pact/state
            headers:
              - name: Authorization
                value: Bearer abc
                replace: always
            broker:
              timeout: 10
              consumerVersionSelectors:
                - mainBranch: true
            failFast: true
            reports: [json, html]
            """);
    CliRawSettings raw = raw(Map.of(), "verify", "--config", config);

    assertThat(raw.providerName()).isEqualTo("grill-chef");
    assertThat(raw.pactDirectory()).isEqualTo(dir.resolve("pacts").toFile()); // the file's folder
    assertThat(raw.consumers()).containsExactly("sous-chef");
    assertThat(raw.provider().image()).isEqualTo("grill-chef:1.4.2");
    assertThat(raw.provider().port()).isEqualTo(8000);
    assertThat(raw.provider().memory()).isEqualTo("512m");
    assertThat(raw.provider().env()).containsEntry("GRILL_MEDIUM_RARE_MINUTES", "10");
    assertThat(raw.provider().waitFor().httpPath()).isEqualTo("/health");
    assertThat(raw.provider().waitFor().status()).isEqualTo(200);
    RawSettings.Sidecar db = raw.provider().sidecars().get(0);
    assertThat(List.of(db.name(), db.image(), db.port(), db.startupTimeout()))
        .containsExactly("db", "postgres:15", 5432, RawSettings.Provider.DEFAULT_STARTUP_TIMEOUT);
    assertThat(db.env()).containsEntry("POSTGRES_PASSWORD", "pw");
    assertThat(raw.stateChangeUrl()).isEqualTo("/_pact/state");
    RawSettings.Header h = raw.headers().get(0);
    assertThat(List.of(h.name(), h.value(), h.replace()))
        .containsExactly("Authorization", "Bearer abc", "always");
    assertThat(h.secret()).isTrue();
    assertThat(raw.broker().timeout()).isEqualTo(10);
    assertThat(raw.broker().retries()).isEqualTo(RawSettings.Broker.DEFAULT_RETRIES);
    assertThat(raw.broker().consumerVersionSelectors().get(0).selector().mainBranch()).isTrue();
    assertThat(raw.failFast()).isTrue();
    assertThat(raw.reports()).containsExactly("json", "html");
  }

  @Test
  void aSidecarOptionIsReadAsTheFileWritesIt() {
    RawSettings.Sidecar s =
        raw(
                Map.of(),
                "verify",
                "--image",
                "x:1",
                "--sidecar",
                "name=db,image=postgres:15,port=5432,env.POSTGRES_PASSWORD=pw")
            .provider()
            .sidecars()
            .get(0);

    assertThat(List.of(s.name(), s.image(), s.port())).containsExactly("db", "postgres:15", 5432);
    assertThat(s.env()).containsExactly(Map.entry("POSTGRES_PASSWORD", "pw"));
  }

  @Test
  void headersAreTakenInTheRustVerifiersFormAndInHttps() {
    assertThat(
            raw(Map.of(), "verify", "-H", "X-Api-Key=a=b", "-H", "Authorization: Bearer a:b")
                .requestHeaders())
        .containsExactly(Map.entry("X-Api-Key", "a=b"), Map.entry("Authorization", "Bearer a:b"));
  }

  @Test
  void jsonAndJunitNameTheirFilesAsTheRustVerifiersAndHtmlChoosesAFolderReport() {
    CliRawSettings raw = raw(Map.of(), "verify", "-j", "out/r.json", "--junit", "r.xml", "--html");

    assertThat(raw.reportFiles())
        .containsExactly(
            Map.entry("json", new java.io.File("out/r.json")),
            Map.entry("junit", new java.io.File("r.xml")));
    assertThat(raw.reports()).containsExactly("html");
    assertThat(raw(Map.of(), "verify").reports()).isNull();
    assertThat(raw(Map.of(), "verify").reportFiles()).isNull();
  }

  @Test
  void pathsInTheConfigFileAreReadFromItsFolderOthersFromTheWorkingDirectory() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("ci"));
    Path yaml = sub.resolve("pact-verify.yml");
    Files.writeString(
        yaml,
        "pactDirectories: [pacts, /abs/pacts]\n"
            + "outputDirectory: build/pact\n"
            + "reportFiles:\n  json: out/r.json\n"
            + "provider:\n  dockerfile: docker\n  files:\n    - source: seed.sql\n"
            + "      target: /seed.sql\n");

    CliRawSettings raw = raw(Map.of(), "verify", "--config", yaml.toString());

    assertThat(raw.pactDirectories())
        .containsExactly(sub.resolve("pacts").toFile(), new java.io.File("/abs/pacts"));
    assertThat(raw.outputDirectory()).isEqualTo(sub.resolve("build/pact").toFile());
    assertThat(raw.reportFiles().get("json")).isEqualTo(sub.resolve("out/r.json").toFile());
    assertThat(raw.provider().dockerfile()).isEqualTo(sub.resolve("docker").toFile());
    assertThat(raw.provider().files().get(0).source()).isEqualTo(sub.resolve("seed.sql").toFile());
    assertThat(
            raw(Map.of(), "verify", "--config", yaml.toString(), "-d", "pacts").pactDirectories())
        .containsExactly(new java.io.File("pacts"));
  }

  @Test
  void anEmptyStateFilterIsGivenFromEverySourceAndFilterNoStateIsTheSame() throws Exception {
    assertThat(raw(Map.of(), "verify", "--filter-state", "").providerStateEmpty()).isTrue();
    assertThat(raw(Map.of(), "verify", "--filter-no-state").providerStateEmpty()).isTrue();
    assertThat(raw(Map.of("PACT_PROVIDER_STATE", ""), "verify").providerStateEmpty()).isTrue();
    assertThat(
            raw(Map.of(), "verify", "--config", file("providerState: ''\n")).providerStateEmpty())
        .isTrue();
    assertThat(raw(Map.of(), "verify").providerStateEmpty()).isFalse();
    assertThat(raw(Map.of(), "verify", "--filter-state", "available").providerStateEmpty())
        .isFalse();
    // Other settings set to nothing in the environment are still not given.
    assertThat(raw(Map.of("PACT_PROVIDER_PORT", ""), "verify", "--image", "x:1").provider().port())
        .isEqualTo(RawSettings.Provider.DEFAULT_PORT);
  }

  @Test
  void withoutAnyPactSourceThePactsFolderIsRead() {
    assertThat(raw(Map.of(), "verify").pactDirectory()).hasToString("pacts");
    assertThat(raw(Map.of(), "verify", "-d", "elsewhere").pactDirectory()).isNull();
    Map<String, String> env = new HashMap<>();
    env.put("PACT_BROKER_BASE_URL", "https://broker.example");
    assertThat(raw(env, "verify").pactDirectory()).isNull();
  }
}
