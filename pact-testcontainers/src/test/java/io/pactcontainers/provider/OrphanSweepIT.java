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
    return containerOfRun(client, pid, provider, OrphanSweep.pidNamespace());
  }

  private static String containerOfRun(
      DockerClient client, long pid, String provider, String pidNamespace) {
    Map<String, String> labels =
        new HashMap<>(
            OrphanSweep.labelsForThisRun(provider, Path.of("/projects/kitchen/target/pact/logs")));
    labels.put(OrphanSweep.PID, Long.toString(pid));
    labels.put(OrphanSweep.PID_NAMESPACE, pidNamespace);
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
  void
      containersOfAKilledRunAreRemovedAndThoseOfALiveOrForeignRunAreKeptByTheTimeTheProviderIsClosed()
          throws Exception {
    DockerClient client = DockerClientFactory.instance().client();
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    String orphan = containerOfRun(client, gone.pid(), "killed-provider");
    String alive = containerOfRun(client, ProcessHandle.current().pid(), "running-provider");
    // A pid read in another container's namespace says nothing about this one's processes.
    String foreign = containerOfRun(client, gone.pid(), "sibling-job-provider", "pid:[1]");
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
      assertThat(exists(client, foreign)).isTrue();
      // The engine may be shared: another build's orphans may be swept in the same line.
      assertThat(progress)
          .anySatisfy(
              line ->
                  assertThat(line)
                      .containsPattern(
                          "^Removed \\d+ container\\(s\\) and \\d+ network\\(s\\) left by"
                              + " (a run that ended without removing them \\(killed, or its"
                              + "|\\d+ runs that ended without removing them \\(killed, or their)"
                              + " Docker engine stopped\\): ")
                      .containsPattern(
                          "provider killed-provider, pid "
                              + gone.pid()
                              + ", started [^;]+ in /projects/kitchen/target/pact/logs"));
      assertThat(progress).noneSatisfy(line -> assertThat(line).contains("sibling-job-provider"));
    } finally {
      for (String id : List.of(orphan, alive, foreign)) {
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
        .containsEntry(OrphanSweep.PID_NAMESPACE, OrphanSweep.pidNamespace())
        .containsKeys(OrphanSweep.RUN, OrphanSweep.HOST, OrphanSweep.PROJECT, OrphanSweep.STARTED);
  }
}
