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
 * @param port the port to wait for, or 0 to wait for nothing but the start
 */
public record Sidecar(
    String alias,
    String image,
    Map<String, String> env,
    List<String> command,
    int port,
    Optional<Readiness> readiness,
    Duration startupTimeout) {

  public Sidecar {
    requireNonNull(alias, "alias");
    requireNonNull(image, "image");
    env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    command = List.copyOf(command);
    requireNonNull(readiness, "readiness");
    requireNonNull(startupTimeout, "startupTimeout");
  }

  public static Sidecar of(String alias, String image) {
    return new Sidecar(
        alias, image, Map.of(), List.of(), 0, Optional.empty(), Duration.ofSeconds(60));
  }

  public Sidecar withPort(int newPort) {
    return new Sidecar(alias, image, env, command, newPort, readiness, startupTimeout);
  }

  public Sidecar withEnv(Map<String, String> newEnv) {
    return new Sidecar(alias, image, newEnv, command, port, readiness, startupTimeout);
  }

  public Sidecar withCommand(List<String> newCommand) {
    return new Sidecar(alias, image, env, newCommand, port, readiness, startupTimeout);
  }

  public Sidecar waitingFor(Readiness newWait) {
    return new Sidecar(alias, image, env, command, port, Optional.of(newWait), startupTimeout);
  }
}
