package io.pactcontainers.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MemorySizeTest {
  @Test
  void readsSizesAsDockerAndPeopleWriteThem() {
    assertThat(MemorySize.parse("64m")).isEqualTo(64L << 20);
    assertThat(MemorySize.parse("64MB")).isEqualTo(64L << 20);
    assertThat(MemorySize.parse("64 MiB")).isEqualTo(64L << 20);
    assertThat(MemorySize.parse("1.5g")).isEqualTo(3L << 29);
    assertThat(MemorySize.parse("512k")).isEqualTo(512L << 10);
    assertThat(MemorySize.parse("67108864")).isEqualTo(64L << 20);
  }

  @Test
  void somethingElseIsRefusedSayingWhichFormsAre() {
    assertThatThrownBy(() -> MemorySize.parse("lots"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"lots\" is not a memory size; write it as Docker does: 64m, 512MB, 1.5g");
  }

  @Test
  void aLimitBelowDockersLeastIsRefusedBeforeDockerIsAsked() {
    assertThatThrownBy(
            () -> ProviderContainer.fromImage("x").withMemoryLimit(MemorySize.parse("4m")))
        .hasMessage("the memory limit must be at least 6 MB, found 4194304 bytes");
  }

  @Test
  void anOutOfMemoryEndNamesTheLimitInMegabytes() {
    assertThat(ProviderEnd.outOfMemory(64L << 20).description())
        .isEqualTo("was killed for lack of memory (OOMKilled, limit 64 MB)");
    assertThat(ProviderEnd.outOfMemory(0).description())
        .isEqualTo("was killed for lack of memory (OOMKilled)");
  }

  @Test
  void aLimitIsAtLeastSixMegabytesOnceRoundedOrZeroForNone() {
    assertThat(MemorySize.limit("6m")).isEqualTo(6L << 20);
    assertThat(MemorySize.limit("0")).isZero();
    assertThat(MemorySize.limit("0.0m")).isZero();
  }

  @Test
  void aLimitThatRoundsToNothingIsRefusedNotTakenAsNoLimit() {
    assertThatThrownBy(() -> MemorySize.limit("0.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the memory limit is below Docker's least of 6 MB: 0.5 (0 bytes, once rounded);"
                + " give 6m or more, or 0 for no limit");
  }

  @Test
  void aLimitBelowSixMegabytesIsRefusedNamingTheValue() {
    assertThatThrownBy(() -> MemorySize.limit("1m"))
        .hasMessage(
            "the memory limit is below Docker's least of 6 MB: 1m; give 6m or more, or 0 for no"
                + " limit");
    assertThatThrownBy(() -> MemorySize.limit("6291455"))
        .hasMessageStartingWith("the memory limit is below Docker's least of 6 MB: 6291455;");
  }
}
