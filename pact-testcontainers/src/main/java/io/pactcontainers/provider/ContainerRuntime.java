package io.pactcontainers.provider;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.PullImageResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.PruneType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.LogMessageWaitStrategy;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The provider container with its sidecars and network. Removes all of them on close, and from a
 * JVM shutdown hook (Ctrl-C) when close never comes: without Ryuk nothing else would.
 */
final class ContainerRuntime implements ProviderRuntime {
  private static final Logger LOG = LoggerFactory.getLogger(ContainerRuntime.class);

  private final ProviderContainer spec;
  private final String providerName;
  private final Path logsDirectory;
  private final Consumer<String> progress;
  private final List<GenericContainer<?>> started = new ArrayList<>();
  private final List<ContainerLog> logs = new ArrayList<>();
  private final Thread shutdownHook =
      new Thread(this::cleanUpAtExit, "pact-testcontainers-cleanup");

  /** Why the containers could not all be removed, to throw from {@link #close()}. */
  private volatile DockerEngineGoneException engineGone;

  private volatile boolean closedFromHook;
  private Network network;
  private String builtImage;
  private ProbedContainer provider;
  private ContainerLog providerLog;
  private boolean closed;
  private volatile Thread housekeeping;

  /**
   * Labels on everything this run starts, so that a later run can find and remove what a killed one
   * left.
   */
  private final java.util.Map<String, String> labels;

  /** Added to log file names: "" for a single container, "-shard-2" for the second of several. */
  private final String logSuffix;

  /**
   * How messages name the settings to check: the front end's words (the plugin's are POM elements).
   */
  private final java.util.function.Function<io.pactcontainers.Setting, String> names;

  /** Masked in the container logs as they are written. */
  private final io.pactcontainers.Secrets secrets;

  ContainerRuntime(
      ProviderContainer spec,
      String providerName,
      Path logsDirectory,
      Consumer<String> progress,
      String logSuffix,
      java.util.function.Function<io.pactcontainers.Setting, String> names,
      io.pactcontainers.Secrets secrets) {
    this.names = names;
    this.secrets = secrets;
    this.logSuffix = logSuffix;
    this.spec = spec;
    this.providerName = providerName;
    this.logsDirectory = logsDirectory;
    this.progress = progress;
    this.labels = OrphanSweep.labelsForThisRun(providerName, logsDirectory);
  }

  /**
   * Finds Docker and makes sure the images are there (pulling them if needed). Touches nothing that
   * must be removed afterwards, so it can run while the pacts load and be dropped if they fail.
   */
  void prepare() {
    long finding = System.nanoTime();
    DockerClient client = docker();
    io.pactcontainers.Timeline.phase("Docker found", finding);
    startHousekeeping(client);
    try {
      long checking = System.nanoTime();
      checkImages(client);
      io.pactcontainers.Timeline.phase("images checked", checking);
    } catch (RuntimeException e) {
      // Nothing will be started or closed: the shutdown hook's classes must be loaded before the
      // goal ends all the same.
      awaitHousekeeping();
      throw e;
    }
  }

