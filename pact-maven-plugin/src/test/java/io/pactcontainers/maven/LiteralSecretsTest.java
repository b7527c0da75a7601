package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The secrets a POM gives literally are masked even in configuration errors; a value still holding
 * an unset variable's {@code ${...}} is not one of them, so its error can name the variable.
 */
class LiteralSecretsTest {
  @Test
  void aValueHoldingAnUnsetVariableIsNotTakenForALiteralSecret() {
    HeaderConfiguration literal = new HeaderConfiguration();
    literal.name = "X-Api-Key";
    literal.value = "k3y-written-in-the-pom";
    HeaderConfiguration unset = new HeaderConfiguration();
    unset.name = "Authorization";
    unset.value = "Bearer ${env.TRIAL_TOKEN}";

    List<String> secrets =
        RequestShaping.literalSecrets(
            List.of(literal, unset),
            Map.of("Authorization", "Bearer ${env.OTHER}", "Cookie", "session=abc123"),
            Set.of("authorization", "cookie"));

    assertThat(secrets).containsExactlyInAnyOrder("k3y-written-in-the-pom", "session=abc123");
    assertThat(
            SecretMasking.ofValues(List.of(), secrets)
                .mask("<headers>[Authorization]<value> holds ${env.TRIAL_TOKEN}, which is not set"))
        .isEqualTo("<headers>[Authorization]<value> holds ${env.TRIAL_TOKEN}, which is not set");
  }
}
