package io.pactcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One way to mask a run's secrets, whatever spells them and wherever they are chained. */
class SecretsTest {
  private final Secrets secrets = Secrets.of(List.of("Bearer to\"k&en"));

  @Test
  void aSecretIsMaskedAsEachOutputSpellsItWithOrWithoutItsSchemeAndInBase64() {
    assertThat(secrets.mask("a: Bearer to\"k&en")).isEqualTo("a: ****");
    assertThat(secrets.mask("bare to\"k&en")).isEqualTo("bare ****");
    assertThat(secrets.mask("json \"to\\\"k&en\"")).isEqualTo("json \"****\"");
    assertThat(secrets.mask("html to&quot;k&amp;en")).isEqualTo("html ****");
    assertThat(secrets.mask("b64 dG8iayZlbg==")).isEqualTo("b64 ****");
    assertThat(secrets.mask("other dG8ia2Vu")).isEqualTo("other dG8ia2Vu");
    assertThat(Secrets.none().mask("to\"k&en")).isEqualTo("to\"k&en");
  }

  @Test
  void aMaskedCauseChainKeepsEachClassNameAndStackButNoSecret() {
    Exception jackson =
        new IllegalStateException("Unexpected character in {\"echo\":\"Bearer to\\\"k&en\"}");
    RuntimeException broker = new RuntimeException("Broker said 500", jackson);

    Throwable masked = secrets.masked(broker);

    StringWriter printed = new StringWriter();
    masked.printStackTrace(new PrintWriter(printed));
    assertThat(printed.toString())
        .doesNotContain("to\\\"k&en")
        .doesNotContain("k&en")
        .contains("java.lang.RuntimeException: Broker said 500")
        .contains("Caused by: java.lang.IllegalStateException: Unexpected character in")
        .contains("at io.pactcontainers.SecretsTest");
    assertThat(secrets.masked(new RuntimeException("nothing secret"))).isNotSameAs(null);
    RuntimeException clean = new RuntimeException("nothing secret");
    assertThat(secrets.masked(clean)).isSameAs(clean);
  }

  @Test
  void aShortSecretIsMaskedWhereItStandsAloneNotInsideLongerWords() {
    Secrets shortOne = Secrets.of(List.of("Bearer user"));
    assertThat(shortOne.mask("Starting provider image trial-flask-users:0.1"))
        .isEqualTo("Starting provider image trial-flask-users:0.1");
    assertThat(shortOne.mask("curl \"$PROVIDER\"/users/2")).isEqualTo("curl \"$PROVIDER\"/users/2");
    assertThat(shortOne.mask("auth=Bearer user; token user")).isEqualTo("auth=****; token ****");
  }

  @Test
  void aSchemeAloneIsNoSecretAndMasksNothing() {
    Secrets empty = Secrets.of(List.of("Bearer ", "Basic"));
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.mask("expected \"Bearer made-up\"")).isEqualTo("expected \"Bearer made-up\"");
  }
}
