package io.pactcontainers.verify;

/**
 * Removes the provider's containers on a thread of its own once the last interaction has answered,
 * so that publishing and writing the reports overlap Docker's ~150 ms of removal; the run returns
 * only once it is done (or throws what it threw).
 */
final class ContainersRemoval {
  private Thread thread;
  private volatile RuntimeException failure;

  void start(Shards shards) {
    thread =
        new Thread(
            () -> {
              try {
                shards.close();
              } catch (RuntimeException e) {
                failure = e;
              }
            },
            "pact-containers-removal");
    thread.setDaemon(true);
    thread.start();
  }

  void await() {
    if (thread == null) {
      return;
    }
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // the containers are removed all the same: wait for it
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure != null) {
      throw failure;
    }
  }
}
