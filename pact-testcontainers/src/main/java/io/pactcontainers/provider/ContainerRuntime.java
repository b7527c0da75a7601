package io.pactcontainers.provider;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import io.pactcontainers.Secrets;
import io.pactcontainers.Setting;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.LogMessageWaitStrategy;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The provider container with its sidecars and network: started, followed while it runs, and
 * removed on close, or from a JVM shutdown hook (Ctrl-C) when close never comes. Its images are
 * {@link ProviderImages}' work, the removal {@link ContainerRemoval}'s, and a failed start is said
 * by {@link StartFailures}.
 */
final class ContainerRuntime implements ProviderRuntime {
  private static final Logger LOG = LoggerFactory.getLogger(ContainerRuntime.class);

  private final ProviderContainer spec;
  private final String providerName;
  private final Path logsDirectory;
  private final Consumer<String> progress;
  private final ProviderImages images;
  private final ContainerRemoval removal = new ContainerRemoval();
  private final Thread shutdownHook =
      new Thread(this::cleanUpAtExit, "pact-testcontainers-cleanup");

  /** Why the containers could not all be removed, to throw from {@link #close()}. */
  private volatile DockerEngineGoneException engineGone;

  private volatile boolean closedFromHook;
  private Network network;
  private ProbedContainer provider;
  private ContainerLog providerLog;

  /** Closed by the run (not by the hook): a second close has nothing left to do or say. */
  private volatile boolean closed;

  private volatile Housekeeping housekeeping;

  /**
   * Labels on everything this run starts, so that a later run can find and remove what a killed one
   * left.
   */
  private final Map<String, String> labels;

  /** Added to log file names: "" for a single container, "-shard-2" for the second of several. */
  private final String logSuffix;

  /**
   * How messages name the settings to check: the front end's words (the plugin's are POM elements).
   */
  private final Function<Setting, String> names;

  /** Masked in the container logs as they are written. */
  private final Secrets secrets;

  ContainerRuntime(
      ProviderContainer spec,
      String providerName,
      Path logsDirectory,
      Consumer<String> progress,
      String logSuffix,
      Function<Setting, String> names,
      Secrets secrets) {
    this.names = names;
    this.secrets = secrets;
    this.logSuffix = logSuffix;
    this.spec = spec;
    this.providerName = providerName;
    this.logsDirectory = logsDirectory;
    this.progress = progress;
    this.images = new ProviderImages(spec, providerName, progress, names);
    this.labels = OrphanSweep.labelsForThisRun(providerName, logsDirectory);
  }

  /**
   * Finds Docker and makes sure the images are there (pulling them if needed). Touches nothing that
   * must be removed afterwards, so it can run while the pacts load and be dropped if they fail.
   */
  void prepare() {
    long finding = System.nanoTime();
    DockerClient client = EngineCheck.client();
    io.pactcontainers.Timeline.phase("Docker found", finding);
    // Neither the sweep nor the class loading is needed before the containers start: close()
    // waits for them.
    housekeeping = Housekeeping.start(client, progress);
    try {
      long checking = System.nanoTime();
      images.check(client);
      io.pactcontainers.Timeline.phase("images checked", checking);
    } catch (RuntimeException e) {
      // Nothing will be started or closed: the shutdown hook's classes must be loaded before the
      // goal ends all the same.
      awaitHousekeeping();
      throw e;
    }
  }

  /**
   * Waits for the sweep and the class loading, {@code seconds} at most (a run that starts nothing).
   */
  void awaitHousekeeping(long seconds) {
    Housekeeping h = housekeeping;
    if (h != null) {
      h.await(seconds);
    }
  }

  private void awaitHousekeeping() {
    Housekeeping h = housekeeping;
    if (h != null) {
      h.await();
    }
  }

