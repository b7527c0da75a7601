package io.pactcontainers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user gets it: the .tar.gz unpacked, {@code bin/pact-testcontainers} run on
 * the examples' images (scripts/build-images.sh builds them) against a real Docker engine.
 */
class DistributionIT {
  private static final Path EXAMPLES = Path.of(System.getProperty("pact.cli.examples"));
  private static final String GRILL_CHEF = "pactcontainers/example-grill-chef:latest";
  private static Path bin;

  @TempDir static Path unpacked;
  @TempDir Path work;

  /** Its output and exit status. */
  record Run(int status, String out, String err) {}

  @BeforeAll
  static void unpack() throws Exception {
    Path archive = Path.of(System.getProperty("pact.cli.distribution"));
    Process tar =
        new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", unpacked.toString())
            .inheritIO()
            .start();
    assertThat(tar.waitFor()).isZero();
    try (Stream<Path> top = Files.list(unpacked)) {
      bin = top.findFirst().orElseThrow().resolve("bin/pact-testcontainers");
    }
    assertThat(Files.isExecutable(bin)).isTrue();
  }

  private Run run(String... args) throws Exception {
    return run(null, args);
  }

  /** Runs the script, with this JAVA_HOME when not null. */
  private Run run(Path javaHome, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(bin.toString()));
    command.addAll(List.of(args));
    Path out = work.resolve("stdout");
    Path err = work.resolve("stderr");
    ProcessBuilder builder = new ProcessBuilder(command);
    if (javaHome != null) {
      builder.environment().put("JAVA_HOME", javaHome.toString());
    }
    Process p =
        builder
            .directory(work.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the command ended").isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static String[] grillChef(String pacts, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "verify",
                "--image",
                GRILL_CHEF,
                "--port",
                "8000",
                "--wait-path",
                "/health",
                "-s",
                "/_pact/state",
                "-n",
                "grill-chef",
                "-d",
                pacts));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void theGrillChefKeepsItsPactsExitZero() throws Exception {
    Run run = run(grillChef(EXAMPLES.resolve("grill-chef/pacts").toString()));

    assertThat(run.status()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("Starting provider image " + GRILL_CHEF + " (port 8000)")
        .contains("Pact verification of \"grill-chef\": 5 passed, 0 failed, 0 errored");
    assertThat(work.resolve("target/pact/reports/grill-chef.json")).exists();
  }

  @Test
  void aBrokenPactExitsOneWithTheMismatch() throws Exception {
    // The plugin's own broken pact (src/it/provider-breaks-pact): a waiting time the Grill Chef
    // does not give, and a status it does not answer.
    Path pacts = resource("/pacts-broken/sous-chef-grill-chef.json");

    Run run = run(grillChef(pacts.toString()));

    assertThat(run.status()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("- $.waitingTime: expected 12 (an integer), found 10 (an integer)")
        .contains("To reproduce it (bash): start the provider as the verifier did");
    assertThat(run.err()).startsWith("Pact verification failed: ");
  }

  @Test
  void aBadOptionExitsTwoNamingTheOption() throws Exception {
    Run run = run(grillChef(EXAMPLES.resolve("grill-chef/pacts").toString(), "--memory", "12q"));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "ERROR: --memory: \"12q\" is not a memory size; write it as Docker does: 64m, 512MB,"
                + " 1.5g\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingImageExitsTwoNamingTheImageOption() throws Exception {
    Run run =
        run(
            "verify",
            "--image",
            "pactcontainers/no-such-provider:1",
            "--pull-policy",
            "never",
            "-n",
            "grill-chef",
            "-d",
            EXAMPLES.resolve("grill-chef/pacts").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "ERROR: Image not found locally: pactcontainers/no-such-provider:1 (pull policy"
                + " \"never\"); build or pull it first, or change --image");
  }

  @Test
  void aJavaOlderThan17IsRefusedWithWhatToDo() throws Exception {
    Path old = Files.createDirectories(work.resolve("jdk-11/bin"));
    Files.writeString(old.resolve("java"), "#!/bin/sh\necho 'this JVM must not be started'\n");
    old.resolve("java").toFile().setExecutable(true);
    Files.writeString(work.resolve("jdk-11/release"), "JAVA_VERSION=\"11.0.2\"\n");

    Run run = run(work.resolve("jdk-11"), "verify", "--help");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "pact-testcontainers: Java 11.0.2 found at "
                + old.resolve("java")
                + "; it needs Java 17 or later (set JAVA_HOME to one)\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void theAheadOfTimeCacheIsUsedOnlyByJava25AndTheArchiveByAnyOther() throws Exception {
    Path lib = bin.getParent().resolveSibling("lib");
    Path cache = lib.resolve("pact-testcontainers.aot");
    Path archive = lib.resolve("pact-testcontainers.jsa");
    Files.writeString(cache, "not read: the JVMs below only print their options");
    Files.writeString(archive, "not read");
    try {
      String on25 = jvmOptions(fakeJava("jdk-25", "25.0.5"));
      String on17 = jvmOptions(fakeJava("jdk-17", "17.0.15"));

      assertThat(on25)
          .contains("-XX:AOTCache=" + cache, "-Xlog:aot*=off")
          .doesNotContain("SharedArchiveFile");
      // Java 17 would refuse to start with an option it does not know.
      assertThat(on17).contains("-XX:SharedArchiveFile=" + archive).doesNotContain("AOTCache");
      assertThat(on25 + on17)
          .contains("--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1");
    } finally {
      Files.delete(cache);
      Files.delete(archive);
    }
  }

  /** A Java home whose java prints the options it was given, one per line. */
  private Path fakeJava(String name, String version) throws IOException {
    Path javaBin = Files.createDirectories(work.resolve(name + "/bin"));
    Files.writeString(javaBin.resolve("java"), "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
    javaBin.resolve("java").toFile().setExecutable(true);
    Files.writeString(work.resolve(name + "/release"), "JAVA_VERSION=\"" + version + "\"\n");
    return work.resolve(name);
  }

  private String jvmOptions(Path javaHome) throws Exception {
    Run run = run(javaHome, "--version");
    assertThat(run.status()).as(run.err()).isZero();
    return run.out().substring(0, run.out().indexOf("io.pactcontainers.cli.Main"));
  }

  @Test
  void aSecretTheProviderLogsIsMaskedInTheConsoleAndTheFiles() throws Exception {
    String token = "it-cli-t0ken-8086";
    Path pacts = resource("/pacts-fault/consumer-fault-provider.json");

    Run run =
        run(
            "verify",
            "--image",
            "pactcontainers/fault-provider:latest",
            "--port",
            "8000",
            "--wait-path",
            "/health",
            "-n",
            "fault-provider",
            "-d",
            pacts.toString(),
            "-H",
            "Authorization: Bearer " + token);

    assertThat(run.status()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out()).contains("      | GET /ok auth=****");
    assertThat(run.out() + run.err()).doesNotContain(token);
    try (Stream<Path> files = Files.walk(work.resolve("target/pact"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(readable(f)).as(f.toString()).doesNotContain(token);
      }
    }
  }

  /** The folder of a pact among the test's resources. */
  private static Path resource(String pact) throws Exception {
    return Path.of(DistributionIT.class.getResource(pact).toURI()).getParent();
  }

  private static String readable(Path f) throws IOException {
    return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
  }
}
