package io.pactcontainers.provider;

import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;

/**
 * Waits for the {@link ReadinessProbe} that started polling when the container was created.
 * Testcontainers' own HTTP wait polls once a second, and only once the container is inspected.
 */
final class ReadinessWaitStrategy extends AbstractWaitStrategy {
  private static final long CHECK_RUNNING_MS = 500;

  private final ReadinessProbe probe;

  ReadinessWaitStrategy(ReadinessProbe probe) {
    this.probe = probe;
  }

  @Override
  protected void waitUntilReady() {
    long deadline = System.nanoTime() + startupTimeout.toNanos();
    try {
      while (System.nanoTime() < deadline) {
        long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
        if (probe.awaitReady(Math.min(CHECK_RUNNING_MS, left))) {
          return;
        }
        if (!waitStrategyTarget.isRunning()) {
          throw new ContainerLaunchException(
              "the container "
                  + howItEnded()
                  + " while waiting for it to be ready ("
                  + probe.describe()
                  + ")");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ContainerLaunchException("interrupted while waiting for the container");
    } finally {
      probe.stop();
    }
    throw new ContainerLaunchException(
        "timed out after "
            + startupTimeout.toSeconds()
            + " s waiting for "
            + probe.describe()
            + " (last: "
            + probe.last()
            + ")");
  }

  /** "exited with code 3", or "was killed for lack of memory (OOMKilled, limit 64 MB)". */
  private String howItEnded() {
    try {
      var info = waitStrategyTarget.getCurrentContainerInfo();
      var state = info.getState();
      if (Boolean.TRUE.equals(state.getOOMKilled())) {
        Long limit = info.getHostConfig() == null ? null : info.getHostConfig().getMemory();
        return ProviderEnd.outOfMemory(limit == null ? 0 : limit).description();
      }
      return state.getExitCodeLong() == null
          ? "exited"
          : "exited with code " + state.getExitCodeLong();
    } catch (RuntimeException e) {
      return "exited";
    }
  }
}
