package io.pactcontainers.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.junit5.subjects.GrillChefPactTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * On a machine without a registry, where Testcontainers' clean-up image Ryuk is not on the engine
 * and {@code TESTCONTAINERS_RYUK_DISABLED} is not set (this machine, in a JVM whose environment
 * lacks it), a class whose container the extension starts goes on without Ryuk after one WARN line,
 * instead of retrying the pull for minutes.
 */
class AirGappedStartIT {

  @Test
  void withoutRyukOrARegistryTheContainerStartsAfterOneWarning() throws Exception {
    ForkedRun run =
        ForkedRun.of(
            GrillChefPactTest.class,
            cp -> cp,
            env -> {
              env.remove("TESTCONTAINERS_RYUK_DISABLED");
              // A Ryuk image no engine has, wherever this runs: the fallback is what is tested.
              env.put("TESTCONTAINERS_RYUK_CONTAINER_IMAGE", "pactcontainers/no-such-ryuk:0.0.0");
              return env;
            },
            60);
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
  }
}
