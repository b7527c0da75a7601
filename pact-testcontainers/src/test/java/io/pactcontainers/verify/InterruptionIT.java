package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C in the middle of a run: it stops at once, says how far it got, and still writes the report
 * of what ran.
 */
class InterruptionIT {
  /**
   * Runs {@code main} in a child JVM with this test's class path and sends it {@code signal} once
   * it has printed {@code cue} ({@code pause} later): what Ctrl-C (INT) or a CI's cancel (TERM)
   * does.
   *
   * @return every line the child printed
   */
  private static List<String> stoppedChild(
      Class<?> main, String cue, long pause, String signal, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(java, "-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        lines.add(line);
        if (line.equals(cue)) {
          Thread.sleep(pause);
          new ProcessBuilder("kill", "-" + signal, Long.toString(child.pid())).start().waitFor();
        }
      }
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    return lines;
  }

  @Test
  void ctrlCStopsTheRunAtOnceAndReportsWhatRan() throws Exception {
    List<String> lines = stoppedChild(InterruptedRun.class, "VERIFIED 3", 0, "INT");
    String all = String.join("\n", lines);
    Matcher m =
        Pattern.compile(
                "WARN Verification interrupted after (\\d+) of 40 interactions \\(Ctrl-C or SIGTERM\\): what ran is"
                    + " reported, nothing is published")
            .matcher(all);
    assertThat(m.find()).as(all).isTrue();
    int done = Integer.parseInt(m.group(1));
    assertThat(done)
        .isBetween(3, 6); // stopped at once: 150 ms per interaction, not the remaining 5 s
    Matcher report = Pattern.compile("REPORT (\\S+) (\\d+) (true|false)").matcher(all);
    assertThat(report.find()).as(all).isTrue();
    assertThat(Integer.parseInt(report.group(2))).isEqualTo(done);
    assertThat(report.group(3)).isEqualTo("false"); // never a pass it did not see
    assertThat(Files.readString(Path.of(report.group(1)))).contains("slow 1");
    assertThat(all).doesNotContain("VERIFIED " + (done + 1));
  }

  /**
   * SIGTERM while the provider's container waits to be ready: the shutdown hook removes it, and the
   * run is one interrupted before its first interaction (said, handed over for the reports, never
   * successful), not a start failure; nothing is left in Docker.
   */
  @Test
  void sigtermWhileTheProviderStartsIsAnInterruptedRunThatLeavesNothing(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    // Created, and waiting 1.5 s for an answer that will not come.
    List<String> lines =
        stoppedChild(
            StoppedAsItStarts.class,
            "STARTING",
            1500,
            "TERM",
            "pactcontainers/example-grill-chef:latest",
            dir.toString());
    assertThat(lines)
        .as(String.join("\n", lines))
        .contains("RESULT interrupted after 0 of 1 interactions false");
    assertThat(lines).noneMatch(l -> l.contains("Could not start"));
    Process ps =
        new ProcessBuilder(
                "docker",
                "ps",
                "-aq",
                "--filter",
                "label=io.pactcontainers.project=" + dir.resolve("out/logs").toAbsolutePath())
            .start();
    assertThat(new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isBlank();
  }

  /**
   * A start that fails for its own reason (here a missing image) stays that failure even when
   * Ctrl-C came meanwhile: only a start the stop cut short is an interruption.
   */
  @Test
  void aStartThatFailsForItsOwnReasonStaysThatFailureAfterCtrlC(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("pacts"));
    Files.writeString(
        dir.resolve("pacts/p.json"),
        "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\"interactions\":["
            + "{\"description\":\"one\",\"request\":{\"method\":\"GET\",\"path\":\"/\"},"
            + "\"response\":{\"status\":200}}]}");
    VerificationConfig config =
        VerificationConfig.of(
                "p",
                io.pactcontainers.provider.ProviderContainer.fromImage(
                        "pactcontainers/not-built:0.0.1")
                    .withPort(8000)
                    .withPullPolicy(io.pactcontainers.provider.PullPolicy.NEVER),
                List.of(new io.pactcontainers.source.PactSource.Directory(dir.resolve("pacts"))))
            .withOutputDirectory(dir.resolve("out"));
    try (Interruption interruption = new Interruption()) {
      interruption.request();
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  VerificationSession.openForBatch(
                          config, VerificationListener.SILENT, interruption, System.nanoTime())
                      .close())
          .isInstanceOf(io.pactcontainers.provider.ProviderStartException.class)
          .hasMessageContaining("Image not found locally: pactcontainers/not-built:0.0.1");
    }
  }
}
