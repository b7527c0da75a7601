package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassPreloaderTest {
  private final ClassLoader loader = getClass().getClassLoader();

  /**
   * A class renamed or removed is only a class not preloaded (the preloader skips it), so a rename
   * does not fail the build; a list gone stale (a tenth of it missing) has lost its use and is to
   * be written again.
   */
  @Test
  void theListIsStillMostlyTheClassesThatExist() throws IOException {
    List<String> missing = missing(listed());
    assertThat(missing.size())
        .as(
            "classes in %s that no longer exist (%s): run benchmarks/preload-classes.sh",
            ClassPreloader.LIST, missing)
        .isLessThan(listed().size() / 10);
  }

  private List<String> missing(List<String> names) {
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      // The shaded SLF4J exists under its relocated name in the plugin jar only.
      if (name.startsWith("io.pactcontainers.internal.")) {
        continue;
      }
      try {
        Class.forName(name, false, loader);
      } catch (ClassNotFoundException e) {
        missing.add(name);
      }
    }
    return missing;
  }

  @Test
  void thePreloaderLoadsTheListedClassesThroughTheLoaderItIsGiven() throws Exception {
    List<String> names = listed();
    long present =
        names.stream().filter(n -> !n.startsWith("io.pactcontainers.internal.")).count()
            - missing(names).size();

    try (ClassPreloader preloader = ClassPreloader.start(loader)) {
      preloader.awaitDone();

      assertThat(names).hasSizeGreaterThan(1000).contains("io.pactcontainers.verify.Verifier");
      assertThat((long) preloader.loaded()).isEqualTo(present);
    }
  }

  @Test
  void withoutContainersThePreloaderLeavesTheContainerClassesOut() throws Exception {
    List<String> names = listed();
    List<String> missing = missing(names);
    long present =
        names.stream()
            .filter(n -> !n.startsWith("io.pactcontainers.internal."))
            .filter(n -> !missing.contains(n))
            .filter(
                n ->
                    !n.startsWith("org.testcontainers.")
                        && !n.startsWith("com.github.dockerjava.")
                        && !n.startsWith("sun.security.")
                        && !n.startsWith("com.sun.crypto."))
            .count();

    try (ClassPreloader preloader = ClassPreloader.start(loader, false)) {
      preloader.awaitDone();

      assertThat((long) preloader.loaded()).isEqualTo(present).isLessThan(names.size() / 2);
    }
  }

  private List<String> listed() throws IOException {
    try (InputStream in = loader.getResourceAsStream(ClassPreloader.LIST)) {
      assertThat(in).as(ClassPreloader.LIST).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