  /** Starts the containers; {@link #prepare()} must have run. */
  void start() {
    try {
      Runtime.getRuntime().addShutdownHook(shutdownHook);
    } catch (IllegalStateException shutdownInProgress) {
      throw ProviderStartException.stoppedByShutdown(
          stoppedWhileStarting("provider " + spec.describe()), shutdownInProgress);
    }
    try {
      String image = spec.image().orElseGet(() -> images.build(removal::builtImage));
      if (!spec.sidecars().isEmpty()) {
        network =
            removal.network(
                Network.builder().createNetworkCmdModifier(cmd -> cmd.withLabels(labels)).build());
        for (Sidecar s : spec.sidecars()) {
          startSidecar(s);
        }
      }
      provider = providerContainer(image);
      providerLog =
          new ContainerLog(logsDirectory.resolve(safe(providerName) + logSuffix + ".log"), secrets);
      removal.log(providerLog);
      provider.withLogConsumer(providerLog);
      progress.accept("Starting provider " + spec.describe() + " (port " + spec.port() + ")");
      long t0 = System.nanoTime();
      startContainer(provider, "provider " + spec.describe(), providerLog);
      io.pactcontainers.Timeline.phase("provider container created, started and answering", t0);
      sayReady(t0);
    } catch (RuntimeException e) {
      close();
      if (closedFromHook && !(e instanceof ProviderStartException p && p.stoppedByShutdown())) {
        // An image build, a port asked of a container the hook removed: the stop is the cause.
        throw ProviderStartException.stoppedByShutdown(
            stoppedWhileStarting("provider " + spec.describe()), e);
      }
      throw e;
    }
  }

  /** The provider's container as its settings say, not yet started. */
  private ProbedContainer providerContainer(String image) {
    ProbedContainer c =
        new ProbedContainer(DockerImageName.parse(image))
            .withLabels(labels)
            .withImagePullPolicy(name -> false)
            .withExposedPorts(spec.port())
            .withEnv(spec.env())
            .withStartupTimeout(spec.startupTimeout());
    waitFor(c, spec.readiness(), spec.port(), spec.startupTimeout());
    if (spec.memoryLimit() > 0) {
      // Swap as large as the limit: none beyond it, so that going past it kills as in production.
      c.withCreateContainerCmdModifier(
          cmd ->
              cmd.getHostConfig()
                  .withMemory(spec.memoryLimit())
                  .withMemorySwap(spec.memoryLimit()));
    }
    if (!spec.command().isEmpty()) {
      c.withCommand(spec.command().toArray(String[]::new));
    }
    if (network != null) {
      c.withNetwork(network).withNetworkAliases(providerName);
    }
    for (CopiedFile f : spec.files()) {
      if (!Files.exists(f.source())) {
        throw new ProviderStartException(
            "File to copy into the provider not found: "
                + f.source()
                + "; check "
                + names.apply(Setting.PROVIDER_FILE_SOURCE));
      }
      c.withCopyFileToContainer(MountableFile.forHostPath(f.source()), f.containerPath());
    }
    return c;
  }

  private void sayReady(long t0) {
    progress.accept(
        "Provider ready at "
            + baseUrl()
            + " in "
            + (System.nanoTime() - t0) / 1_000_000
            + " ms"
            + provider
                .readinessProbe()
                .filter(p -> p.readyAtMillis() > 0)
                .map(
                    p ->
                        " (answered "
                            + (p.readyAtMillis() - p.mappedAtMillis())
                            + " ms after Docker had started it)")
                .orElse(""));
    provider
        .readinessProbe()
        .ifPresent(
            p ->
                LOG.debug(
                    "Provider port mapped at {}, first answer at {} (epoch ms)",
                    p.mappedAtMillis(),
                    p.readyAtMillis()));
  }

  private void startContainer(ProbedContainer container, String what, ContainerLog log) {
    if (!removal.container(container)) {
      throw ProviderStartException.stoppedByShutdown(stoppedWhileStarting(what), null);
    }
    container.onceCreated(removal::created);
    try {
      container.start();
    } catch (RuntimeException e) {
      if (closedFromHook) {
        // Whatever the start failed with (an interruption, the container removed under it), the
        // cause is the stop, and the image is not at fault.
        throw ProviderStartException.stoppedByShutdown(stoppedWhileStarting(what), e);
      }
      String tail = log.tail(30);
      throw new ProviderStartException(
          StartFailures.message(
              what,
              StartFailures.whyNotStarted(container, e),
              tail,
              " (" + log.file() + ")",
              "the image, its command and the wait settings ("
                  + names.apply(Setting.WAIT)
                  + ", "
                  + names.apply(Setting.STARTUP_TIMEOUT)
                  + ")"),
          e);
    }
  }

  private static String stoppedWhileStarting(String what) {
    return "Stopped (Ctrl-C or SIGTERM) while starting the "
        + what
        + "; what was started is removed";
  }

