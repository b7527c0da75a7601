package io.pactcontainers.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.provider.ProviderContainer;
import io.pactcontainers.provider.Readiness;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.state.StateChangeConfig;
import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.RequestHeader;
import io.pactcontainers.verify.VerificationConfig;
import io.pactcontainers.verify.VerificationListener;
import io.pactcontainers.verify.VerificationResult;
import io.pactcontainers.verify.Verifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands printed under a failure reproduce it after the build: run with bash, they start the
 * example provider again as the verifier did, set its state, send the request and get the answer
 * the verifier recorded, with the secrets given only as variables.
 */
class ReproductionIT {
  private static final String IMAGE = "pactcontainers/example-grill-chef:latest";

  @TempDir Path dir;

  @Test
  void thePrintedCommandsStartTheProviderAgainAndGetTheRecordedResponse() throws Exception {
    Path pacts = Files.createDirectories(dir.resolve("pacts"));
    Files.writeString(
        pacts.resolve("sous-chef-grill-chef.json"),
        """
        {"consumer":{"name":"sous-chef"},"provider":{"name":"grill-chef"},"interactions":[
         {"description":"an order for a medium-rare steak, expected faster",
          "providerState":"steaks are available",
          "request":{"method":"POST","path":"/steaks/","headers":{"Content-Type":"application/json",
            "Authorization":"Bearer consumer-test-token"},"body":{"cooking":"medium-rare"}},
          "response":{"status":201,"body":{"waitingTime":8}}}],
         "metadata":{"pactSpecification":{"version":"2.0.0"}}}
        """);
    ProviderContainer provider =
        ProviderContainer.fromImage(IMAGE)
            .withPort(8000)
            .withEnv(Map.of("GRILL_MEDIUM_RARE_MINUTES", "10", "GRILL_API_KEY", "k3y-never-shown"))
            .waitingFor(Readiness.http("/health"));
    VerificationConfig config =
        VerificationConfig.of("grill-chef", provider, List.of(new PactSource.Directory(pacts)))
            .withOutputDirectory(dir.resolve("out"))
            .withStateChange(new StateChangeConfig("/_pact/state", true, true))
            .withRequestHeader(RequestHeader.of("Authorization", "Bearer t0ken-never-shown"));
    VerificationResult result = new Verifier().verify(config, VerificationListener.SILENT);
    InteractionResult failed = result.allResults().get(0);
    assertThat(failed).isInstanceOf(InteractionResult.Failed.class);
    String recorded =
        new String(
            failed.evidence().response().orElseThrow().body().content(), StandardCharsets.UTF_8);
    assertThat(recorded).contains("\"waitingTime\":10");

    JsonNode json = new ObjectMapper().readTree(ReportFormat.JSON.writer().render(result));
    List<String> commands = new ArrayList<>();
    json.at("/pacts/0/interactions/0/curl").forEach(c -> commands.add(c.asText()));
    String script = String.join("\n", commands);
    assertThat(script)
        .doesNotContain("t0ken-never-shown")
        .doesNotContain("k3y-never-shown")
        .contains("-e GRILL_API_KEY ")
        .contains("-e GRILL_MEDIUM_RARE_MINUTES=10")
        .contains("-H \"Authorization: $PACT_HEADER_AUTHORIZATION\"");

    Path file = Files.writeString(dir.resolve("reproduce.sh"), script + "\n");
    ProcessBuilder bash = new ProcessBuilder("bash", file.toString()).redirectErrorStream(true);
    // The engine may be shared with another build running this image: a `docker` first on the
    // PATH labels what this script starts, so that only that is removed afterwards.
    String label = "io.pactcontainers.test=" + UUID.randomUUID();
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path docker =
        Files.writeString(
            bin.resolve("docker"),
            """
            #!/bin/sh
            if [ "$1" = run ]; then shift; set -- run --label "$TEST_LABEL" "$@"; fi
            PATH="$REAL_PATH" exec docker "$@"
            """);
    docker.toFile().setExecutable(true);
    String path = System.getenv("PATH");
    bash.environment().put("REAL_PATH", path);
    bash.environment().put("TEST_LABEL", label);
    bash.environment().put("PATH", bin + ":" + path);
    bash.environment().put("PACT_HEADER_AUTHORIZATION", "Bearer t0ken-never-shown");
    bash.environment().put("GRILL_API_KEY", "k3y-never-shown");
    Process run = bash.start();
    try {
      assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(run.exitValue()).as(out).isZero();
      // The state set-up's answer, then the request's: the status and body the verifier recorded.
      assertThat(out).contains("HTTP/1.1 201").contains(recorded.strip());
    } finally {
      run.destroyForcibly();
      // Whatever the script did not get to remove.
      new ProcessBuilder(
              "sh", "-c", "docker ps -aq --filter label=" + label + " | xargs -r docker rm -f")
          .start()
          .waitFor(30, TimeUnit.SECONDS);
    }
    Process left = new ProcessBuilder("docker", "ps", "-aq", "--filter", "label=" + label).start();
    assertThat(new String(left.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isBlank();
  }
}
