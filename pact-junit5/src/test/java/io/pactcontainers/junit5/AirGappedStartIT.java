package io.pactcontainers.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.junit5.subjects.GrillChefPactTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * On a machine without a registry, where Testcontainers' clean-up image Ryuk is not on the engine
 * and {@code TESTCONTAINERS_RYUK_DISABLED} is not set (this machine, in a JVM whose environment
 * lacks it), a class whose container the extension starts goes on without Ryuk after one WARN line,
 * instead of retrying the pull for minutes; the next run, knowing the answer, neither tries nor
 * warns.
 */
class AirGappedStartIT {

  @Test
  void withoutRyukOrARegistryTheContainerStartsAfterOneWarningRememberedForTheNextRun()
      throws Exception {
    // The answer is remembered per engine for a day: start from none, as on a new machine.
    java.nio.file.Files.deleteIfExists(
        java.nio.file.Path.of(
            System.getProperty("user.home"),
            ".pact-testcontainers",
            "ryuk-unavailable.properties"));
    ForkedRun run = airGapped();
    assertThat(run.output())
        .contains("tests started 5, succeeded 5, failed 0")
        .contains("container running after the class: false");
    assertThat(
            Arrays.stream(run.output().split("\n"))
                .filter(l -> l.contains("Testcontainers' clean-up image")))
        .singleElement()
        .asString()
        .contains("WARN")
        .contains(
            "is not on this Docker engine and could not be pulled in 5 s: going on without it");
    assertThat(run.millis()).isLessThan(60_000);
    assertThat(run.exitCode()).isZero();

    ForkedRun again = airGapped();
    assertThat(again.output())
        .contains("tests started 5, succeeded 5, failed 0")
        .contains("container running after the class: false")
        .doesNotContain("Testcontainers' clean-up image");
    assertThat(again.exitCode()).isZero();
    System.out.printf(
        "air-gapped start: first run %d ms, the next (remembered) %d ms%n",
        run.millis(), again.millis());
  }

  private static ForkedRun airGapped() throws Exception {
    return ForkedRun.of(
        GrillChefPactTest.class,
        cp -> cp,
        env -> {
          env.remove("TESTCONTAINERS_RYUK_DISABLED");
          // A Ryuk image no engine has, wherever this runs: the fallback is what is tested.
          env.put("TESTCONTAINERS_RYUK_CONTAINER_IMAGE", "pactcontainers/no-such-ryuk:0.0.0");
          return env;
        },
        60);
  }
}
