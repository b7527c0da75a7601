package io.pactcontainers.provider;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/** Starts the provider a verification needs. */
public final class ProviderLauncher {
  private final Path logsDirectory;
  private final Consumer<String> progress;
  private final java.util.function.Function<io.pactcontainers.Setting, String> names;
  private final io.pactcontainers.Secrets secrets;

  /**
   * A launcher whose messages name settings in the library's words.
   *
   * @param logsDirectory where each container's log file goes
   * @param progress told of each step ("Starting provider image ...")
   */
  public ProviderLauncher(Path logsDirectory, Consumer<String> progress) {
    this(logsDirectory, progress, io.pactcontainers.Setting::words);
  }

  /**
   * A launcher.
   *
   * @param logsDirectory where each container's log file goes
   * @param progress told of each step ("Starting provider image ...")
   * @param names how messages name the settings to check (a front end's own names)
   */
  public ProviderLauncher(
      Path logsDirectory,
      Consumer<String> progress,
      java.util.function.Function<io.pactcontainers.Setting, String> names) {
    this(logsDirectory, progress, names, io.pactcontainers.Secrets.none());
  }

  private ProviderLauncher(
      Path logsDirectory,
      Consumer<String> progress,
      java.util.function.Function<io.pactcontainers.Setting, String> names,
      io.pactcontainers.Secrets secrets) {
    this.logsDirectory = logsDirectory;
    this.progress = progress;
    this.names = names;
    this.secrets = secrets;
  }

  /**
   * A launcher that masks these secrets in the container logs as they are written.
   *
   * @param secrets the run's secrets
   * @return a copy with them
   */
  public ProviderLauncher withSecrets(io.pactcontainers.Secrets secrets) {
    return new ProviderLauncher(logsDirectory, progress, names, secrets);
  }

  /**
   * Starts the provider now and returns it once ready.
   *
   * @param target the provider
   * @param providerName its name, for labels and log files
   * @return the running provider; closing it removes what was started
   * @throws ProviderStartException when it cannot start
   */
  public ProviderRuntime start(ProviderTarget target, String providerName) {
    return prepare(target, providerName).start();
  }

  /**
   * Begins, on its own thread, what can be done before the provider is known to be needed: finding
   * Docker (the slowest part of a cold start) and making sure the images are there. Nothing it does
   * has to be undone, so a caller that finds nothing to verify simply never calls start.
   *
   * @param target the provider
   * @param providerName its name, for labels and log files
   * @return the preparation, to start the provider from
   */
  public Preparation prepare(ProviderTarget target, String providerName) {
    return prepare(target, providerName, 1);
  }

  /**
   * As {@link #prepare(ProviderTarget, String)}, for {@code shards} containers of the provider,
   * each with its own sidecars and network and its own log files ({@code <name>-shard-2.log}...). A
   * provider someone else runs is one provider, whatever {@code shards} says.
   *
   * @param target the provider
   * @param providerName its name, for labels and log files
   * @param shards how many containers
   * @return the preparation, to start the containers from
   */
  public Preparation prepare(ProviderTarget target, String providerName, int shards) {
    if (target instanceof RunningProvider running) {
      return new Preparation(
          List.of(),
          null,
          running,
          logsDirectory.resolve(ContainerRuntime.safe(providerName) + ".log"),
          secrets);
    }
    List<ContainerRuntime> runtimes = new ArrayList<>();
    for (int i = 1; i <= shards; i++) {
      runtimes.add(
          new ContainerRuntime(
              (ProviderContainer) target,
              providerName,
              logsDirectory,
              progress,
              shards == 1 ? "" : "-shard-" + i,
              names,
              secrets));
    }
    // Docker discovery, the image checks and the sweep of leftovers are the same for every shard:
    // once.
    FutureTask<Void> task = new FutureTask<>(runtimes.get(0)::prepare, null);
    Thread thread = new Thread(task, "pact-provider-prepare");
    thread.setDaemon(true);
    thread.start();
    return new Preparation(runtimes, task, null, null, secrets);
  }

