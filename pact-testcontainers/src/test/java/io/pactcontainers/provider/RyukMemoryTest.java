package io.pactcontainers.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RyukMemoryTest {
  @TempDir Path dir;

  private static final String RYUK = "testcontainers/ryuk:0.13.0";
  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  @Test
  void anUnpullableImageIsRememberedForADayOnItsEngineOnly() {
    RyukMemory memory = new RyukMemory(dir.resolve("home/.pact-testcontainers/ryuk.properties"));
    assertThat(memory.unavailable("engine-a", RYUK, NOW)).isFalse();
    memory.rememberUnavailable("engine-a", RYUK, NOW);
    RyukMemory read = new RyukMemory(dir.resolve("home/.pact-testcontainers/ryuk.properties"));
    assertThat(read.unavailable("engine-a", RYUK, NOW.plus(Duration.ofHours(23)))).isTrue();
    assertThat(read.unavailable("engine-a", RYUK, NOW.plus(Duration.ofHours(25)))).isFalse();
    assertThat(read.unavailable("engine-b", RYUK, NOW)).isFalse();
    assertThat(read.unavailable("engine-a", "testcontainers/ryuk:0.14.0", NOW)).isFalse();
    // A clock set back is no reason to skip the check.
    assertThat(read.unavailable("engine-a", RYUK, NOW.minus(Duration.ofHours(1)))).isFalse();
  }

  @Test
  void aFileThatCannotBeReadOrWrittenRemembersNothingAndThrowsNothing() throws Exception {
    Path garbled = dir.resolve("garbled.properties");
    Files.writeString(garbled, "engine-a|" + RYUK + "=not a time\n\\u00");
    assertThat(new RyukMemory(garbled).unavailable("engine-a", RYUK, NOW)).isFalse();

    Path notADirectory = Files.writeString(dir.resolve("file"), "x");
    RyukMemory unwritable = new RyukMemory(notADirectory.resolve("ryuk.properties"));
    unwritable.rememberUnavailable("engine-a", RYUK, NOW);
    assertThat(unwritable.unavailable("engine-a", RYUK, NOW)).isFalse();
  }
}
