package io.pactcontainers.report;

import io.pactcontainers.provider.CopiedFile;
import io.pactcontainers.provider.ProviderContainer;
import io.pactcontainers.provider.ProviderTarget;
import io.pactcontainers.provider.Readiness;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.provider.Sidecar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The bash lines that start the provider again as the verifier did (image, env, command, files,
 * sidecars on a network of their own, the port published on loopback) and set {@code $PROVIDER} to
 * its URL, and the line that removes it all afterwards. Environment variables whose names say they
 * hold a secret are passed by name ({@code -e DB_PASSWORD}: Docker takes the value from the shell),
 * never by value.
 */
final class ProviderStartCommands {
  /** Names of variables that hold secrets by every convention we know of. */
  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i).*(pass|secret|token|key|credential|auth|cookie|private).*");

  static final String NETWORK = "pact-repro";

  private ProviderStartCommands() {}

  /**
   * The lines that start the provider and set {@code PROVIDER}: the image by its id when known (a
   * local image has no digest to pin, and {@code docker run} takes its id), its tag in a comment.
   */
  static List<String> start(ProviderTarget target, Optional<String> imageId) {
    if (target instanceof RunningProvider running) {
      return List.of("PROVIDER=" + Curl.quote(stripSlash(running.baseUrl().toString())));
    }
    ProviderContainer c = (ProviderContainer) target;
    List<String> out = new ArrayList<>();
    String image = c.image().orElse("pact-repro-provider");
    c.dockerfileDirectory()
        .ifPresent(d -> out.add("docker build -q -t " + image + " " + Curl.quote(d.toString())));
    if (!c.sidecars().isEmpty()) {
      out.add("docker network create " + NETWORK);
      for (Sidecar s : c.sidecars()) {
        out.add(
            "docker run -d --rm --name "
                + sidecarName(s)
                + " --network "
                + NETWORK
                + " --network-alias "
                + Curl.quote(s.alias())
                + env(s.env())
                + " "
                + Curl.quote(s.image())
                + command(s.command())
                + " >/dev/null");
      }
    }
    StringBuilder run =
        new StringBuilder("cid=$(docker run -d --rm -p 127.0.0.1::").append(c.port());
    if (!c.sidecars().isEmpty()) {
      run.append(" --network ").append(NETWORK);
    }
    if (c.memoryLimit() > 0) {
      run.append(" --memory ")
          .append(c.memoryLimit())
          .append(" --memory-swap ")
          .append(c.memoryLimit());
    }
    run.append(env(c.env()));
    for (CopiedFile f : c.files()) {
      run.append(" -v ").append(Curl.quote(f.source() + ":" + f.containerPath() + ":ro"));
    }
    Optional<String> pinned = c.image().isPresent() ? imageId : Optional.empty();
    run.append(' ')
        .append(Curl.quote(pinned.orElse(image)))
        .append(command(c.command()))
        .append(") && PROVIDER=http://$(docker port \"$cid\" ")
        .append(c.port())
        .append("/tcp | head -n 1)");
    // The id, not the tag: a tag rebuilt since (1.0-SNAPSHOT) would silently run another image.
    pinned.ifPresent(id -> run.append("  # ").append(image).append(", the image verified"));
    out.add(run.toString());
    String probe =
        c.readiness() instanceof Readiness.Http http
            ? "\"$PROVIDER\"" + Curl.quote(http.path())
            : "\"$PROVIDER\"";
    out.add(
        "for i in $(seq 300); do curl -s -o /dev/null "
            + probe
            + " && break; sleep 0.2; done  # until it answers");
    return out;
  }

  /** The line that removes what {@link #start} started; empty for a provider already running. */
  static List<String> stop(ProviderTarget target) {
    if (!(target instanceof ProviderContainer c)) {
      return List.of();
    }
    StringBuilder sb = new StringBuilder("docker rm -f \"$cid\"");
    c.sidecars().forEach(s -> sb.append(' ').append(sidecarName(s)));
    sb.append(" >/dev/null");
    if (!c.sidecars().isEmpty()) {
      sb.append("; docker network rm ").append(NETWORK).append(" >/dev/null");
    }
    if (c.dockerfileDirectory().isPresent()) {
      sb.append("; docker rmi pact-repro-provider >/dev/null");
    }
    return List.of(sb.append("  # afterwards").toString());
  }

  /** The environment variables the lines pass by name: they must be exported first. */
  static List<String> secretVariables(ProviderTarget target) {
    List<String> names = new ArrayList<>();
    if (target instanceof ProviderContainer c) {
      c.env().keySet().stream().filter(ProviderStartCommands::secret).forEach(names::add);
      c.sidecars()
          .forEach(
              s ->
                  s.env().keySet().stream()
                      .filter(ProviderStartCommands::secret)
                      .forEach(names::add));
    }
    return names.stream().distinct().toList();
  }

  private static boolean secret(String name) {
    return SECRET_NAME.matcher(name).matches();
  }

  private static String env(Map<String, String> env) {
    StringBuilder sb = new StringBuilder();
    env.forEach(
        (name, value) ->
            sb.append(" -e ").append(Curl.quote(secret(name) ? name : name + "=" + value)));
    return sb.toString();
  }

  private static String command(List<String> command) {
    StringBuilder sb = new StringBuilder();
    command.forEach(a -> sb.append(' ').append(Curl.quote(a)));
    return sb.toString();
  }

  private static String sidecarName(Sidecar s) {
    return "pact-repro-" + s.alias().replaceAll("[^A-Za-z0-9_.-]", "-");
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  /** A size as {@code docker run --memory} takes it: "64m" rather than 67108864. */
  static String dockerSize(long bytes) {
    String[] units = {"g", "m", "k"};
    long[] sizes = {1L << 30, 1L << 20, 1L << 10};
    for (int i = 0; i < units.length; i++) {
      if (bytes % sizes[i] == 0) {
        return bytes / sizes[i] + units[i];
      }
    }
    return Long.toString(bytes);
  }
}
