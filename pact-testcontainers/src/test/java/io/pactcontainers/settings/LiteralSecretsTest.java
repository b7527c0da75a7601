package io.pactcontainers.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.Secrets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The secrets the settings give literally are masked even in configuration errors; a value still
 * holding an unset variable's {@code ${...}} is not one of them, so its error can name the
 * variable.
 */
class LiteralSecretsTest {
  @Test
  void aValueHoldingAnUnsetVariableIsNotTakenForALiteralSecret() {
    GivenSettings raw = new GivenSettings();
    raw.headers =
        List.of(
            new GivenSettings.GivenHeader("X-Api-Key", "k3y-written-in-the-pom"),
            new GivenSettings.GivenHeader("Authorization", "Bearer ${env.TRIAL_TOKEN}"));
    raw.requestHeaders = Map.of("Authorization", "Bearer ${env.OTHER}", "Cookie", "session=abc123");
    raw.secretRequestHeaders = List.of("Authorization", "Cookie");

    List<String> secrets = VerificationSettings.literalSecrets(raw);

    assertThat(secrets).containsExactlyInAnyOrder("k3y-written-in-the-pom", "session=abc123");
    assertThat(
            Secrets.of(secrets)
                .mask("<headers>[Authorization]<value> holds ${env.TRIAL_TOKEN}, which is not set"))
        .isEqualTo("<headers>[Authorization]<value> holds ${env.TRIAL_TOKEN}, which is not set");
  }
}
