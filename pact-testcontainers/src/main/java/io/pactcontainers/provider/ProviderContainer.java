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
    List<Sidecar> sidecars)
    implements ProviderTarget {

  public static final int DEFAULT_PORT = 8080;

  public ProviderContainer {
    requireNonNull(image, "image");
    requireNonNull(dockerfileDirectory, "dockerfileDirectory");
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
  }

  public static ProviderContainer fromImage(String image) {
    return new ProviderContainer(
        Optional.of(image),
        Optional.empty(),
        DEFAULT_PORT,
        Map.of(),
        List.of(),
        new Readiness.Port(),
        Duration.ofSeconds(60),
        PullPolicy.IF_MISSING,
        Duration.ofSeconds(60),
        List.of(),
        List.of());
  }

  public static ProviderContainer fromDockerfile(Path directory) {
    return new ProviderContainer(
        Optional.empty(),
        Optional.of(directory),
        DEFAULT_PORT,
        Map.of(),
        List.of(),
        new Readiness.Port(),
        Duration.ofSeconds(60),
        PullPolicy.IF_MISSING,
        Duration.ofSeconds(60),
        List.of(),
        List.of());
  }

  /** How the provider is named in messages: its image or its Dockerfile folder. */
  public String describe() {
    return image
        .map(i -> "image " + i)
        .orElseGet(() -> "Dockerfile in " + dockerfileDirectory.get());
  }

  /** The same provider from another image (another tag, say): what a matrix row changes. */
  public ProviderContainer withImage(String newImage) {
    return copy(
        b -> {
          b.image = Optional.of(newImage);
          b.dockerfileDirectory = Optional.empty();
        });
  }

  public ProviderContainer withPort(int newPort) {
    return copy(b -> b.port = newPort);
  }

  public ProviderContainer withEnv(Map<String, String> newEnv) {
    return copy(b -> b.env = newEnv);
  }

  public ProviderContainer withEnv(String name, String value) {
    Map<String, String> e = new LinkedHashMap<>(env);
    e.put(name, value);
    return withEnv(e);
  }

  public ProviderContainer withCommand(List<String> newCommand) {
    return copy(b -> b.command = newCommand);
  }

  public ProviderContainer waitingFor(Readiness newWait) {
    return copy(b -> b.readiness = newWait);
  }

  public ProviderContainer withStartupTimeout(Duration timeout) {
    return copy(b -> b.startupTimeout = timeout);
  }

  public ProviderContainer withPullPolicy(PullPolicy policy) {
    return copy(b -> b.pullPolicy = policy);
  }

  public ProviderContainer withPullTimeout(Duration timeout) {
    return copy(b -> b.pullTimeout = timeout);
  }

  public ProviderContainer withFiles(List<CopiedFile> newFiles) {
    return copy(b -> b.files = newFiles);
  }

  public ProviderContainer withSidecar(Sidecar sidecar) {
    List<Sidecar> s = new ArrayList<>(sidecars);
    s.add(sidecar);
    return withSidecars(s);
  }

  public ProviderContainer withSidecars(List<Sidecar> newSidecars) {
    return copy(
        b -> {
          b.sidecars = newSidecars;
        });
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
          sidecars);
    }
  }

  private ProviderContainer copy(java.util.function.Consumer<Builder> change) {
    Builder b = new Builder(this);
    change.accept(b);
    return b.build();
  }
}
