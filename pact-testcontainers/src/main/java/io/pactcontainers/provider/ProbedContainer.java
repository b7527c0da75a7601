package io.pactcontainers.provider;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.OutputFrame;
import org.testcontainers.utility.DockerImageName;

/** A container whose readiness probe starts as soon as Docker has created it. */
final class ProbedContainer extends GenericContainer<ProbedContainer> {
  private ReadinessProbe probe;
  private java.util.function.BooleanSupplier mayGoOn = () -> true;

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

  /**
   * Asked as soon as Docker has created the container: false (Ctrl-C or SIGTERM came meanwhile)
   * fails the start there, so that it is removed at once instead of after its readiness wait.
   */
  ProbedContainer onceCreated(java.util.function.BooleanSupplier mayGoOn) {
    this.mayGoOn = mayGoOn;
    return this;
  }

  @Override
  protected void containerIsCreated(String containerId) {
    super.containerIsCreated(containerId);
    if (!mayGoOn.getAsBoolean()) {
      throw new org.testcontainers.containers.ContainerLaunchException(
          "stopped (Ctrl-C or SIGTERM) as Docker created the container");
    }
    io.pactcontainers.Timeline.moment("provider container created");
    if (probe != null) {
      DockerClientFactory docker = DockerClientFactory.instance();
      probe.begin(docker.client(), containerId, docker.dockerHostIpAddress());
    }
  }

  /**
   * Our container logs are followed with Docker's time on each line ({@code timestamps=true}):
   * which interaction a line belongs to is told by when the provider wrote it, not by when the
   * stream brought it (see {@link LogWindow}). Other consumers are followed as Testcontainers does.
   */
  @Override
  public void followOutput(Consumer<OutputFrame> consumer) {
    if (!(consumer instanceof ContainerLog log)) {
      super.followOutput(consumer);
      return;
    }
    DockerClientFactory.instance()
        .client()
        .logContainerCmd(getContainerId())
        .withFollowStream(true)
        .withSince(0)
        .withTimestamps(true)
        .withStdOut(true)
        .withStdErr(true)
        .exec(
            new ResultCallback.Adapter<Frame>() {
              @Override
              public void onNext(Frame frame) {
                log.writeStamped(new String(frame.getPayload(), StandardCharsets.UTF_8));
              }

              @Override
              public void onError(Throwable error) {
                log.accept(OutputFrame.END);
              }

              @Override
              public void onComplete() {
                log.accept(OutputFrame.END);
              }
            });
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
