package io.pactcontainers.provider;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/** Starts the provider a verification needs. */
public final class ProviderLauncher {
  private final Path logsDirectory;
  private final Consumer<String> progress;

  /**
   * @param logsDirectory where container logs are written (one file per container)
   * @param progress receives a line for each step ("Starting provider image x")
   */
  public ProviderLauncher(Path logsDirectory, Consumer<String> progress) {
    this.logsDirectory = logsDirectory;
    this.progress = progress;
  }

  /** Starts the provider now and returns it once ready. */
  public ProviderRuntime start(ProviderTarget target, String providerName) {
    return prepare(target, providerName).start();
  }

  /**
   * Begins, on its own thread, what can be done before the provider is known to be needed: finding
   * Docker (the slowest part of a cold start) and making sure the images are there. Nothing it does
   * has to be undone, so a caller that finds nothing to verify simply never calls start.
   */
  public Preparation prepare(ProviderTarget target, String providerName) {
    if (target instanceof RunningProvider running) {
      return new Preparation(null, running.baseUrl());
    }
    ContainerRuntime runtime = new ContainerRuntime((ProviderContainer) target, providerName, logsDirectory, progress);
    FutureTask<Void> task = new FutureTask<>(runtime::prepare, null);
    Thread thread = new Thread(task, "pact-provider-prepare");
    thread.setDaemon(true);
    thread.start();
    return new Preparation(new PreparedContainer(runtime, task), null);
  }

  private record PreparedContainer(ContainerRuntime runtime, FutureTask<Void> task) {}

  /** A provider being prepared; {@link #start()} waits for the preparation and starts it. */
  public static final class Preparation {
    private final PreparedContainer container;
    private final URI runningAt;

    private Preparation(PreparedContainer container, URI runningAt) {
      this.container = container;
      this.runningAt = runningAt;
    }

    public ProviderRuntime start() {
      if (container == null) {
        return new Running(runningAt);
      }
      awaitPrepared();
      container.runtime().start();
      return container.runtime();
    }

    /** Waits for the preparation; throws what it failed with. */
    void awaitPrepared() {
      if (container == null) {
        return;
      }
      try {
        container.task().get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new ProviderStartException("Could not prepare the provider: " + e.getCause(), e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ProviderStartException("Interrupted while preparing the provider", e);
      }
    }
  }

  /** A provider someone else runs: nothing to start or remove. */
  private record Running(URI baseUrl) implements ProviderRuntime {
    public String logTail(int lines) {
      return "";
    }

    public void close() {}
  }
}
