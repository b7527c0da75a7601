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
  @Test
  void ctrlCStopsTheRunAtOnceAndReportsWhatRan() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), InterruptedRun.class.getName())
            .redirectErrorStream(true)
            .start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        lines.add(line);
        if (line.equals("VERIFIED 3")) {
          new ProcessBuilder("kill", "-INT", Long.toString(child.pid()))
              .start()
              .waitFor(); // what Ctrl-C sends
        }
      }
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
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
   * Ctrl-C as the provider starts: the start fails (the hook removed its container, or it was never
   * made), and the run is one interrupted before its first interaction, not a start failure to
   * print after the JVM may have stopped.
   */
  @Test
  void aStartThatFailsOnceCtrlCWasPressedIsAnInterruptedRun(
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
      try (VerificationSession session =
          VerificationSession.openForBatch(
              config, VerificationListener.SILENT, interruption, System.nanoTime())) {
        VerificationResult result = session.decidedAtOpen().orElseThrow();
        assertThat(result.interrupted()).contains("interrupted after 0 of 1 interactions");
        assertThat(result.successful()).isFalse();
        assertThat(session.verify(session.interactions().get(0)))
            .isInstanceOfSatisfying(
                InteractionResult.Errored.class,
                e -> assertThat(e.error()).contains("the run was interrupted (Ctrl-C or SIGTERM)"));
      }
    }
  }
}
