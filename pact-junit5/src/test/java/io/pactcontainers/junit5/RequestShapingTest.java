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
}
