package io.pactcontainers.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An interaction's window of the provider's log opens after the previous interaction's teardown, by
 * when the provider wrote each line, not by when Docker's stream brought it.
 */
class LogWindowTest {
  private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

  @Test
  void aTeardownLineThatArrivesLateIsNotTheNextInteractionsLine() {
    // One clock. The start-up line came 0.3 ms after it was written; the previous interaction's
    // teardown line was written before the next interaction began (T0) but came 3 ms after it.
    LogWindow.Clocks clocks = new LogWindow.Clocks();
    Instant started = T0.minusSeconds(5);
    clocks.seen(started, started.plusNanos(300_000));
    Instant teardown = T0.minusMillis(2);
    clocks.seen(teardown, T0.plusMillis(3));
    Instant request = T0.plusMillis(1);
    clocks.seen(request, T0.plusMillis(2));
    List<LogWindow.Line> lines =
        List.of(
            new LogWindow.Line("Started in 0.9 seconds", started),
            new LogWindow.Line("POST /_pact/state (teardown) 200", teardown),
            new LogWindow.Line("GET /orders/7 500", request));
    assertThat(LogWindow.since(lines, T0, clocks.offset(), 100))
        .containsExactly("GET /orders/7 500");
  }

  @Test
  void dockersTimeIsTakenOffTheLineAndTellsWhenItWasWritten() {
    ContainerLog log = new ContainerLog(null);
    Instant written = Instant.now().minusMillis(1);
    log.writeStamped(written + " GET /orders/7 500\n");
    log.writeStamped(written.plusNanos(1000) + " second line\n");
    assertThat(log.linesWrittenSince(written.minusSeconds(1), 100))
        .containsExactly("GET /orders/7 500", "second line");
    assertThat(log.tail(5)).isEqualTo("GET /orders/7 500\nsecond line\n");
    assertThat(log.linesWrittenSince(Instant.now().plusSeconds(60), 100)).isEmpty();
  }

  @Test
  void anEnginesClockBehindOursLosesNoLineOfTheWindow() {
    // The engine's clock 2 s behind ours: the least delay seen puts its times back on ours.
    Duration behind = Duration.ofSeconds(2);
    LogWindow.Clocks clocks = new LogWindow.Clocks();
    Instant teardownWritten = T0.minusMillis(10);
    Instant requestWritten = T0.plusMillis(4);
    clocks.seen(teardownWritten.minus(behind), teardownWritten.plusMillis(1));
    clocks.seen(requestWritten.minus(behind), requestWritten.plusMillis(30));
    List<LogWindow.Line> lines =
        List.of(
            new LogWindow.Line("teardown", teardownWritten.minus(behind)),
            new LogWindow.Line("request", requestWritten.minus(behind)));
    assertThat(clocks.offset()).isEqualTo(behind.plusMillis(1));
    assertThat(LogWindow.since(lines, T0, clocks.offset(), 100)).containsExactly("request");
  }

  @Test
  void theWindowKeepsItsLastLinesAndALineWithoutATimeIsTakenWhenItCame() {
    ContainerLog log = new ContainerLog(null);
    Instant before = Instant.now();
    log.write("no time here\n");
    log.writeStamped("not-a-time and some text\n");
    assertThat(log.linesWrittenSince(before, 1)).containsExactly("not-a-time and some text");
    assertThat(log.linesWrittenSince(before, 5))
        .containsExactly("no time here", "not-a-time and some text");
    assertThat(log.linesWrittenSince(Instant.now().plusSeconds(60), 5)).isEmpty();
  }
}
