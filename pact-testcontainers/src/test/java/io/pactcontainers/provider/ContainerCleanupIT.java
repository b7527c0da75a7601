package io.pactcontainers.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a real Docker engine: whatever the verifier starts, it removes, however the run ends. */
class ContainerCleanupIT {
  private static final String IMAGE = "pactcontainers/example-grill-chef:latest";

  @TempDir Path logs;

  private static List<String> docker(String... args) throws IOException, InterruptedException {
    List<String> cmd = new java.util.ArrayList<>(List.of("docker"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out.lines().filter(l -> !l.isBlank()).sorted().toList();
  }

  /**
   * The containers of this test's runs (labelled with their logs folder, this test's own): the
   * engine may be shared, and another build's containers come and go meanwhile.
   */
  private List<String> containers() throws IOException, InterruptedException {
    return ofThisTest("ps", "-aq");
  }

  private List<String> networks() throws IOException, InterruptedException {
    return ofThisTest("network", "ls", "-q");
  }

  private List<String> ofThisTest(String... command) throws IOException, InterruptedException {
    java.util.TreeSet<String> ids = new java.util.TreeSet<>();
    for (Path folder : List.of(logs, logs.resolve("logs"))) {
      List<String> args = new java.util.ArrayList<>(List.of(command));
      args.addAll(
          List.of("--filter", "label=" + OrphanSweep.PROJECT + "=" + folder.toAbsolutePath()));
      ids.addAll(docker(args.toArray(String[]::new)));
    }
    return List.copyOf(ids);
  }

  @Test
  void providerAndSidecarAreRemovedOnClose() throws Exception {
    List<String> before = containers();
    List<String> networksBefore = networks();
    ProviderContainer spec =
        ProviderContainer.fromImage(IMAGE)
            .withPort(8000)
            .waitingFor(Readiness.http("/health"))
            .withSidecar(Sidecar.of("db", "pactcontainers/redis:bookworm").withPort(6379));
    try (ProviderRuntime runtime =
        new ProviderLauncher(logs, line -> {}).start(spec, "grill-chef")) {
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(runtime.baseUrl() + "/health")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(containers()).hasSize(before.size() + 2);
      assertThat(networks()).hasSize(networksBefore.size() + 1);
    }
    assertThat(containers()).isEqualTo(before);
    assertThat(networks()).isEqualTo(networksBefore);
    assertThat(logs.resolve("grill-chef.log")).content().contains("GET /health");
  }

  @Test
  void preparingFindsDockerAndTheImagesButStartsNothing() throws Exception {
    List<String> before = containers();
    List<String> networksBefore = networks();
    ProviderContainer spec =
        ProviderContainer.fromImage(IMAGE)
            .withPort(8000)
            .withSidecar(Sidecar.of("db", "pactcontainers/redis:bookworm").withPort(6379));
    ProviderLauncher.Preparation preparation =
        new ProviderLauncher(logs, line -> {}).prepare(spec, "grill-chef");
    preparation.awaitPrepared();
    assertThat(containers()).isEqualTo(before);
    assertThat(networks()).isEqualTo(networksBefore);
  }

  @Test
  void aMissingSidecarImageIsReportedByThePreparation() {
    ProviderContainer spec =
        ProviderContainer.fromImage(IMAGE)
            .withPort(8000)
            .withPullPolicy(PullPolicy.NEVER)
            .withSidecar(Sidecar.of("db", "pactcontainers/no-such-db:1"));
    ProviderLauncher.Preparation preparation =
        new ProviderLauncher(logs, line -> {}).prepare(spec, "grill-chef");
    assertThatThrownBy(preparation::start)
        .isInstanceOf(ProviderStartException.class)
        .hasMessage(
            "Image not found locally: pactcontainers/no-such-db:1 (pull policy \"never\"); build or pull it first,"
                + " or change the sidecar image of \"db\"");
  }

  @Test
  void theReadyLineSaysHowSoonTheProviderAnsweredOnceDockerHadStartedIt() throws Exception {
    List<String> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
    ProviderContainer spec =
        ProviderContainer.fromImage(IMAGE).withPort(8000).waitingFor(Readiness.http("/health"));
    try (ProviderRuntime runtime =
        new ProviderLauncher(logs, progress::add).start(spec, "grill-chef")) {
      assertThat(progress)
          .anySatisfy(
              line ->
                  assertThat(line)
                      .matches(
                          "Provider ready at "
                              + java.util.regex.Pattern.quote(runtime.baseUrl().toString())
                              + " in \\d+ ms \\(answered \\d+ ms after Docker had started it\\)"));
    }
  }

  @Test
  void filesEnvironmentAndCommandReachTheContainer() throws Exception {
    Path greeting = logs.resolve("greeting.txt");
    java.nio.file.Files.writeString(greeting, "hello from the host");
    ProviderContainer spec =
        ProviderContainer.fromImage(IMAGE)
            .withPort(8000)
            .waitingFor(Readiness.http("/health"))
            .withFiles(List.of(new CopiedFile(greeting, "/config/greeting.txt")))
            .withEnv("CHEF", "Remy")
            .withCommand(
                List.of(
                    "sh",
                    "-c",
                    "cat /config/greeting.txt; echo; echo chef=$CHEF; exec gunicorn --bind 0.0.0.0:8000 app:app"));
    try (ProviderRuntime runtime =
        new ProviderLauncher(logs.resolve("logs"), line -> {}).start(spec, "grill-chef")) {
      assertThat(runtime.logTail(50)).contains("hello from the host").contains("chef=Remy");
    }
  }

  @Test
  void aProviderThatNeverBecomesReadyFailsWithItsLogTailAndIsRemoved() throws Exception {
    List<String> before = containers();
    ProviderContainer spec =
        ProviderContainer.fromImage(IMAGE)
            .withPort(8000)
            .withCommand(List.of("sh", "-c", "echo 'boom: cannot open config'; sleep 30"))
            .waitingFor(Readiness.http("/health"))
            .withStartupTimeout(Duration.ofSeconds(3));
    assertThatThrownBy(() -> new ProviderLauncher(logs, line -> {}).start(spec, "grill-chef"))
        .isInstanceOf(ProviderStartException.class)
        .hasMessageContaining("Could not start provider image " + IMAGE)
        .hasMessageContaining(
            "timed out after 3 s waiting for GET /health to answer 200 on port 8000")
        .hasMessageContaining("boom: cannot open config");
    assertThat(containers()).isEqualTo(before);
  }

  @Test
  void aMissingImageThatCannotBePulledFailsFast() {
    long t0 = System.nanoTime();
    ProviderContainer spec =
        ProviderContainer.fromImage("pactcontainers/not-built:0.0.1").withPort(8000);
    assertThatThrownBy(() -> new ProviderLauncher(logs, line -> {}).start(spec, "ghost"))
        .isInstanceOf(ProviderStartException.class)
        .hasMessageStartingWith(
            "Image not found locally and could not be pulled: pactcontainers/not-built:0.0.1");
    System.out.printf("missing image reported after %d ms%n", (System.nanoTime() - t0) / 1_000_000);
  }

  @Test
  void ctrlCRemovesTheProviderTheSidecarAndTheNetwork() throws Exception {
    List<String> before = containers();
    List<String> networksBefore = networks();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                HeldProvider.class.getName(),
                IMAGE)
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      StringBuilder seen = new StringBuilder();
      while ((line = out.readLine()) != null && !line.startsWith("READY ")) {
        seen.append(line).append('\n');
      }
      assertThat(line).as("child output:\n" + seen).startsWith("READY ");
      assertThat(containers()).hasSize(before.size() + 2);
      // What Ctrl-C does to a JVM: SIGINT, then the shutdown hooks run.
      new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    assertThat(containers()).isEqualTo(before);
    assertThat(networks()).isEqualTo(networksBefore);
  }
}
