package io.pactcontainers.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.junit5.subjects.GrillChefPactTest;
import org.junit.jupiter.api.Test;

/**
 * JUnit before 5.13 closes only the Store values that are {@code CloseableResource}s (Spring Boot
 * 3.5 manages 5.12.2): on it, the class's run is closed all the same, and the container the
 * extension started is removed when the class ends, not when the JVM does.
 */
class Junit512CloseIT {

  @Test
  void onJunit512TheContainerTheExtensionStartedIsStoppedWhenTheClassEnds() throws Exception {
    ForkedRun run =
        ForkedRun.of(
            GrillChefPactTest.class,
            ForkedRun::junit512,
            env -> {
              env.put("TESTCONTAINERS_RYUK_DISABLED", "true");
              return env;
            },
            120);
    assertThat(run.output())
        .contains("jupiter 5.12.2")
        .contains("tests started 5, succeeded 5, failed 0")
        .contains("container running after the class: false");
    assertThat(run.exitCode()).isZero();
  }
}
