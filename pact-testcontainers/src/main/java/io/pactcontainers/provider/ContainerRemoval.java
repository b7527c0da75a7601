package io.pactcontainers.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;

/**
 * What one provider's start created, removed in reverse order: its containers (provider and
 * sidecars), their network, the image built for it; their log files closed. Without Ryuk nothing
 * else would remove them.
 */
final class ContainerRemoval {
  private static final Logger LOG = LoggerFactory.getLogger(ContainerRemoval.class);

  private final List<GenericContainer<?>> started = new ArrayList<>();
  private final List<ContainerLog> logs = new ArrayList<>();
  private Network network;
  private String builtImage;

  /** Set by the shutdown hook's pass: from then on nothing more may start. */
  private boolean stopping;

  /**
   * A container about to start: removed even when its start fails.
   *
   * @param container the container
   * @return false when the run is stopping (Ctrl-C, SIGTERM): it must not start
   */
  synchronized boolean container(GenericContainer<?> container) {
    if (stopping) {
      return false;
    }
    started.add(container);
    return true;
  }

  /**
   * Docker has created a container (its id is set): from the start's thread, under this lock, so
   * that the shutdown hook's pass sees the id. The start must not go on when the run is stopping:
   * failing here, the container is removed by the start's own {@link #removeAll()}.
   *
   * @return false when the run is stopping
   */
  synchronized boolean created() {
    return !stopping;
  }

  /**
   * A container's log, closed (or abandoned) at removal.
   *
   * @param log the log
   */
  synchronized void log(ContainerLog log) {
    logs.add(log);
  }

  /**
   * The containers' network.
   *
   * @param created the network
   * @return the same network
   */
  synchronized Network network(Network created) {
    network = created;
    return created;
  }

  /**
   * The provider's image, named before its build starts.
   *
   * @param name the image
   */
  synchronized void builtImage(String name) {
    builtImage = name;
  }

  /**
   * Removes it all, each part whatever became of the others.
   *
   * @return why some could not be removed, when the engine stopped answering
   */
  synchronized Optional<DockerEngineGoneException> removeAll() {
    return remove(true);
  }

  /**
   * Removes the containers created so far, from the JVM's shutdown hook (Ctrl-C, SIGTERM) while a
   * start may still be under way on the run's own thread, and lets nothing more start. A container
   * Docker is creating at this moment has no id yet: its start fails as soon as it has one (see
   * {@link #created}), and the start's own {@link #removeAll()} removes it, the network it joins
   * and the logs; the run's interruption holds the JVM for that.
   *
   * @return why some could not be removed, when the engine stopped answering
   */
  synchronized Optional<DockerEngineGoneException> removeCreated() {
    stopping = true;
    return remove(false);
  }

  private Optional<DockerEngineGoneException> remove(boolean all) {
    List<GenericContainer<?>> created =
        started.stream().filter(c -> c.getContainerId() != null).toList();
    // Testcontainers' stop() logs and swallows what fails: ask the engine first, once (~2 ms).
    if (!created.isEmpty() && !EngineCheck.answers()) {
      return Optional.of(engineGone(created.size()));
    }
    for (int i = created.size() - 1; i >= 0; i--) {
      try {
        created.get(i).stop();
      } catch (RuntimeException e) {
        LOG.warn(
            "Could not remove container {}: {}", created.get(i).getContainerId(), e.getMessage());
      }
    }
    started.removeIf(c -> created.stream().anyMatch(removed -> removed == c));
    if (!all && !started.isEmpty()) {
      return Optional.empty();
    }
    started.clear();
    removeNetworkAndImage();
    logs.forEach(ContainerLog::close);
    logs.clear();
    return Optional.empty();
  }

  private void removeNetworkAndImage() {
    if (network != null) {
      try {
        network.close();
      } catch (RuntimeException e) {
        LOG.warn("Could not remove network {}: {}", network.getId(), e.getMessage());
      }
      network = null;
    }
    if (builtImage != null) {
      try {
        DockerClientFactory.instance().client().removeImageCmd(builtImage).withForce(true).exec();
        builtImage = null;
      } catch (RuntimeException e) {
        // Kept: a build still under way when the shutdown hook came ends with the image, which
        // the start's own removal then removes.
        LOG.debug("Could not remove built image {}: {}", builtImage, e.getMessage());
      }
    }
  }

  /**
   * Nothing more can be removed: the containers are left for the next run's sweep, which removes
   * those of a run whose process has ended once the engine is back. Testcontainers' own exit hook
   * would only fail the same way, with a stack trace, so it is told there is nothing to prune.
   */
  private DockerEngineGoneException engineGone(int left) {
    logs.forEach(ContainerLog::abandon);
    RyukFallback.forgetPruning();
    return new DockerEngineGoneException(
        "The Docker engine stopped answering while the provider's containers were removed: "
            + left
            + (left == 1 ? " container" : " containers")
            + (network == null ? "" : " and a network")
            + " of this run "
            + (left == 1 && network == null ? "is" : "are")
            + " left. Start the engine again (`docker info` must answer):"
            + " the next run removes them and says so");
  }
}
