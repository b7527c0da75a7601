package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pactcontainers.provider.ProviderContainer;
import io.pactcontainers.provider.Readiness;
import io.pactcontainers.report.ReportFormat;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.state.StateChangeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;

/**
 * Several containers of one provider verifying a pact between them: the same verdicts and the same
 * report as one container, in pact order, every state set up on the container that then answers the
 * request (the Grill Chef keeps its state in memory, so a split interaction would fail), and
 * nothing left in Docker.
 */
class ShardsIT {
  @TempDir Path dir;

  private VerificationResult verify(int shards, List<String> lines) throws Exception {
    Path pacts = dir.resolve("pacts");
    if (!Files.isDirectory(pacts)) {
      Files.createDirectories(pacts);
      // 3 interactions that pass, repeated 4 times (states make each depend on its own set-up), and
      // 1 that fails
      String passing =
          Files.readString(Path.of("../examples/grill-chef/pacts/sous-chef-grill-chef.json"));
      JsonNode pact = new ObjectMapper().readTree(passing);
      var all = ((com.fasterxml.jackson.databind.node.ArrayNode) pact.get("interactions"));
      List<JsonNode> copies = new ArrayList<>();
      for (int round = 1; round < 4; round++) {
        for (int i = 0; i < 3; i++) {
          ObjectNode copy = all.get(i).deepCopy();
          copy.put(
              "description", copy.get("description").asText() + " (round " + (round + 1) + ")");
          copies.add(copy);
        }
      }
      copies.forEach(all::add);
      ObjectNode broken = all.get(0).deepCopy();
      broken.put("description", "an order for a medium-rare steak, expected faster");
      ((ObjectNode) broken.get("response")).put("status", 202);
      all.insert(5, broken);
      Files.writeString(pacts.resolve("sous-chef-grill-chef.json"), pact.toString());
    }
    ProviderContainer provider =
        ProviderContainer.fromImage("pactcontainers/example-grill-chef:latest")
            .withPort(8000)
            .waitingFor(Readiness.http("/health"));
    VerificationConfig config =
        VerificationConfig.of("grill-chef", provider, List.of(new PactSource.Directory(pacts)))
            .withStateChange(new StateChangeConfig("/_pact/state", true, true))
            .withOutputDirectory(dir.resolve("out-" + shards))
            .withShards(shards);
    return new Verifier()
        .verify(
            config,
            io.pactcontainers.report.RunPresenter.rendering(
                new VerificationListener() {
                  @Override
                  public void info(String line) {
                    lines.add(line);
                  }

                  @Override
                  public void interactionVerified(
                      io.pactcontainers.model.Pact pact, InteractionResult result) {
                    lines.add(result.outcome() + " " + result.interaction().label());
                  }
                }));
  }

  /**
   * The JSON report without what differs from run to run (times, ports, log lines, curl commands,
   * the URL sent to).
   */
  private static JsonNode comparable(VerificationResult result) throws Exception {
    ObjectNode json =
        (ObjectNode) new ObjectMapper().readTree(ReportFormat.JSON.writer().render(result));
    json.remove("durationMillis");
    for (JsonNode pact : json.get("pacts")) {
      ((ObjectNode) pact).remove("location");
      for (JsonNode i : pact.get("interactions")) {
        ((ObjectNode) i).remove(List.of("durationMillis", "curl", "providerLog", "requestSent"));
      }
    }
    return json;
  }

  @Test
  void threeShardsGiveTheVerdictsAndReportOfOneContainerInPactOrder() throws Exception {
    List<String> serialLines = new ArrayList<>();
    VerificationResult serial = verify(1, serialLines);
    List<String> shardedLines = new ArrayList<>();
    VerificationResult sharded = verify(3, shardedLines);

    assertThat(serial.allResults()).hasSize(13);
    assertThat(serial.count(InteractionResult.Failed.class)).isEqualTo(1);
    assertThat(serial.count(InteractionResult.Errored.class)).isZero();
    assertThat(comparable(sharded)).isEqualTo(comparable(serial));
    assertThat(
            shardedLines.stream()
                .filter(l -> l.startsWith("passed ") || l.startsWith("failed "))
                .toList())
        .isEqualTo(
            serialLines.stream()
                .filter(l -> l.startsWith("passed ") || l.startsWith("failed "))
                .toList());
    assertThat(shardedLines)
        .contains(
            "Verifying with 3 containers of the provider at once, each interaction on one of them");
    assertThat(shardedLines.stream().filter(l -> l.startsWith("Provider ready at "))).hasSize(3);
    // each container kept its own log
    assertThat(dir.resolve("out-3/logs/grill-chef-shard-1.log")).exists();
    assertThat(dir.resolve("out-3/logs/grill-chef-shard-3.log")).exists();
    // the failing interaction still shows what its own container logged
    InteractionResult.Failed failed = (InteractionResult.Failed) sharded.allResults().get(5);
    assertThat(failed.evidence().providerLog())
        .anySatisfy(l -> assertThat(l).contains("POST /steaks/"));

    var docker = DockerClientFactory.instance().client();
    assertThat(
            docker
                .listContainersCmd()
                .withShowAll(true)
                // This JVM's containers only: the engine may be shared with another build.
                .withLabelFilter(
                    java.util.Map.of(
                        "io.pactcontainers.pid", String.valueOf(ProcessHandle.current().pid())))
                .exec())
        .as("containers left")
        .isEmpty();
  }

  @Test
  void aProviderThatCannotStartEndsTheShardedRunWithItsErrorAndLeavesNothing() throws Exception {
    Path pacts = Files.createDirectories(dir.resolve("pacts-exit"));
    Files.copy(
        Path.of("../examples/grill-chef/pacts/sous-chef-grill-chef.json"), pacts.resolve("p.json"));
    ProviderContainer provider =
        ProviderContainer.fromImage("pactcontainers/example-grill-chef:latest")
            .withPort(8000)
            .withCommand(List.of("sh", "-c", "echo no database; exit 3"))
            .waitingFor(Readiness.http("/health"));
    VerificationConfig config =
        VerificationConfig.of("grill-chef", provider, List.of(new PactSource.Directory(pacts)))
            .withOutputDirectory(dir.resolve("out-exit"))
            .withShards(3);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Verifier().verify(config, VerificationListener.SILENT))
        .isInstanceOf(io.pactcontainers.provider.ProviderStartException.class)
        // the exit code is in the message when Docker reports it before the wait gives up; the log
        // always is
        .hasMessageStartingWith(
            "Could not start provider image pactcontainers/example-grill-chef:latest: ")
        .hasMessageContaining("no database");
    var docker = DockerClientFactory.instance().client();
    assertThat(
            docker
                .listContainersCmd()
                .withShowAll(true)
                // This JVM's containers only: the engine may be shared with another build.
                .withLabelFilter(
                    java.util.Map.of(
                        "io.pactcontainers.pid", String.valueOf(ProcessHandle.current().pid())))
                .exec())
        .as("containers left")
        .isEmpty();
  }
}
