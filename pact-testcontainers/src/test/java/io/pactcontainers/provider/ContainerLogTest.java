package io.pactcontainers.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.output.OutputFrame;

class ContainerLogTest {
  @TempDir Path dir;

  private static OutputFrame line(String text) {
    return new OutputFrame(
        OutputFrame.OutputType.STDOUT, (text + "\n").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void linesStillOnTheirWayWhenTheContainerIsRemovedReachTheFileBeforeItCloses() throws Exception {
    Path file = dir.resolve("grill-chef.log");
    ContainerLog log = new ContainerLog(file);
    log.accept(line("Listening at: http://0.0.0.0:8000"));
    // docker-java's stream thread, still delivering after the container was removed
    Thread stream =
        new Thread(
            () -> {
              try {
                Thread.sleep(200);
              } catch (InterruptedException e) {
                return;
              }
              log.accept(line("\"POST /_pact/state HTTP/1.1\" 200 3"));
              log.accept(OutputFrame.END);
            });
    stream.start();

    log.close();

    assertThat(Files.readAllLines(file))
        .containsExactly(
            "Listening at: http://0.0.0.0:8000", "\"POST /_pact/state HTTP/1.1\" 200 3");
    assertThat(log.tail(5)).endsWith("\"POST /_pact/state HTTP/1.1\" 200 3\n");
  }

  @Test
  void aLogThatNeverReceivedAnythingClosesWithoutWaitingForAStreamThatNeverStarted()
      throws Exception {
    Path file = dir.resolve("never-started.log");
    ContainerLog log = new ContainerLog(file);
    Thread closing = new Thread(log::close);
    closing.start();
    // a log that waited would still be waiting after END_WAIT's first half
    closing.join(ContainerLog.END_WAIT.toMillis() / 2);
    assertThat(closing.isAlive()).isFalse();
    assertThat(Files.readString(file)).isEmpty();
  }

  @Test
  void aSecretIsMaskedInTheFileAsItIsWrittenEvenWhenItArrivesInPieces() throws Exception {
    Path file = dir.resolve("echo.log");
    ContainerLog log =
        new ContainerLog(
            file, io.pactcontainers.Secrets.of(java.util.List.of("Bearer s3cret-t0ken")));
    log.accept(new OutputFrame(OutputFrame.OutputType.STDOUT, "auth: Bearer s3cr".getBytes()));
    log.accept(new OutputFrame(OutputFrame.OutputType.STDOUT, "et-t0ken ok\n".getBytes()));
    log.accept(line("bare s3cret-t0ken and base64 czNjcmV0LXQwa2Vu"));

    // Not closed: a run killed now (SIGKILL) leaves the file as it is.
    assertThat(Files.readString(file))
        .isEqualTo("auth: **** ok\nbare **** and base64 ****\n")
        .doesNotContain("s3cr");
    assertThat(log.tail(5)).doesNotContain("s3cr");
  }
}
