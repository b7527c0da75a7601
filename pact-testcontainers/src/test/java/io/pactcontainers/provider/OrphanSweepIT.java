package io.pactcontainers.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;

/** What a killed run left is removed by the next run; what a live run holds is not. */
class OrphanSweepIT {
  @TempDir Path logs;

  private static String containerOfRun(DockerClient client, long pid, String provider) {
    Map<String, String> labels =
        new HashMap<>(
            OrphanSweep.labelsForThisRun(provider, Path.of("/projects/kitchen/target/pact/logs")));
    labels.put(OrphanSweep.PID, Long.toString(pid));
    return client
        .createContainerCmd("pactcontainers/example-grill-chef:latest")
        .withLabels(labels)
        .withCmd("sleep", "60")
        .exec()
        .getId();
  }

  private static boolean exists(DockerClient client, String id) {
    return client.listContainersCmd().withShowAll(true).exec().stream()
        .anyMatch(c -> c.getId().equals(id));
  }

  @Test
  void containersOfAKilledRunAreRemovedAndThoseOfALiveRunAreKeptByTheTimeTheProviderIsClosed()
      throws Exception {
    DockerClient client = DockerClientFactory.instance().client();
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    String orphan = containerOfRun(client, gone.pid(), "killed-provider");
    String alive = containerOfRun(client, ProcessHandle.current().pid(), "running-provider");
    try {
      List<String> progress = new CopyOnWriteArrayList<>();
      ProviderContainer spec =
          ProviderContainer.fromImage("pactcontainers/example-grill-chef:latest").withPort(8000);
      // The sweep runs beside the provider's start; it is done once the provider is closed.
      try (ProviderRuntime provider =
          new ProviderLauncher(logs, progress::add).prepare(spec, "grill-chef").start()) {
        assertThat(provider.baseUrl().getPort()).isPositive();
      }
      assertThat(exists(client, orphan)).isFalse();
      assertThat(exists(client, alive)).isTrue();
      assertThat(progress)
          .anySatisfy(
              line ->
                  assertThat(line)
                      .startsWith(
                          "Removed 1 container(s) and 0 network(s) left by a run that ended"
                              + " without removing them (killed, or its Docker engine stopped):"
                              + " provider killed-provider, pid "
                              + gone.pid()
                              + ", started ")
                      .endsWith(" in /projects/kitchen/target/pact/logs"));
    } finally {
      for (String id : List.of(orphan, alive)) {
        try {
          client.removeContainerCmd(id).withForce(true).exec();
        } catch (RuntimeException e) {
          // already gone
        }
      }
    }
  }

  @Test
  void whatARunStartsCarriesItsLabels() {
    Map<String, String> labels = OrphanSweep.labelsForThisRun("grill-chef", logs);
    assertThat(labels)
        .containsEntry(OrphanSweep.TOOL, "pact-testcontainers")
        .containsEntry(OrphanSweep.PROVIDER, "grill-chef")
        .containsEntry(OrphanSweep.PID, Long.toString(ProcessHandle.current().pid()))
        .containsKeys(OrphanSweep.RUN, OrphanSweep.HOST, OrphanSweep.PROJECT, OrphanSweep.STARTED);
  }
}
