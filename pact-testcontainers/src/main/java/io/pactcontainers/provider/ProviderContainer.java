package io.pactcontainers.provider;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provider as a container: from an image, or built from a Dockerfile folder. Built fluently, as
 * Testcontainers' containers are:
 *
 * <pre>{@code
 * ProviderContainer.fromImage("grill-chef:1.0").withPort(8000).waitingFor(Readiness.http("/health"))
 * }</pre>
 *
 * @param image the image name, empty when built from {@code dockerfileDirectory}
 * @param dockerfileDirectory a build context with a Dockerfile, empty when {@code image} is given
 * @param port the port the provider listens on inside the container
 * @param env the provider's environment
 * @param command the provider's command, when not the image's
 * @param readiness how to tell the provider is ready
 * @param startupTimeout how long it may take to be ready
 * @param pullPolicy when to pull the image
 * @param pullTimeout how long a pull may take
 * @param files files copied into the container before it starts
 * @param sidecars containers started first, on a network shared with the provider
 * @param memoryLimit the container's memory limit in bytes (swap included: none beyond it), 0 for
 *     none
 */
public record ProviderContainer(
    Optional<String> image,
    Optional<Path> dockerfileDirectory,
    int port,
    Map<String, String> env,
    List<String> command,
    Readiness readiness,
    Duration startupTimeout,
    PullPolicy pullPolicy,
    Duration pullTimeout,
    List<CopiedFile> files,
    List<Sidecar> sidecars,
    long memoryLimit)
    implements ProviderTarget {

  /** The port a provider is taken to listen on unless {@link #withPort} says otherwise. */
  public static final int DEFAULT_PORT = 8080;

  /**
   * Checks the components.
   *
   * @param image the image name, empty when built from {@code dockerfileDirectory}
   * @param dockerfileDirectory a build context with a Dockerfile, empty when {@code image} is given
   * @param port the port the provider listens on inside the container
   * @param env the provider's environment
   * @param command the provider's command, when not the image's
   * @param readiness how to tell the provider is ready
   * @param startupTimeout how long it may take to be ready
   * @param pullPolicy when to pull the image
   * @param pullTimeout how long a pull may take
   * @param files files copied into the container before it starts
   * @param sidecars containers started first, on a network shared with the provider
   * @param memoryLimit the container's memory limit in bytes, 0 for none
   */
  public ProviderContainer {
    requireNonNull(image, "image");
    requireNonNull(dockerfileDirectory, "dockerfileDirectory");
    dockerfileDirectory = dockerfileDirectory.map(Path::normalize); // printed: no "a/../b"
    if (image.isPresent() == dockerfileDirectory.isPresent()) {
      throw new IllegalArgumentException(
          "give either an image or a Dockerfile directory, not both or neither");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be between 1 and 65535, found " + port);
    }
    env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    command = List.copyOf(command);
    requireNonNull(readiness, "readiness");
    requireNonNull(startupTimeout, "startupTimeout");
    requireNonNull(pullPolicy, "pullPolicy");
    requireNonNull(pullTimeout, "pullTimeout");
    files = List.copyOf(files);
    sidecars = List.copyOf(sidecars);
    if (memoryLimit != 0 && memoryLimit < MINIMUM_MEMORY) {
      // Docker refuses less than 6 MB; said here, in the words of the setting, not Docker's.
      throw new IllegalArgumentException(
          "the memory limit must be at least 6 MB, found " + memoryLimit + " bytes");
    }
  }

  /** The least memory Docker lets a container have. */
  public static final long MINIMUM_MEMORY = 6L * 1024 * 1024;

  /**
   * The provider from an image: port 8080, ready when the port answers, 60 s to start, pulled only
   * when missing.
   *
   * @param image the image name ({@code grill-chef:1.0})
   * @return the provider
   */
  public static ProviderContainer fromImage(String image) {
    return withDefaults(Optional.of(image), Optional.empty());
  }

  /**
   * The provider built from a Dockerfile (the image is removed afterwards), with the same defaults.
   *
   * @param directory the build context holding the Dockerfile
   * @return the provider
   */
  public static ProviderContainer fromDockerfile(Path directory) {
    return withDefaults(Optional.empty(), Optional.of(directory));
  }

  /** Port 8080, ready when the port answers, 60 s to start, pulled only when missing. */
  private static ProviderContainer withDefaults(Optional<String> image, Optional<Path> directory) {
    return new ProviderContainer(
        image,
        directory,
        DEFAULT_PORT,
        Map.of(),
        List.of(),
        new Readiness.Port(),
        Duration.ofSeconds(60),
        PullPolicy.IF_MISSING,
        Duration.ofSeconds(60),
        List.of(),
        List.of(),
        0);
  }

  /**
   * How the provider is named in messages: its image or its Dockerfile folder.
   *
   * @return "image grill-chef:1.0" or "Dockerfile in ..."
   */
  public String describe() {
    return image
        .map(i -> "image " + i)
        .orElseGet(() -> "Dockerfile in " + dockerfileDirectory.get());
  }

  /**
   * The same provider from another image (another tag, say): what a matrix row changes.
   *
   * @param newImage the image name
   * @return a copy running that image
   */
  public ProviderContainer withImage(String newImage) {
    return copy(
        b -> {
          b.image = Optional.of(newImage);
          b.dockerfileDirectory = Optional.empty();
        });
  }

  /**
   * @param newPort the port the provider listens on inside its container
   * @return a copy with that port
   */
  public ProviderContainer withPort(int newPort) {
    return copy(b -> b.port = newPort);
  }

  /**
   * @param newEnv the provider's environment, replacing what was set
   * @return a copy with that environment
   */
  public ProviderContainer withEnv(Map<String, String> newEnv) {
    return copy(b -> b.env = newEnv);
  }

  /**
   * @param name an environment variable
   * @param value its value
   * @return a copy with the variable added (or replaced)
   */
  public ProviderContainer withEnv(String name, String value) {
    Map<String, String> e = new LinkedHashMap<>(env);
    e.put(name, value);
    return withEnv(e);
  }

  /**
   * @param newCommand the provider's command, instead of the image's
   * @return a copy with that command
   */
  public ProviderContainer withCommand(List<String> newCommand) {
    return copy(b -> b.command = newCommand);
  }

  /**
   * @param newWait how to tell the provider is ready
   * @return a copy waiting so
   */
  public ProviderContainer waitingFor(Readiness newWait) {
    return copy(b -> b.readiness = newWait);
  }

  /**
   * @param timeout how long the provider may take to be ready
   * @return a copy with that timeout
   */
  public ProviderContainer withStartupTimeout(Duration timeout) {
    return copy(b -> b.startupTimeout = timeout);
  }

  /**
   * @param policy when to pull the image
   * @return a copy with that policy
   */
  public ProviderContainer withPullPolicy(PullPolicy policy) {
    return copy(b -> b.pullPolicy = policy);
  }

  /**
   * @param timeout how long pulling an image may take
   * @return a copy with that timeout
   */
  public ProviderContainer withPullTimeout(Duration timeout) {
    return copy(b -> b.pullTimeout = timeout);
  }

  /**
   * @param newFiles files copied into the container before it starts, replacing what was set
   * @return a copy with those files
   */
  public ProviderContainer withFiles(List<CopiedFile> newFiles) {
    return copy(b -> b.files = newFiles);
  }

  /**
   * @param sidecar a container to start first, on a network shared with the provider
   * @return a copy with the sidecar added
   */
  public ProviderContainer withSidecar(Sidecar sidecar) {
    List<Sidecar> s = new ArrayList<>(sidecars);
    s.add(sidecar);
    return withSidecars(s);
  }

  /**
   * @param newSidecars the sidecars, replacing what was set
   * @return a copy with those sidecars
   */
  public ProviderContainer withSidecars(List<Sidecar> newSidecars) {
    return copy(
        b -> {
          b.sidecars = newSidecars;
        });
  }

  /**
   * @param bytes the container's memory limit (the kernel kills the provider beyond it, as in
   *     production with a limit), 0 for none
   * @return a copy with that limit
   */
  public ProviderContainer withMemoryLimit(long bytes) {
    return copy(b -> b.memoryLimit = bytes);
  }

  /**
   * The mutable twin the {@code with*} copies go through, so that each names only the field it
   * changes (a record cannot copy itself with one field changed).
   */
  private static final class Builder {
    private Optional<String> image;
    private Optional<Path> dockerfileDirectory;
    private int port;
    private Map<String, String> env;
    private List<String> command;
    private Readiness readiness;
    private Duration startupTimeout;
    private PullPolicy pullPolicy;
    private Duration pullTimeout;
    private List<CopiedFile> files;
    private List<Sidecar> sidecars;
    private long memoryLimit;

    private Builder(ProviderContainer from) {
      this.image = from.image;
      this.dockerfileDirectory = from.dockerfileDirectory;
      this.port = from.port;
      this.env = from.env;
      this.command = from.command;
      this.readiness = from.readiness;
      this.startupTimeout = from.startupTimeout;
      this.pullPolicy = from.pullPolicy;
      this.pullTimeout = from.pullTimeout;
      this.files = from.files;
      this.sidecars = from.sidecars;
      this.memoryLimit = from.memoryLimit;
    }

    private ProviderContainer build() {
      return new ProviderContainer(
          image,
          dockerfileDirectory,
          port,
          env,
          command,
          readiness,
          startupTimeout,
          pullPolicy,
          pullTimeout,
          files,
          sidecars,
          memoryLimit);
    }
  }

  private ProviderContainer copy(java.util.function.Consumer<Builder> change) {
    Builder b = new Builder(this);
    change.accept(b);
    return b.build();
  }
}
