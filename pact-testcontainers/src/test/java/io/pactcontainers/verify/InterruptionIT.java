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
}