  /** A provider being prepared; {@link #start()} waits for the preparation and starts it. */
  public static final class Preparation {
    /** How long a run that starts nothing waits for Docker and the sweep before it ends. */
    private static final long ABANDON_SECONDS = 10;

    private final List<ContainerRuntime> runtimes;
    private final FutureTask<Void> task;
    private final RunningProvider runningAt;

    /** Where a running provider's container log is written, when it is in a container. */
    private final Path runningLog;

    private final io.pactcontainers.Secrets secrets;

    private Preparation(
        List<ContainerRuntime> runtimes,
        FutureTask<Void> task,
        RunningProvider runningAt,
        Path runningLog,
        io.pactcontainers.Secrets secrets) {
      this.runningLog = runningLog;
      this.secrets = secrets;
      this.runtimes = runtimes;
      this.task = task;
      this.runningAt = runningAt;
    }

    /**
     * Starts the one provider (the first, when several were prepared) and returns it once ready.
     *
     * @return the running provider
     * @throws ProviderStartException when it cannot start (what was started is removed)
     */
    public ProviderRuntime start() {
      if (runtimes.isEmpty()) {
        return Running.of(runningAt, runningLog, secrets);
      }
      awaitPrepared();
      runtimes.get(0).start();
      return runtimes.get(0);
    }

    /**
     * Starts every shard at once, each on its own thread, and returns at once: each future gives
     * its provider when that one is ready, or throws why it could not start (having removed what it
     * had started). A verifier can begin on the first ready container while the others still start.
     *
     * @return one future per container
     */
    public List<java.util.concurrent.Future<ProviderRuntime>> startEach() {
      if (runtimes.isEmpty()) {
        return List.of(
            java.util.concurrent.CompletableFuture.completedFuture(
                Running.of(runningAt, runningLog, secrets)));
      }
      awaitPrepared();
      List<java.util.concurrent.Future<ProviderRuntime>> starts = new ArrayList<>();
      for (ContainerRuntime r : runtimes) {
        FutureTask<ProviderRuntime> start =
            new FutureTask<>(
                () -> {
                  r.start();
                  return r;
                });
        Thread t = new Thread(start, "pact-provider-start");
        t.setDaemon(true);
        t.start();
        starts.add(start);
      }
      return starts;
    }

    /**
     * Ends a preparation whose provider will not start (nothing to verify, a bad pact): waits, a
     * few seconds at most, for the sweep of what killed runs left, so that it is done and said in
     * every run that found Docker, not only in those that start a container. Whatever the
     * preparation failed with (a missing image, no Docker) does not matter then and is dropped.
     */
    public void abandon() {
      if (task == null) {
        return;
      }
      try {
        task.get(ABANDON_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
        // no Docker, a missing image, a slow discovery: nothing to start, nothing to say
      }
      runtimes.get(0).awaitHousekeeping(ABANDON_SECONDS);
    }

    /** Waits for the preparation (Docker found, images there); throws what it failed with. */
    public void awaitPrepared() {
      if (task == null) {
        return;
      }
      try {
        task.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new ProviderStartException(
            "Could not prepare the provider: " + e.getCause(), e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ProviderStartException("Interrupted while preparing the provider", e);
      }
    }
  }

  /**
   * A provider someone else runs: nothing to start or remove; its container's log followed when it
   * is in one.
   */
  private record Running(URI baseUrl, ContainerLog log) implements ProviderRuntime {
    static Running of(RunningProvider provider, Path file, io.pactcontainers.Secrets secrets) {
      ContainerLog log = null;
      if (provider.output().isPresent()) {
        // Followed from its start: the whole log, as for a container started here.
        log = new ContainerLog(file, secrets);
        provider.output().get().follow(log::write);
      }
      return new Running(provider.baseUrl(), log);
    }

    public long logLineCount() {
      return log == null ? -1 : log.lineCount();
    }

    public java.util.List<String> logLinesSince(java.time.Instant from, int max) {
      return log == null ? java.util.List.of() : log.linesWrittenSince(from, max);
    }

    public String logTail(int lines) {
      return log == null ? "" : log.tail(lines);
    }

    public void close() {
      if (log != null) {
        log.abandon(); // the container is its owner's to stop, and its stream ends with it
      }
    }
  }
}
