package io.pactcontainers.provider;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A container the provider needs (a database, a cache), started first on a network shared with the
 * provider, where the provider reaches it by {@code alias}.
 *
 * @param alias the host name the provider reaches it by
 * @param image the image it runs from
 * @param env its environment
 * @param command its command, when not the image's
 * @param port the port to wait for, or 0 to wait for nothing but the start
 * @param readiness how to tell it is ready, when not by its port
 * @param startupTimeout how long it may take to be ready
 */
public record Sidecar(
    String alias,
    String image,
    Map<String, String> env,
    List<String> command,
    int port,
    Optional<Readiness> readiness,
    Duration startupTimeout) {

  /**
   * Checks the components.
   *
   * @param alias the host name the provider reaches it by
   * @param image the image it runs from
   * @param env its environment
   * @param command its command, when not the image's
   * @param port the port to wait for, or 0 to wait for nothing but the start
   * @param readiness how to tell it is ready, when not by its port
   * @param startupTimeout how long it may take to be ready
   */
  public Sidecar {
    requireNonNull(alias, "alias");
    requireNonNull(image, "image");
    env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    command = List.copyOf(command);
    requireNonNull(readiness, "readiness");
    requireNonNull(startupTimeout, "startupTimeout");
  }

  /**
   * A sidecar with the image's own command and environment, ready once started.
   *
   * @param alias the host name the provider reaches it by
   * @param image the image it runs from
   * @return the sidecar
   */
  public static Sidecar of(String alias, String image) {
    return new Sidecar(
        alias, image, Map.of(), List.of(), 0, Optional.empty(), Duration.ofSeconds(60));
  }

  /**
   * Waits for this port before the provider starts.
   *
   * @param newPort the sidecar's port inside its container
   * @return a copy with that port
   */
  public Sidecar withPort(int newPort) {
    return new Sidecar(alias, image, env, command, newPort, readiness, startupTimeout);
  }

  /**
   * @param newEnv the sidecar's environment
   * @return a copy with that environment
   */
  public Sidecar withEnv(Map<String, String> newEnv) {
    return new Sidecar(alias, image, newEnv, command, port, readiness, startupTimeout);
  }

  /**
   * @param newCommand the sidecar's command, instead of the image's
   * @return a copy with that command
   */
  public Sidecar withCommand(List<String> newCommand) {
    return new Sidecar(alias, image, env, newCommand, port, readiness, startupTimeout);
  }

  /**
   * @param newWait how to tell the sidecar is ready, instead of its port
   * @return a copy waiting so
   */
  public Sidecar waitingFor(Readiness newWait) {
    return new Sidecar(alias, image, env, command, port, Optional.of(newWait), startupTimeout);
  }
}
