package io.pactcontainers.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.verify.RequestHeader;
import io.pactcontainers.verify.VerificationConfig;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The annotation's headers mapped onto the library's: a command's output, a value, both. */
class RequestShapingTest {
  @PactProviderTest(
      provider = "p",
      headers = {
        @PactProviderTest.Header(name = "Authorization", command = "echo Bearer minted-$((40+2))"),
        @PactProviderTest.Header(name = "X-Trace", value = "on", always = true, secret = false)
      })
  static class Minted {}

  @PactProviderTest(
      provider = "p",
      headers = @PactProviderTest.Header(name = "Authorization", value = "x", command = "echo y"))
  static class Both {}

  @PactProviderTest(
      provider = "p",
      headers = @PactProviderTest.Header(name = "X-Api-Key", value = "${PACT_JUNIT5_UNSET_KEY}"))
  static class Unset {}

  private static VerificationConfig config() {
    return VerificationConfig.of(
        "p", new RunningProvider(URI.create("http://localhost:1")), List.of());
  }

  @Test
  void aCommandsOutputIsTheValueAndEachHeaderKeepsItsRules() {
    VerificationConfig c =
        RequestShaping.apply(Minted.class.getAnnotation(PactProviderTest.class), config());
    assertThat(c.requestHeaders())
        .extracting(
            RequestHeader::name,
            RequestHeader::value,
            RequestHeader::replace,
            RequestHeader::secret)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Authorization", "Bearer minted-42", RequestHeader.Replace.PRESENT, true),
            org.assertj.core.groups.Tuple.tuple(
                "X-Trace", "on", RequestHeader.Replace.ALWAYS, false));
  }

  @Test
  void aValueAndACommandTogetherAreRefused() {
    assertThatThrownBy(
            () -> RequestShaping.apply(Both.class.getAnnotation(PactProviderTest.class), config()))
        .hasMessage("The header Authorization has both a value and a command; keep one");
  }

  @Test
  void aWholeValueWhoseVariableIsNotSetIsAnErrorNeverAnEmptyHeader() {
    assertThatThrownBy(
            () -> RequestShaping.apply(Unset.class.getAnnotation(PactProviderTest.class), config()))
        .isInstanceOf(org.junit.jupiter.api.extension.ExtensionContextException.class)
        .hasMessage(
            "@PactProviderTest.Header(name = \"X-Api-Key\").value is ${PACT_JUNIT5_UNSET_KEY},"
                + " which is not set; set the environment variable PACT_JUNIT5_UNSET_KEY or the"
                + " system property (-DPACT_JUNIT5_UNSET_KEY=...)");
  }

  @Test
  void aPlaceholderIsReadFromTheSystemPropertiesWhenNotInTheEnvironment() {
    System.setProperty("pact.junit5.shaping.key", "k-1");
    try {
      assertThat(RequestShaping.resolved("Key ${pact.junit5.shaping.key}", "x"))
          .isEqualTo("Key k-1");
    } finally {
      System.clearProperty("pact.junit5.shaping.key");
    }
  }
}
