package io.pactcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
  private static final UnaryOperator<String> EXPORT =
      name -> "export " + name.replaceFirst("^env\\.", "");
  private final Map<String, String> set = Map.of("API_KEY", "k-1", "HOST", "orders");

  private String resolve(String text) {
    return Placeholders.resolve("the header X-Api-Key", text, set::get, EXPORT);
  }

  @Test
  void eachPlaceholderIsReplacedByItsValue() {
    assertThat(resolve("${API_KEY}")).isEqualTo("k-1");
    assertThat(resolve("Bearer ${API_KEY} for ${HOST}")).isEqualTo("Bearer k-1 for orders");
    assertThat(resolve("no placeholder")).isEqualTo("no placeholder");
  }

  @Test
  void aWholeValueThatIsNotSetIsAnErrorNamingTheSettingAndTheVariable() {
    assertThatThrownBy(() -> resolve("${UNSET_TOKEN}"))
        .isInstanceOf(Placeholders.UnsetVariableException.class)
        .hasMessage("the header X-Api-Key is ${UNSET_TOKEN}, which is not set; export UNSET_TOKEN");
  }

  @Test
  void aPlaceholderInsideAValueThatIsNotSetIsAnErrorNeverSentAsWritten() {
    assertThatThrownBy(() -> resolve("Bearer ${UNSET_TOKEN}"))
        .isInstanceOf(Placeholders.UnsetVariableException.class)
        .hasMessage(
            "the header X-Api-Key holds ${UNSET_TOKEN}, which is not set; export UNSET_TOKEN");
  }

  @Test
  void aHostsWholeValueThatBecameNullOrEmptyIsAnUnsetVariable() {
    for (String nothing : new String[] {null, ""}) {
      assertThatThrownBy(
              () ->
                  Placeholders.requireResolved(
                      "<provider><env><API_KEY>", "${env.API_KEY}", nothing, EXPORT))
          .isInstanceOfSatisfying(
              Placeholders.UnsetVariableException.class,
              e -> {
                assertThat(e.setting()).isEqualTo("<provider><env><API_KEY>");
                assertThat(e.placeholder()).isEqualTo("${env.API_KEY}");
              })
          .hasMessage(
              "<provider><env><API_KEY> is ${env.API_KEY}, which is not set; export API_KEY");
    }
  }

  @Test
  void anEmptyValueWrittenAsEmptyOrAResolvedOneIsLeftAlone() {
    Placeholders.requireResolved("<a>", "", "", EXPORT);
    Placeholders.requireResolved("<a>", null, null, EXPORT);
    Placeholders.requireResolved("<a>", "${env.A}", "value", EXPORT);
    assertThat(Placeholders.isWholePlaceholder(" ${env.A} ")).isTrue();
    assertThat(Placeholders.isWholePlaceholder("Bearer ${env.A}")).isFalse();
  }
}
