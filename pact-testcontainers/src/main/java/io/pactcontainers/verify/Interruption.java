package io.pactcontainers.verify;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C or SIGTERM during a run. The JVM then runs its shutdown hooks while the run's own thread
 * goes on: this hook marks the run as interrupted and holds the JVM (up to {@link #GRACE_SECONDS})
 * until the run has stopped at the next interaction and handed its partial result over (reports
 * written), instead of verifying on against containers being removed by the other hooks.
 */
final class Interruption implements AutoCloseable {
  static final int GRACE_SECONDS = 10;

  private volatile boolean requested;
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook = new Thread(this::onShutdown, "pact-testcontainers-interruption");

  Interruption() {
    Runtime.getRuntime().addShutdownHook(hook);
  }

  private void onShutdown() {
    requested = true;
    try {
      finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  boolean requested() {
    return requested;
  }

  /** The run has handed over its result: the JVM may stop. */
  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // shutting down: the hook is running, and now released
    }
  }
}
