package io.pactcontainers.maven;

import io.pactcontainers.provider.CopiedFile;
import io.pactcontainers.provider.MemorySize;
import io.pactcontainers.provider.ProviderContainer;
import io.pactcontainers.provider.ProviderTarget;
import io.pactcontainers.provider.PullPolicy;
import io.pactcontainers.provider.Readiness;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.provider.Sidecar;
import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the POM's {@code <provider>} onto the library's provider types, naming the element at fault.
 */
final class ProviderMapping {
  private ProviderMapping() {}

  /**
   * The provider to verify.
   *
   * @param info where a setting's meaning is said ({@code <memory>0</memory>: no limit})
   */
  static ProviderTarget target(
      ProviderConfiguration p,
      String imageOverride,
      String baseUrlOverride,
      java.util.function.Consumer<String> info)
      throws ConfigurationException {
    ProviderConfiguration c = p == null ? new ProviderConfiguration() : p;
    String baseUrl = blank(baseUrlOverride) ? c.baseUrl : baseUrlOverride;
    String image = blank(imageOverride) ? c.image : imageOverride;
    if (!blank(baseUrl)) {
      try {
        URI uri = URI.create(baseUrl.trim());
        if (uri.getScheme() == null || uri.getHost() == null) {
          throw new IllegalArgumentException("no scheme or host");
        }
        return new RunningProvider(uri);
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException(
            "<provider><baseUrl> is not a valid URL: "
                + baseUrl
                + "; use e.g. http://localhost:8080");
      }
    }
    if (blank(image) && c.dockerfile == null) {
      throw new ConfigurationException(
          "<provider> needs <image>, <dockerfile> or <baseUrl>; e.g. <provider><image>my-provider:1.0</image></provider>");
    }
    if (!blank(image) && c.dockerfile != null && blank(imageOverride)) {
      throw new ConfigurationException("<provider> has both <image> and <dockerfile>; keep one");
    }
    ProviderContainer container;
    try {
      container =
          !blank(image)
              ? ProviderContainer.fromImage(image.trim())
              : ProviderContainer.fromDockerfile(
                  c.dockerfile.toPath().toAbsolutePath().normalize());
      container = container.withPort(c.port);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("<provider><port>: " + e.getMessage());
    }
    if (c.dockerfile != null && blank(image) && !new File(c.dockerfile, "Dockerfile").isFile()) {
      throw new ConfigurationException(
          "<provider><dockerfile> has no Dockerfile: "
              + c.dockerfile
              + "; point it at the folder holding the Dockerfile");
    }
    try {
      container = container.withPullPolicy(PullPolicy.parse(c.pullPolicy));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("<provider><pullPolicy>: " + e.getMessage());
    }
    container =
        container
            .withEnv(c.env == null ? Map.of() : c.env)
            .withCommand(c.command == null ? List.of() : c.command)
            .withStartupTimeout(seconds(c.startupTimeout, "<provider><startupTimeout>"))
            .withPullTimeout(seconds(c.pullTimeout, "<provider><pullTimeout>"))
            .waitingFor(readiness(c.waitFor, "<provider><waitFor>"));
    if (!blank(c.memory)) {
      try {
        container = container.withMemoryLimit(MemorySize.limit(c.memory));
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException("<provider><memory>: " + e.getMessage());
      }
      if (container.memoryLimit() == 0) {
        info.accept("<provider><memory> is " + MemorySize.NO_LIMIT);
      }
    }
    List<CopiedFile> files = new ArrayList<>();
    if (c.files != null) {
      for (FileConfiguration f : c.files) {
        if (f.source == null || blank(f.target)) {
          throw new ConfigurationException("<provider><files><file> needs <source> and <target>");
        }
        files.add(new CopiedFile(f.source.toPath(), f.target));
      }
    }
    container = container.withFiles(files);
    if (c.sidecars != null) {
      for (SidecarConfiguration s : c.sidecars) {
        container = container.withSidecar(sidecar(s));
      }
    }
    return container;
  }

  private static Sidecar sidecar(SidecarConfiguration s) throws ConfigurationException {
    if (blank(s.name) || blank(s.image)) {
      throw new ConfigurationException("<provider><sidecars><sidecar> needs <name> and <image>");
    }
    Sidecar sidecar =
        new Sidecar(
            s.name,
            s.image,
            s.env == null ? Map.of() : s.env,
            s.command == null ? List.of() : s.command,
            s.port,
            s.waitFor == null
                ? Optional.empty()
                : Optional.of(readiness(s.waitFor, "<sidecar><waitFor> of \"" + s.name + "\"")),
            seconds(s.startupTimeout, "<sidecar><startupTimeout> of \"" + s.name + "\""));
    if (s.port < 0 || s.port > 65535) {
      throw new ConfigurationException(
          "<sidecar><port> of \"" + s.name + "\" must be between 0 and 65535, found " + s.port);
    }
    return sidecar;
  }

  private static Readiness readiness(ReadinessConfiguration w, String element)
      throws ConfigurationException {
    if (w == null) {
      return new Readiness.Port();
    }
    if (!blank(w.httpPath) && !blank(w.logMessage)) {
      throw new ConfigurationException(element + " has both <httpPath> and <logMessage>; keep one");
    }
    if (!blank(w.httpPath)) {
      if (w.status < 100 || w.status > 599) {
        throw new ConfigurationException(
            element + "<status> must be an HTTP status (100 to 599), found " + w.status);
      }
      return new Readiness.Http(w.httpPath, w.status);
    }
    if (!blank(w.logMessage)) {
      if (w.times < 1) {
        throw new ConfigurationException(
            element
                + "<times> must be at least 1 (how many log lines must match <logMessage>),"
                + " found "
                + w.times);
      }
      try {
        java.util.regex.Pattern.compile(w.logMessage);
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new ConfigurationException(
            element
                + "<logMessage> is not a valid regular expression: "
                + e.getDescription()
                + " in "
                + w.logMessage);
      }
      return new Readiness.Log(w.logMessage, w.times);
    }
    return new Readiness.Port();
  }

  private static Duration seconds(int value, String element) throws ConfigurationException {
    if (value <= 0) {
      throw new ConfigurationException(
          element + " must be a positive number of seconds, found " + value);
    }
    return Duration.ofSeconds(value);
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /**
   * Checks, before anything starts, that a URL or path setting can be sent: a space or a stray
   * character would otherwise fail only once the container runs, as a raw exception.
   */
  static void checkUrlOrPath(String value, String element) throws ConfigurationException {
    if (blank(value)) {
      return;
    }
    String v = value.trim();
    try {
      java.net.URI uri =
          v.startsWith("http://") || v.startsWith("https://")
              ? new java.net.URI(v)
              : new java.net.URI("http://provider" + (v.startsWith("/") ? "" : "/") + v);
      if (uri.getHost() == null) {
        throw new java.net.URISyntaxException(v, "no host");
      }
    } catch (java.net.URISyntaxException e) {
      throw new ConfigurationException(
          element
              + " is not a valid URL or path: "
              + e.getMessage()
              + "; give a path such as /_pact/state or a full http(s) URL, with spaces and other special characters percent-encoded");
    }
  }
}
