package io.pactcontainers.provider;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.PruneType;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;

/**
 * The sweep of what killed runs left and the loading of Testcontainers' shutdown-hook classes, on a
 * thread of their own: neither is needed before this run's containers start (the sweep never
 * touches a container of a live process, so not this run's), and together they are six Docker calls
 * (~20-60 ms on a fresh JVM) that used to delay the provider's start. The run waits for them before
 * it ends, so the sweep's line is said and the classes are loaded by then.
 */
final class Housekeeping {
  private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

  /** Whether this class loader has loaded Testcontainers' shutdown-hook classes. */
  private static final java.util.concurrent.atomic.AtomicBoolean HOOK_CLASSES_LOADED =
      new java.util.concurrent.atomic.AtomicBoolean();

  private final Thread thread;

  private Housekeeping(Thread thread) {
    this.thread = thread;
  }

  /**
   * Starts the sweep and the class loading.
   *
   * @param client the engine
   * @param progress told what the sweep removed
   * @return the housekeeping under way
   */
  static Housekeeping start(DockerClient client, Consumer<String> progress) {
    Thread t =
        new Thread(
            () -> {
              long sweeping = System.nanoTime();
              try {
                OrphanSweep.removeLeftovers(client, progress);
                io.pactcontainers.Timeline.phase("leftovers swept", sweeping);
              } finally {
                // Testcontainers' JVM hook is registered now: load its classes while the plugin's
                // realm is open, whatever happens next, or it fails at exit
                // (NoClassDefFoundError). Once: loaded classes stay loaded, and a run after the
                // first (a matrix row, the next module) pruning again could meet Testcontainers'
                // own
                // prunes when the JVM is stopped (SIGTERM) meanwhile, which the engine refuses with
                // 409 "a prune operation is already running" and the hook prints with its trace.
                if (HOOK_CLASSES_LOADED.compareAndSet(false, true)) {
                  preloadShutdownHookClasses(client);
                }
              }
            },
            "pact-provider-housekeeping");
    t.setDaemon(true);
    t.start();
    return new Housekeeping(t);
  }

  /**
   * Waits for it, {@code seconds} at most (a run that starts nothing).
   *
   * @param seconds how long at most
   */
  void await(long seconds) {
    try {
      thread.join(seconds * 1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for it to end, through interrupts: it is bounded by Docker's own time-outs. */
  void await() {
    if (thread == Thread.currentThread()) {
      return;
    }
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // bounded by Docker's own time-outs: wait for it all the same
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Without Ryuk, Testcontainers prunes from a JVM shutdown hook. Under Maven that hook runs after
   * the plugin's class realm is closed and cannot load the classes it needs. Running the same
   * Docker calls once now, with a label no resource has (so they touch nothing), loads those
   * classes while the realm is open and keeps the hook from failing at the end of every build.
   */
  private static void preloadShutdownHookClasses(DockerClient client) {
    Map<String, String> nothing = Map.of("io.pactcontainers.preload", UUID.randomUUID().toString());
    try {
      client.listContainersCmd().withShowAll(true).withLabelFilter(nothing).exec();
      for (PruneType type :
          new PruneType[] {PruneType.NETWORKS, PruneType.VOLUMES, PruneType.IMAGES}) {
        client
            .pruneCmd(type)
            .withLabelFilter("io.pactcontainers.preload=" + nothing.values().iterator().next())
            .exec();
      }
      Class.forName(
          "org.testcontainers.utility.JVMHookResourceReaper$1",
          true,
          GenericContainer.class.getClassLoader());
    } catch (RuntimeException | ClassNotFoundException | LinkageError e) {
      LOG.debug("Could not preload the shutdown hook's classes: {}", e.toString());
    }
  }
}
