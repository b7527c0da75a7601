package io.pactcontainers.maven;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

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

  private final Thread thread;
  private volatile boolean stopped;
  private volatile int loaded;

  private ClassPreloader(ClassLoader loader) {
    thread = new Thread(() -> loadAll(loader), "pact-class-preloader");
    thread.setDaemon(true);
    // Below the goal's own threads: it only fills time the second core would otherwise idle.
    thread.setPriority(Thread.MIN_PRIORITY);
  }

  /** Starts loading the listed classes through {@code loader}. */
  static ClassPreloader start(ClassLoader loader) {
    ClassPreloader p = new ClassPreloader(loader);
    p.thread.start();
    return p;
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
