package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WarmUpTest {

  @Test
  void theBuiltInSampleIsAValidPactWhoseResponseSatisfiesItsOwnRules() throws Exception {
    // The warm-up swallows its errors, so a broken sample would silently warm nothing.
    assertThat(WarmUp.exercise()).isEmpty();
  }

  @Test
  void theWarmUpExchangeGoesThroughTheVerifiersOwnHttpClient() throws Exception {
    assertThat(WarmUp.exchangeOnLoopback()).isEqualTo(200);
  }
}
