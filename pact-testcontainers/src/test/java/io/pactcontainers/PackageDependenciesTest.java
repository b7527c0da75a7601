package io.pactcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's packages depend on each other only in the directions written in package-info.java.
 */
class PackageDependenciesTest {
  /** Feature package to the feature packages it may use; the root package is open to all. */
  static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("json", Set.of()),
          Map.entry("model", Set.of("json")),
          Map.entry("matching", Set.of("model", "json")),
          Map.entry("source", Set.of("model", "json")),
          Map.entry("broker", Set.of("model", "source", "json")),
          Map.entry("provider", Set.of()),
          Map.entry("state", Set.of()),
          Map.entry("message", Set.of("model", "json")),
          Map.entry("replay", Set.of("model", "json")),
          Map.entry(
              "verify",
              Set.of(
                  "model",
                  "matching",
                  "source",
                  "broker",
                  "provider",
                  "state",
                  "message",
                  "replay")),
          Map.entry("report", Set.of("model", "matching", "replay", "verify", "provider")),
          Map.entry(
              "matrix",
              Set.of(
                  "json",
                  "model",
                  "matching",
                  "source",
                  "broker",
                  "provider",
                  "state",
                  "replay",
                  "verify",
                  "report")),
          Map.entry(
              "settings",
              Set.of(
                  "model",
                  "source",
                  "broker",
                  "provider",
                  "state",
                  "message",
                  "verify",
                  "report",
                  "matrix")));

  private static final Pattern IMPORT = Pattern.compile("io\\.pactcontainers\\.(\\w+)\\.");

  @Test
  void featurePackagesOnlyUseTheAllowedOnesAndNeverMaven() throws IOException {
    Path root = Path.of("src/main/java/io/pactcontainers");
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Path rel = root.relativize(f);
        if (rel.getNameCount() < 2) {
          continue;
        }
        String pkg = rel.getName(0).toString();
        String text = Files.readString(f);
        if (text.contains("org.apache.maven")) {
          violations.add(rel + " uses Maven");
        }
        Matcher m = IMPORT.matcher(text);
        while (m.find()) {
          String used = m.group(1);
          if (!used.equals(pkg)
              && ALLOWED.containsKey(used)
              && !ALLOWED.getOrDefault(pkg, Set.of()).contains(used)) {
            // A package missing from ALLOWED may use none of the others: list it above.
            violations.add(rel + " (" + pkg + ") uses " + used);
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  /** "{@code model}: ... Uses json." as package-info.java writes each package's line. */
  private static final Pattern MAP_LINE =
      Pattern.compile("\\{@code (\\w+)}: [^<]*?Uses ([a-z, ]+)\\.", Pattern.DOTALL);

  @Test
  void thePackageMapInPackageInfoIsTheOneThisTestChecks() throws IOException {
    String info =
        Files.readString(Path.of("src/main/java/io/pactcontainers/package-info.java"))
            .replaceAll("\\s*\\*\\s+", " ");
    Map<String, Set<String>> written = new java.util.TreeMap<>();
    Matcher m = MAP_LINE.matcher(info);
    while (m.find()) {
      String uses = m.group(2).trim();
      written.put(
          m.group(1),
          uses.equals("nothing")
              ? Set.of()
              : Set.copyOf(java.util.Arrays.asList(uses.split(",\\s*"))));
    }
    assertThat(written).isEqualTo(new java.util.TreeMap<>(ALLOWED));
  }
}
