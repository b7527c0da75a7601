package io.pactcontainers.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RootMessageTest {
  @Test
  void theDeepestCausesMessageOnOneLineWithoutDockersTrailingNewline() {
    RuntimeException e =
        new RuntimeException(
            "outer",
            new IllegalStateException(
                "Status 500: {\"message\":\"Get \\\"https://registry-1.docker.io/v2/\\\": no such host\"}\n"));

    assertThat(StartFailures.rootMessage(e))
        .isEqualTo(
            "Status 500: {\"message\":\"Get \\\"https://registry-1.docker.io/v2/\\\": no such host\"}");
  }

  @Test
  void linesWithinTheMessageAreJoinedWithASpace() {
    assertThat(StartFailures.rootMessage(new RuntimeException("first line\r\n  second line")))
        .isEqualTo("first line second line");
  }

  @Test
  void aContainerThatExitedWhileAwaitedIsSaidByItsExitCodeEvenWhenItCannotBeInspected() {
    RuntimeException e =
        new RuntimeException(
            "Container startup failed",
            new RuntimeException(
                "the container exited with code 4 while waiting for it to be ready (GET /health"
                    + " to answer 200 on port 8000)"));
    assertThat(StartFailures.reason(java.util.OptionalLong.empty(), e))
        .isEqualTo("it exited with code 4 during start-up");
  }
}
