package io.pactcontainers.maven;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loads, on the spare core, the classes the verify goal is about to need, in the order it needs
 * them. In Maven's fresh JVM the goal's critical path is mostly class loading: finding Docker alone
 * loads ~2,300 classes of docker-java, its HTTP transport and Jackson (~0.45 s on one core). The
 * goal's own thread then finds most of them defined already and only links and initializes them.
 * Classes are loaded without being initialized, so no static initializer runs on this thread.
 *
 * <p>The list is {@code META-INF/pact-maven-plugin/preload-classes.txt}, written by {@code
 * benchmarks/preload-classes.sh} from a run of the main job; a name that no longer exists is
 * skipped (and {@code ClassPreloaderTest} asks for the list to be written again).
 */
final class ClassPreloader implements AutoCloseable {
  static final String LIST = "META-INF/pact-maven-plugin/preload-classes.txt";

  /**
   * What only a provider container needs: Testcontainers, docker-java and their shaded copies, and
   * the TLS of the Docker socket. A run against a running provider never loads them, and loading
   * them (1,500 classes, on the core the JIT compilers use) made its pact read slower.
   */
  private static final List<String> CONTAINER_ONLY =
      List.of("org.testcontainers.", "com.github.dockerjava.", "sun.security.", "com.sun.crypto.");

  private final Thread thread;
  private final boolean containers;
  private volatile boolean stopped;
  private volatile int loaded;

  private ClassPreloader(ClassLoader loader, boolean containers) {
    this.containers = containers;
    thread = new Thread(() -> loadAll(loader), "pact-class-preloader");
    thread.setDaemon(true);
    // Below the goal's own threads: it only fills time the second core would otherwise idle.
    thread.setPriority(Thread.MIN_PRIORITY);
  }

  /** Starts loading the listed classes through {@code loader}, for a run with containers. */
  static ClassPreloader start(ClassLoader loader) {
    return start(loader, true);
  }

  /**
   * Starts loading the listed classes through {@code loader}.
   *
   * @param containers whether the run starts containers; without, their classes are left out
   */
  static ClassPreloader start(ClassLoader loader, boolean containers) {
    ClassPreloader p = new ClassPreloader(loader, containers);
    p.thread.start();
    return p;
  }

  private boolean wanted(String name) {
    return containers || CONTAINER_ONLY.stream().noneMatch(name::startsWith);
  }

  private void loadAll(ClassLoader loader) {
    InputStream list = loader.getResourceAsStream(LIST);
    if (list == null) {
      return;
    }
    try (BufferedReader names =
        new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
      String name;
      while (!stopped && (name = names.readLine()) != null) {
        if (!wanted(name)) {
          continue;
        }
        try {
          Class.forName(name, false, loader);
          loaded++;
        } catch (ClassNotFoundException | LinkageError e) {
          // Not there in this build (the list is from another one): nothing to gain, nothing lost.
        }
      }
    } catch (IOException e) {
      // The list is a speed-up only.
    }
  }

  /** How many classes were loaded so far. */
  int loaded() {
    return loaded;
  }

  /** Waits for the list to be done (tests). */
  void awaitDone() throws InterruptedException {
    thread.join();
  }

  /** Stops loading: the goal has ended, what was not needed is not loaded any more. */
  @Override
  public void close() {
    stopped = true;
  }
}
