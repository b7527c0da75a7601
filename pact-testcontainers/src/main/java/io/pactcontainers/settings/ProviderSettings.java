package io.pactcontainers.settings;

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
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The rules of the {@code provider} settings: the container, its readiness, sidecars, files. */
final class ProviderSettings {
  private final SettingNames names;

  ProviderSettings(SettingNames names) {
    this.names = names;
  }

  /**
   * The provider to verify.
   *
   * @param info where a setting's meaning is said ({@code memory 0: no limit})
   */
  ProviderTarget target(RawSettings raw, Consumer<String> info) {
    RawSettings.Provider c = raw.provider();
    String baseUrl =
        blank(raw.providerBaseUrl()) ? c == null ? null : c.baseUrl() : raw.providerBaseUrl();
    if (!blank(baseUrl)) {
      return running(baseUrl);
    }
    String image = blank(raw.providerImage()) ? c == null ? null : c.image() : raw.providerImage();
    File dockerfile = c == null ? null : c.dockerfile();
    if (blank(image)
        && dockerfile == null
        && raw.messageProviders() != null
        && !raw.messageProviders().isEmpty()) {
      // Message provider methods may answer every interaction: the session checks it.
      return RunningProvider.NONE;
    }
    if (blank(image) && dockerfile == null) {
      throw new SettingsException(
          names.of("provider")
              + " needs "
              + names.of("image")
              + ", "
              + names.of("dockerfile")
              + " or "
              + names.of("baseUrl")
              + "; e.g. "
              + names.example("my-provider:1.0", "provider", "image"));
    }
    if (!blank(image) && dockerfile != null && blank(raw.providerImage())) {
      throw new SettingsException(
          names.of("provider")
              + " has both "
              + names.of("image")
              + " and "
              + names.of("dockerfile")
              + "; keep one");
    }
    return container(c, image, dockerfile, info);
  }

  private RunningProvider running(String baseUrl) {
    try {
      URI uri = URI.create(baseUrl.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new IllegalArgumentException("no scheme or host");
      }
      return new RunningProvider(uri);
    } catch (IllegalArgumentException e) {
      throw new SettingsException(
          names.of("provider", "baseUrl")
              + " is not a valid URL: "
              + baseUrl
              + "; use e.g. http://localhost:8080");
    }
  }

  private ProviderContainer container(
      RawSettings.Provider c, String image, File dockerfile, Consumer<String> info) {
    ProviderContainer container;
    try {
      container =
          !blank(image)
              ? ProviderContainer.fromImage(image.trim())
              : ProviderContainer.fromDockerfile(dockerfile.toPath().toAbsolutePath().normalize());
      container = container.withPort(c == null ? RawSettings.Provider.DEFAULT_PORT : c.port());
    } catch (IllegalArgumentException e) {
      throw new SettingsException(names.of("provider", "port") + ": " + e.getMessage());
    }
    if (dockerfile != null && blank(image) && !new File(dockerfile, "Dockerfile").isFile()) {
      throw new SettingsException(
          names.of("provider", "dockerfile")
              + " has no Dockerfile: "
              + dockerfile
              + "; point it at the folder holding the Dockerfile");
    }
    if (c == null) {
      return container;
    }
    try {
      // Null is the default, as RawSettings.Provider documents (a command line leaves it out).
      container =
          container.withPullPolicy(
              PullPolicy.parse(
                  c.pullPolicy() == null
                      ? RawSettings.Provider.DEFAULT_PULL_POLICY
                      : c.pullPolicy()));
    } catch (IllegalArgumentException e) {
      throw new SettingsException(names.of("provider", "pullPolicy") + ": " + e.getMessage());
    }
    container =
        container
            .withEnv(c.env() == null ? Map.of() : c.env())
            .withCommand(command(c.command(), "provider"))
            .withStartupTimeout(seconds(c.startupTimeout(), names.of("provider", "startupTimeout")))
            .withPullTimeout(seconds(c.pullTimeout(), names.of("provider", "pullTimeout")))
            .waitingFor(readiness(c.waitFor(), names.of("provider", "waitFor")));
    container = memory(container, c.memory(), info);
    container = container.withFiles(files(c.files()));
    if (c.sidecars() != null) {
      for (RawSettings.Sidecar s : c.sidecars()) {
        container = container.withSidecar(sidecar(s));
      }
    }
    return container;
  }

  /**
   * A command, one item per word. One item holding spaces is refused: Docker would look for a
   * program named by the whole line and answer with a bare 400 (a command written as a shell line,
   * as in a Dockerfile's shell form).
   */
  private List<String> command(List<String> command, String owner) {
    if (command == null) {
      return List.of();
    }
    if (command.size() == 1 && command.get(0).trim().matches(".*\\s.*")) {
      String line = command.get(0).trim();
      List<String> firstWords = java.util.Arrays.stream(line.split("\\s+")).limit(2).toList();
      String item = names.of(owner, "command", "arg");
      String why =
          " is the whole command line \""
              + line
              + "\", which Docker would run as one program of that name; ";
      if (item.startsWith("<")) {
        throw new SettingsException(
            item
                + why
                + "give one "
                + item
                + " per word ("
                + String.join(" ", firstWords.stream().map(w -> wrap(item, w)).toList())
                + " ...), or run it through the image's shell: "
                + wrap(item, "sh")
                + " "
                + wrap(item, "-c")
                + " "
                + wrap(item, line));
      }
      // A list elsewhere (the command line's --config file): its own name, and a list to write.
      throw new SettingsException(
          names.of(owner, "command")
              + why
              + "give it as a list, one word per item (["
              + String.join(", ", firstWords)
              + ", ...]), or run it through the image's shell: [sh, -c, \""
              + line
              + "\"]");
    }
    return command;
  }

