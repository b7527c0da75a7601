package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The provider-log excerpt under a failure. */
class LogExcerptTest {
  @Test
  void aFewLinesAreShownWhole() {
    List<String> lines = List.of("GET /a", "GET /b");
    assertThat(LogExcerpt.of(lines)).isEqualTo(lines);
  }

  @Test
  void manyLinesWithoutATraceKeepTheLastOnesAndSayWhatWasCut() {
    List<String> lines = IntStream.range(0, 50).mapToObj(i -> "GET /" + i).toList();
    List<String> excerpt = LogExcerpt.of(lines);
    assertThat(excerpt).hasSize(21).startsWith("... (30 lines cut)", "GET /30").endsWith("GET /49");
  }

  @Test
  void aLongTraceKeepsItsHeadAndEachCauseBeforeItsLastLines() {
    List<String> lines = new ArrayList<>();
    lines.add("INFO started");
    lines.add("ERROR Servlet.service() threw exception");
    lines.add("org.acme.OrderNotReadable: order 7");
    IntStream.range(0, 40)
        .forEach(i -> lines.add("\tat org.apache.catalina.Valve" + i + ".invoke"));
    lines.add("Caused by: java.lang.IllegalStateException: no row");
    lines.add("\tat org.acme.Repository.find(Repository.java:12)");
    lines.add("\t... 40 more");
    List<String> excerpt = LogExcerpt.of(lines);
    assertThat(excerpt)
        .startsWith(
            "... (1 line cut)",
            "ERROR Servlet.service() threw exception",
            "org.acme.OrderNotReadable: order 7",
            "\tat org.apache.catalina.Valve0.invoke",
            "\tat org.apache.catalina.Valve1.invoke")
        .contains("Caused by: java.lang.IllegalStateException: no row")
        .endsWith("\t... 40 more");
    assertThat(excerpt)
        .anyMatch(l -> l.matches("\\.\\.\\. \\(\\d+ lines cut\\)") && !l.equals(excerpt.get(0)));
  }
}