  private void startSidecar(Sidecar s) {
    ProbedContainer c =
        new ProbedContainer(DockerImageName.parse(s.image()))
            .withLabels(labels)
            .withImagePullPolicy(name -> false)
            .withNetwork(network)
            .withNetworkAliases(s.alias())
            .withEnv(s.env())
            .withStartupTimeout(s.startupTimeout());
    if (!s.command().isEmpty()) {
      c.withCommand(s.command().toArray(String[]::new));
    }
    if (s.port() > 0) {
      c.withExposedPorts(s.port());
      waitFor(c, s.readiness().orElse(new Readiness.Port()), s.port(), s.startupTimeout());
    } else if (s.readiness().orElse(null) instanceof Readiness.Log l) {
      waitFor(c, l, 0, s.startupTimeout());
    }
    ContainerLog log =
        new ContainerLog(logsDirectory.resolve(safe(s.alias()) + logSuffix + ".log"), secrets);
    removal.log(log);
    c.withLogConsumer(log);
    progress.accept("Starting sidecar " + s.alias() + " (" + s.image() + ")");
    startContainer(c, "sidecar \"" + s.alias() + "\" (" + s.image() + ")", log);
  }

  private static void waitFor(
      ProbedContainer container, Readiness wait, int port, Duration timeout) {
    if (wait instanceof Readiness.Log l) {
      container.waitingFor(
          new LogMessageWaitStrategy()
              .withRegEx(l.regex())
              .withTimes(l.times())
              .withStartupTimeout(timeout));
      return;
    }
    ReadinessProbe probe = new ReadinessProbe(wait, port);
    container
        .withReadinessProbe(probe)
        .waitingFor(new ReadinessWaitStrategy(probe).withStartupTimeout(timeout));
  }

  @Override
  public URI baseUrl() {
    return URI.create("http://" + provider.getHost() + ":" + provider.getMappedPort(spec.port()));
  }

  @Override
  public Optional<ProviderEnd> ended() {
    DockerClient client = DockerClientFactory.instance().client();
    try {
      var state = client.inspectContainerCmd(provider.getContainerId()).exec().getState();
      // A process that just died may still show as running for a moment: look again, briefly
      // (failures only).
      for (int i = 0; i < 5 && Boolean.TRUE.equals(state.getRunning()); i++) {
        Thread.sleep(100);
        state = client.inspectContainerCmd(provider.getContainerId()).exec().getState();
      }
      if (Boolean.TRUE.equals(state.getRunning())) {
        return Optional.empty();
      }
      if (Boolean.TRUE.equals(state.getOOMKilled())) {
        return Optional.of(ProviderEnd.outOfMemory(spec.memoryLimit()));
      }
      return Optional.of(ProviderEnd.exited(state.getExitCodeLong()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (NotFoundException e) {
      return Optional.of(ProviderEnd.removed());
    } catch (RuntimeException e) {
      return Optional.of(
          EngineCheck.answers(client) ? ProviderEnd.removed() : ProviderEnd.engineGone());
    }
  }

  @Override
  public Optional<String> imageId() {
    if (spec.image().isEmpty() || provider == null || provider.getContainerInfo() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(provider.getContainerInfo().getImageId());
  }

  @Override
  public long logLineCount() {
    return providerLog == null ? -1 : providerLog.lineCount();
  }

  @Override
  public List<String> logLinesSince(java.time.Instant from, int max) {
    return providerLog == null ? List.of() : providerLog.linesWrittenSince(from, max);
  }

  @Override
  public String logTail(int lines) {
    return providerLog == null ? "" : providerLog.tail(lines);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    cleanUp();
    closed = true;
    DockerEngineGoneException gone = engineGone;
    if (gone != null && !closedFromHook) {
      engineGone = null; // said once
      throw gone;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down: the hook is running or has run.
    }
  }

  private void cleanUpAtExit() {
    closedFromHook = true;
    synchronized (this) {
      try {
        removal.removeCreated().ifPresent(gone -> engineGone = gone);
      } finally {
        awaitHousekeeping();
      }
    }
  }

  /**
   * Removes what is left, after the shutdown hook's pass too: it leaves a container whose start was
   * under way to that start's own failure and {@link #close()}.
   */
  private synchronized void cleanUp() {
    try {
      removal.removeAll().ifPresent(gone -> engineGone = gone);
    } finally {
      awaitHousekeeping();
    }
  }

  static String safe(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]", "-");
  }
}