  /**
   * The sweep of what killed runs left and the loading of Testcontainers' shutdown-hook classes, on
   * a thread of their own: neither is needed before this run's containers start (the sweep never
   * touches a container of a live process, so not this run's), and together they are six Docker
   * calls (~20-60 ms on a fresh JVM) that used to delay the provider's start. {@link #close()}
   * waits for them, so the sweep's line is said and the classes are loaded before the run ends.
   */
  private void startHousekeeping(DockerClient client) {
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
                // (NoClassDefFoundError).
                preloadShutdownHookClasses(client);
              }
            },
            "pact-provider-housekeeping");
    t.setDaemon(true);
    housekeeping = t;
    t.start();
  }

  /**
   * Waits for the sweep and the class loading, {@code seconds} at most (a run that starts nothing).
   */
  void awaitHousekeeping(long seconds) {
    Thread t = housekeeping;
    if (t == null) {
      return;
    }
    try {
      t.join(seconds * 1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitHousekeeping() {
    Thread t = housekeeping;
    if (t == null || t == Thread.currentThread()) {
      return;
    }
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // bounded by Docker's own time-outs: wait for it all the same
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void checkImages(DockerClient client) {
    spec.image()
        .ifPresent(
            image ->
                ensureImage(
                    client,
                    image,
                    spec.pullPolicy(),
                    spec.pullTimeout(),
                    names.apply(io.pactcontainers.Setting.PROVIDER_IMAGE)));
    for (Sidecar s : spec.sidecars()) {
      ensureImage(
          client,
          s.image(),
          spec.pullPolicy(),
          spec.pullTimeout(),
          names.apply(io.pactcontainers.Setting.SIDECAR_IMAGE) + " of \"" + s.alias() + "\"");
    }
  }

  /** Starts the containers; {@link #prepare()} must have run. */
  void start() {
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    try {
      String image = spec.image().orElseGet(this::build);
      if (!spec.sidecars().isEmpty()) {
        network = Network.builder().createNetworkCmdModifier(cmd -> cmd.withLabels(labels)).build();
        for (Sidecar s : spec.sidecars()) {
          startSidecar(s);
        }
      }
      provider =
          new ProbedContainer(DockerImageName.parse(image))
              .withLabels(labels)
              .withImagePullPolicy(name -> false)
              .withExposedPorts(spec.port())
              .withEnv(spec.env())
              .withStartupTimeout(spec.startupTimeout());
      waitFor(provider, spec.readiness(), spec.port(), spec.startupTimeout());
      if (spec.memoryLimit() > 0) {
        // Swap as large as the limit: none beyond it, so that going past it kills as in production.
        provider.withCreateContainerCmdModifier(
            cmd ->
                cmd.getHostConfig()
                    .withMemory(spec.memoryLimit())
                    .withMemorySwap(spec.memoryLimit()));
      }
      if (!spec.command().isEmpty()) {
        provider.withCommand(spec.command().toArray(String[]::new));
      }
      if (network != null) {
        provider.withNetwork(network).withNetworkAliases(providerName);
      }
      for (CopiedFile f : spec.files()) {
        if (!Files.exists(f.source())) {
          throw new ProviderStartException(
              "File to copy into the provider not found: "
                  + f.source()
                  + "; check "
                  + names.apply(io.pactcontainers.Setting.PROVIDER_FILE_SOURCE));
        }
        provider.withCopyFileToContainer(MountableFile.forHostPath(f.source()), f.containerPath());
      }
      providerLog =
          new ContainerLog(logsDirectory.resolve(safe(providerName) + logSuffix + ".log"), secrets);
      logs.add(providerLog);
      provider.withLogConsumer(providerLog);
      progress.accept("Starting provider " + spec.describe() + " (port " + spec.port() + ")");
      long t0 = System.nanoTime();
      startContainer(provider, "provider " + spec.describe(), providerLog);
      io.pactcontainers.Timeline.phase("provider container created, started and answering", t0);
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
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private void startContainer(GenericContainer<?> container, String what, ContainerLog log) {
    started.add(container);
    try {
      container.start();
    } catch (RuntimeException e) {
      String tail = log.tail(30);
      throw new ProviderStartException(
          "Could not start "
              + what
              + ": "
              + whyNotStarted(container, e)
              + (tail.isBlank() ? "" : "\nLast lines of its log (" + log.file() + "):\n" + tail)
              + "\nCheck the image, its command and the wait settings ("
              + names.apply(io.pactcontainers.Setting.WAIT)
              + ", "
              + names.apply(io.pactcontainers.Setting.STARTUP_TIMEOUT)
              + ")",
          e);
    }
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
    logs.add(log);
    c.withLogConsumer(log);
    progress.accept("Starting sidecar " + s.alias() + " (" + s.image() + ")");
    startContainer(c, "sidecar \"" + s.alias() + "\" (" + s.image() + ")", log);
  }

  private static void waitFor(
      ProbedContainer container, Readiness wait, int port, java.time.Duration timeout) {
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

  private String build() {
    Path dir = spec.dockerfileDirectory().orElseThrow();
    if (!Files.isRegularFile(dir.resolve("Dockerfile"))) {
      throw new ProviderStartException(
          "No Dockerfile in "
              + dir
              + "; check "
              + names.apply(io.pactcontainers.Setting.PROVIDER_DOCKERFILE));
    }
    String name =
        "pactcontainers-build/"
            + safe(providerName)
            + ":"
            + UUID.randomUUID().toString().substring(0, 8);
    progress.accept("Building provider image from " + dir);
    builtImage = name;
    long building = System.nanoTime();
    try {
      String built = new ImageFromDockerfile(name, false).withFileFromPath(".", dir).get();
      io.pactcontainers.Timeline.phase("provider image built", building);
      return built;
    } catch (RuntimeException e) {
      throw new ProviderStartException(
          "Could not build the provider image from "
              + dir
              + ": "
              + rootMessage(e)
              + "; run docker build "
              + dir
              + " to see the full output",
          e);
    } catch (Exception e) {
      throw new ProviderStartException(
          "Could not build the provider image from " + dir + ": " + rootMessage(e), e);
    }
  }

  private static void ensureImage(
      DockerClient client,
      String image,
      PullPolicy policy,
      java.time.Duration timeout,
      String setting) {
    boolean present = isPresent(client, image);
    if (policy == PullPolicy.NEVER && !present) {
      throw new ProviderStartException(
          "Image not found locally: "
              + image
              + " (pull policy \"never\"); build or pull it first, or change "
              + setting);
    }
    if (policy == PullPolicy.ALWAYS || !present) {
      pull(client, image, timeout, setting);
    }
  }

  private static boolean isPresent(DockerClient client, String image) {
    try {
      client.inspectImageCmd(image).exec();
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  private static void pull(
      DockerClient client, String image, java.time.Duration timeout, String setting) {
    DockerImageName name = DockerImageName.parse(image);
    String tag = name.getVersionPart().isEmpty() ? "latest" : name.getVersionPart();
    try {
      boolean done =
          client
              .pullImageCmd(name.getUnversionedPart())
              .withTag(tag)
              .exec(new PullImageResultCallback())
              .awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!done) {
        throw new ProviderStartException(
            "Timed out after "
                + timeout.toSeconds()
                + " s pulling image "
                + image
                + "; check "
                + setting
                + " and the registry");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderStartException("Interrupted while pulling image " + image, e);
    } catch (RuntimeException e) {
      if (e instanceof ProviderStartException) {
        throw e;
      }
      throw new ProviderStartException(
          "Image not found locally and could not be pulled: "
              + image
              + " ("
              + rootMessage(e)
              + "); build it locally or check "
              + setting
              + " and the registry",
          e);
    }
  }

  private static DockerClient docker() {
    try {
      RyukFallback.ensure();
      return DockerClientFactory.instance().client();
    } catch (RuntimeException e) {
      String why = rootMessage(e) + " " + e.getMessage();
      if (why.contains("ryuk")) {
        throw new ProviderStartException(
            "Testcontainers could not start its clean-up container Ryuk ("
                + rootMessage(e)
                + "); where the image testcontainers/ryuk cannot be pulled, set the environment"
                + " variable TESTCONTAINERS_RYUK_DISABLED=true: the verifier removes what it starts itself",
            e);
      }
      throw new ProviderStartException(
          "No Docker engine answers ("
              + rootMessage(e)
              + "); start Docker, or set DOCKER_HOST to a running engine",
          e);
    }
  }

  @Override
  public URI baseUrl() {
    return URI.create("http://" + provider.getHost() + ":" + provider.getMappedPort(spec.port()));
  }

  @Override
  public java.util.Optional<ProviderEnd> ended() {
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
        return java.util.Optional.empty();
      }
      if (Boolean.TRUE.equals(state.getOOMKilled())) {
        return java.util.Optional.of(ProviderEnd.outOfMemory(spec.memoryLimit()));
      }
      return java.util.Optional.of(ProviderEnd.exited(state.getExitCodeLong()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return java.util.Optional.empty();
    } catch (NotFoundException e) {
      return java.util.Optional.of(ProviderEnd.removed());
    } catch (RuntimeException e) {
      return java.util.Optional.of(
          EngineCheck.answers(client) ? ProviderEnd.removed() : ProviderEnd.engineGone());
    }
  }

  @Override
  public long logLineCount() {
    return providerLog == null ? -1 : providerLog.lineCount();
  }

  @Override
  public java.util.List<String> logLinesSince(long mark, int max) {
    return providerLog == null ? java.util.List.of() : providerLog.linesSince(mark, max);
  }

  @Override
  public String logTail(int lines) {
    return providerLog == null ? "" : providerLog.tail(lines);
  }

  @Override
  public void close() {
    cleanUp();
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
    cleanUp();
  }

  private synchronized void cleanUp() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      removeContainers();
    } finally {
      awaitHousekeeping();
    }
  }

  private void removeContainers() {
    // Testcontainers' stop() logs and swallows what fails: ask the engine first, once (~2 ms).
    if (!started.isEmpty() && !EngineCheck.answers()) {
      engineGoneWhileRemoving(started.size());
      return;
    }
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).stop();
      } catch (RuntimeException e) {
        LOG.warn(
            "Could not remove container {}: {}", started.get(i).getContainerId(), e.getMessage());
      }
    }
    if (network != null) {
      try {
        network.close();
      } catch (RuntimeException e) {
        LOG.warn("Could not remove network {}: {}", network.getId(), e.getMessage());
      }
    }
    if (builtImage != null) {
      try {
        DockerClientFactory.instance().client().removeImageCmd(builtImage).withForce(true).exec();
      } catch (RuntimeException e) {
        LOG.debug("Could not remove built image {}: {}", builtImage, e.getMessage());
      }
    }
    logs.forEach(ContainerLog::close);
  }

  /**
   * Nothing more can be removed: the containers are left for the next run's sweep, which removes
   * those of a run whose process has ended once the engine is back. Testcontainers' own exit hook
   * would only fail the same way, with a stack trace, so it is told there is nothing to prune.
   */
  private void engineGoneWhileRemoving(int left) {
    logs.forEach(ContainerLog::abandon);
    RyukFallback.forgetPruning();
    engineGone =
        new DockerEngineGoneException(
            "The Docker engine stopped answering while the provider's containers were removed: "
                + left
                + (left == 1 ? " container" : " containers")
                + (network == null ? "" : " and a network")
                + " of this run "
                + (left == 1 && network == null ? "is" : "are")
                + " left. Start the engine again (`docker info` must answer):"
                + " the next run removes them and says so");
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

  static String safe(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_.-]", "-");
  }

  /**
   * Why a container did not start, in words: first whether it exited (and with which code), which
   * is what the user needs, not Testcontainers' predicate over a page of Docker inspection.
   */
  private static String whyNotStarted(GenericContainer<?> container, RuntimeException e) {
    try {
      var state = docker().inspectContainerCmd(container.getContainerId()).exec().getState();
      if (!Boolean.TRUE.equals(state.getRunning()) && state.getExitCodeLong() != null) {
        return "it exited with code "
            + state.getExitCodeLong()
            + " during start-up"
            + (Boolean.TRUE.equals(state.getOOMKilled()) ? " (killed: out of memory)" : "");
      }
    } catch (RuntimeException notInspectable) {
      // gone already: fall back to what the exception says
    }
    return ForeignContainers.reason(java.util.OptionalLong.empty(), e);
  }

  static String rootMessage(Throwable t) {
    Throwable c = t;
    String msg = t.getMessage();
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
      if (c.getMessage() != null) {
        msg = c.getMessage();
      }
    }
    // On one line: Docker's error texts end in a newline, which split the build error in two.
    return msg == null ? t.getClass().getSimpleName() : msg.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
