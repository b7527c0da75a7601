package io.pactcontainers.provider;

import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/** A container whose readiness probe starts as soon as Docker has created it. */
final class ProbedContainer extends GenericContainer<ProbedContainer> {
  private ReadinessProbe probe;

  ProbedContainer(DockerImageName image) {
    super(image);
  }

  /** Polls with {@code probe} from the moment Docker creates the container. */
  ProbedContainer withReadinessProbe(ReadinessProbe probe) {
    this.probe = probe;
    return this;
  }

  Optional<ReadinessProbe> readinessProbe() {
    return Optional.ofNullable(probe);
  }

  @Override
  protected void containerIsCreated(String containerId) {
    super.containerIsCreated(containerId);
    io.pactcontainers.Timeline.moment("provider container created");
    if (probe != null) {
      DockerClientFactory docker = DockerClientFactory.instance();
      probe.begin(docker.client(), containerId, docker.dockerHostIpAddress());
    }
  }

  @Override
  public void stop() {
    Optional.ofNullable(probe).ifPresent(ReadinessProbe::stop);
    super.stop();
  }

  /**
   * Testcontainers' own log for this container is dropped: on a failed start it prints "Could not
   * start container" with a 40-line stack trace and the whole Docker inspection, where the verifier
   * says it once, with the exit code and the container's own log tail (kept in target/pact/logs). A
   * no-op logger, not a level: Maven's SLF4J is 1.7 and its levels are the user's.
   */
  @Override
  protected org.slf4j.Logger logger() {
    return org.slf4j.helpers.NOPLogger.NOP_LOGGER;
  }
}