  /** A value as a POM writes it in the element {@code item} names: {@code <arg>sh</arg>}. */
  private static String wrap(String item, String value) {
    String last = item.substring(item.lastIndexOf('<'));
    return last + value + "</" + last.substring(1);
  }

  private ProviderContainer memory(
      ProviderContainer container, String memory, Consumer<String> info) {
    if (blank(memory)) {
      return container;
    }
    ProviderContainer limited;
    try {
      limited = container.withMemoryLimit(MemorySize.limit(memory));
    } catch (IllegalArgumentException e) {
      throw new SettingsException(names.of("provider", "memory") + ": " + e.getMessage());
    }
    if (limited.memoryLimit() == 0) {
      info.accept(names.of("provider", "memory") + " is " + MemorySize.NO_LIMIT);
    }
    return limited;
  }

  private List<CopiedFile> files(List<? extends RawSettings.FileCopy> given) {
    List<CopiedFile> files = new ArrayList<>();
    if (given != null) {
      for (RawSettings.FileCopy f : given) {
        if (f.source() == null || blank(f.target())) {
          throw new SettingsException(
              names.of("provider", "files", "file")
                  + " needs "
                  + names.of("source")
                  + " and "
                  + names.of("target"));
        }
        files.add(new CopiedFile(f.source().toPath(), f.target()));
      }
    }
    return files;
  }

  private Sidecar sidecar(RawSettings.Sidecar s) {
    if (blank(s.name()) || blank(s.image())) {
      throw new SettingsException(
          names.of("provider", "sidecars", "sidecar")
              + " needs "
              + names.of("name")
              + " and "
              + names.of("image"));
    }
    String of = " of \"" + s.name() + "\"";
    if (s.port() < 0 || s.port() > 65535) {
      throw new SettingsException(
          names.of("sidecar", "port") + of + " must be between 0 and 65535, found " + s.port());
    }
    return new Sidecar(
        s.name(),
        s.image(),
        s.env() == null ? Map.of() : s.env(),
        command(s.command(), "sidecar"),
        s.port(),
        s.waitFor() == null
            ? Optional.empty()
            : Optional.of(readiness(s.waitFor(), names.of("sidecar", "waitFor") + of)),
        seconds(s.startupTimeout(), names.of("sidecar", "startupTimeout") + of));
  }

  private Readiness readiness(RawSettings.WaitFor w, String setting) {
    if (w == null) {
      return new Readiness.Port();
    }
    if (!blank(w.httpPath()) && !blank(w.logMessage())) {
      throw new SettingsException(
          setting
              + " has both "
              + names.of("httpPath")
              + " and "
              + names.of("logMessage")
              + "; keep one");
    }
    if (!blank(w.httpPath())) {
      if (w.status() < 100 || w.status() > 599) {
        throw new SettingsException(
            names.part(setting, "status")
                + " must be an HTTP status (100 to 599), found "
                + w.status());
      }
      return new Readiness.Http(w.httpPath(), w.status());
    }
    if (!blank(w.logMessage())) {
      return logReadiness(w, setting);
    }
    return new Readiness.Port();
  }

  private Readiness logReadiness(RawSettings.WaitFor w, String setting) {
    if (w.times() < 1) {
      throw new SettingsException(
          names.part(setting, "times")
              + " must be at least 1 (how many log lines must match "
              + names.of("logMessage")
              + "), found "
              + w.times());
    }
    try {
      Pattern.compile(w.logMessage());
    } catch (PatternSyntaxException e) {
      throw new SettingsException(
          names.part(setting, "logMessage")
              + " is not a valid regular expression: "
              + e.getDescription()
              + " in "
              + w.logMessage());
    }
    return new Readiness.Log(w.logMessage(), w.times());
  }

  static Duration seconds(int value, String setting) {
    if (value <= 0) {
      throw new SettingsException(
          setting + " must be a positive number of seconds, found " + value);
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
  static void checkUrlOrPath(String value, String setting) {
    if (blank(value)) {
      return;
    }
    String v = value.trim();
    try {
      URI uri =
          v.startsWith("http://") || v.startsWith("https://")
              ? new URI(v)
              : new URI("http://provider" + (v.startsWith("/") ? "" : "/") + v);
      if (uri.getHost() == null) {
        throw new URISyntaxException(v, "no host");
      }
    } catch (URISyntaxException e) {
      throw new SettingsException(
          setting
              + " is not a valid URL or path: "
              + e.getMessage()
              + "; give a path such as /_pact/state or a full http(s) URL, with spaces and other"
              + " special characters percent-encoded");
    }
  }
}
