package io.pactcontainers.verify;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C or SIGTERM during a run. The JVM then runs its shutdown hooks while the run's own thread
 * goes on: this hook marks the run as interrupted and holds the JVM (up to {@link #GRACE_SECONDS})
 * until the run has stopped at the next interaction and handed its partial result over (reports
 * written), instead of verifying on against containers being removed by the other hooks.
 *
 * <p>Public for the runs built on the verifier (a matrix holds the JVM the same way until its page
 * is written); a front end that catches its own stop (an IDE's stop button) may {@link #request()}.
 */
public final class Interruption implements AutoCloseable {
  /** How long the JVM is held for the run to hand over its result. */
  public static final int GRACE_SECONDS = 10;

  private volatile boolean requested;
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook = new Thread(this::onShutdown, "pact-testcontainers-interruption");

  /**
   * Watches for Ctrl-C and SIGTERM until closed. Made while the JVM already stops (a matrix row
   * that begins as SIGTERM arrives), it is requested from the start.
   */
  public Interruption() {
    try {
      Runtime.getRuntime().addShutdownHook(hook);
    } catch (IllegalStateException shutdownInProgress) {
      requested = true;
    }
  }

  private void onShutdown() {
    requested = true;
    try {
      finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Whether the run was asked to stop.
   *
   * @return true after Ctrl-C, SIGTERM or {@link #request()}
   */
  public boolean requested() {
    return requested;
  }

  /**
   * Whether the JVM is stopping (Ctrl-C, SIGTERM), even before this or any hook has run: from then
   * on anything that registers a hook, here or in a library, fails with "Shutdown in progress".
   *
   * @return true once the JVM's shutdown has begun
   */
  public static boolean jvmStopping() {
    Thread probe = new Thread(() -> {}, "pact-testcontainers-shutdown-probe");
    try {
      Runtime.getRuntime().addShutdownHook(probe);
    } catch (IllegalStateException shutdownInProgress) {
      return true;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(probe);
    } catch (IllegalStateException shutdownInProgress) {
      return true;
    }
    return false;
  }

  /** Asks the run to stop as Ctrl-C does, without stopping the JVM. */
  public void request() {
    requested = true;
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
