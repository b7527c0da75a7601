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

  /**
   * A container about to start: removed even when its start fails.
   *
   * @param container the container
   */
  void container(GenericContainer<?> container) {
    started.add(container);
  }

  /**
   * A container's log, closed (or abandoned) at removal.
   *
   * @param log the log
   */
  void log(ContainerLog log) {
    logs.add(log);
  }

  /**
   * The containers' network.
   *
   * @param created the network
   * @return the same network
   */
  Network network(Network created) {
    network = created;
    return created;
  }

  /**
   * The provider's image, named before its build starts.
   *
   * @param name the image
   */
  void builtImage(String name) {
    builtImage = name;
  }

  /**
   * Removes it all, each part whatever became of the others.
   *
   * @return why some could not be removed, when the engine stopped answering
   */
  Optional<DockerEngineGoneException> removeAll() {
    // Testcontainers' stop() logs and swallows what fails: ask the engine first, once (~2 ms).
    if (!started.isEmpty() && !EngineCheck.answers()) {
      return Optional.of(engineGone(started.size()));
    }
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).stop();
      } catch (RuntimeException e) {
        LOG.warn(
            "Could not remove container {}: {}", started.get(i).getContainerId(), e.getMessage());
      }
    }
    if (network != null) {
      try {
        network.close();
      } catch (RuntimeException e) {
        LOG.warn("Could not remove network {}: {}", network.getId(), e.getMessage());
      }
    }
    if (builtImage != null) {
      try {
        DockerClientFactory.instance().client().removeImageCmd(builtImage).withForce(true).exec();
      } catch (RuntimeException e) {
        LOG.debug("Could not remove built image {}: {}", builtImage, e.getMessage());
      }
    }
    logs.forEach(ContainerLog::close);
    return Optional.empty();
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
