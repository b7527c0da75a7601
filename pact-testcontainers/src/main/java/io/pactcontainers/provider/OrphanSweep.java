package io.pactcontainers.provider;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What a run leaves when it is killed (SIGKILL, a CI job cancelled hard): no hook runs, and without
 * Ryuk nothing else removes its containers and network. Every container and network a run starts
 * carries labels naming the tool, the run, the JVM's pid and host, the provider, the project and
 * the start time; at the next start, those of a run whose process no longer lives on this host are
 * removed, and the run says so in one line. A run still alive (two builds at once) is left alone.
 *
 * <p>A pid means something only in the process namespace it was read in: two CI jobs in sibling
 * containers (or chroots with their own {@code /proc}) may share a host name and a Docker engine
 * while each sees the other's pids as dead. So a run also records its pid namespace, and a run
 * sweeps only what was started from its own; one from another namespace is never taken for dead.
 */
final class OrphanSweep {
  static final String TOOL = "io.pactcontainers.tool";
  static final String RUN = "io.pactcontainers.run";
  static final String PID = "io.pactcontainers.pid";
  static final String HOST = "io.pactcontainers.host";
  static final String PROVIDER = "io.pactcontainers.provider";
  static final String PROJECT = "io.pactcontainers.project";
  static final String STARTED = "io.pactcontainers.started";
  static final String PID_NAMESPACE = "io.pactcontainers.pid-namespace";

  private OrphanSweep() {}

  static Map<String, String> labelsForThisRun(String providerName, Path logsDirectory) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(TOOL, "pact-testcontainers");
    labels.put(RUN, UUID.randomUUID().toString());
    labels.put(PID, Long.toString(ProcessHandle.current().pid()));
    labels.put(HOST, host());
    labels.put(PID_NAMESPACE, pidNamespace());
    labels.put(PROVIDER, providerName);
    labels.put(PROJECT, logsDirectory.toAbsolutePath().toString());
    labels.put(STARTED, Instant.now().toString());
    return Map.copyOf(labels);
  }

  static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }

  /**
   * The pid namespace of this process ({@code pid:[4026531836]}), or "" where there is no /proc.
   */
  static String pidNamespace() {
    try {
      return Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return "";
    }
  }

  /**
   * Removes the containers and networks of runs of this tool, on this host, whose process is gone.
   */
  static void removeLeftovers(DockerClient client, Consumer<String> progress) {
    String here = host();
    String namespace = pidNamespace();
    List<Container> containers;
    List<Network> networks;
    try {
      containers =
          client
              .listContainersCmd()
              .withShowAll(true)
              .withLabelFilter(Map.of(TOOL, "pact-testcontainers"))
              .exec();
      networks =
          client
              .listNetworksCmd()
              .withFilter("label", List.of(TOOL + "=pact-testcontainers"))
              .exec();
    } catch (RuntimeException e) {
      return; // looking is a courtesy: a Docker that cannot list will fail the start with a clear
      // message anyway
    }
    List<String> removed = new ArrayList<>();
    Set<String> runs = new LinkedHashSet<>();
    for (Container c : containers) {
      if (isOrphan(c.getLabels(), here, namespace)) {
        try {
          client.removeContainerCmd(c.getId()).withForce(true).withRemoveVolumes(true).exec();
          removed.add(c.getId());
          runs.add(describe(c.getLabels()));
        } catch (RuntimeException e) {
          // gone meanwhile, or in use: nothing to do
        }
      }
    }
    int networksRemoved = 0;
    for (Network n : networks) {
      if (isOrphan(n.getLabels(), here, namespace)) {
        try {
          client.removeNetworkCmd(n.getId()).exec();
          networksRemoved++;
          runs.add(describe(n.getLabels()));
        } catch (RuntimeException e) {
          // still attached to something, or gone
        }
      }
    }
    if (!removed.isEmpty() || networksRemoved > 0) {
      progress.accept(
          "Removed "
              + removed.size()
              + " container(s) and "
              + networksRemoved
              + " network(s) left by "
              + (runs.size() == 1
                  ? "a run that ended without removing them (killed, or its Docker engine"
                      + " stopped): "
                  : runs.size()
                      + " runs that ended without removing them (killed, or their Docker engine"
                      + " stopped): ")
              + String.join("; ", runs));
    }
  }

  static boolean isOrphan(Map<String, String> labels, String here, String namespace) {
    if (labels == null || !here.equals(labels.get(HOST)) || labels.get(PID) == null) {
      return false;
    }
    // Runs from before this label was written are judged by host alone, as they were.
    String theirs = labels.get(PID_NAMESPACE);
    if (theirs != null && !theirs.equals(namespace)) {
      return false;
    }
    try {
      return ProcessHandle.of(Long.parseLong(labels.get(PID))).map(p -> !p.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String describe(Map<String, String> labels) {
    return "provider "
        + labels.getOrDefault(PROVIDER, "?")
        + ", pid "
        + labels.get(PID)
        + ", started "
        + labels.getOrDefault(STARTED, "?")
        + " in "
        + labels.getOrDefault(PROJECT, "?");
  }
}
