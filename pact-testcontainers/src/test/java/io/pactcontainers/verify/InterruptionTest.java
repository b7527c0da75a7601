package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InterruptionTest {
  @Test
  void aRunningJvmIsNotStoppingAndTheProbeLeavesNoHook() {
    assertThat(Interruption.jvmStopping()).isFalse();
    // Asked again: the first probe removed its hook and left nothing in the way.
    assertThat(Interruption.jvmStopping()).isFalse();
  }

  @Test
  void aNewInterruptionIsNotRequestedInARunningJvm() {
    try (Interruption interruption = new Interruption()) {
      assertThat(interruption.requested()).isFalse();
    }
  }
}
