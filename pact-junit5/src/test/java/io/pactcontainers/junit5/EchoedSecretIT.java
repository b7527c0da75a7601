package io.pactcontainers.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.pactcontainers.junit5.subjects.EchoingProviderPactTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A provider that prints and answers the secret header it was sent: no fragment of the token in the
 * failure (its message and stack trace, which Surefire writes to its XML and TXT reports), on
 * standard output or error (Surefire's system-out), in the reports or the provider's log.
 */
class EchoedSecretIT {
  private static final String TOKEN = "eyJhbGciOi.Zm9yLXRoZS1lY2hv.s1gnatur3-4711";

  @Test
  void theTokenTheProviderEchoesIsInNoOutputOfTheRun() throws Exception {
    Path out = Path.of("target/pact-subjects/echo");
    deleteTree(out);
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    PrintStream both = new PrintStream(console, true, StandardCharsets.UTF_8);
    System.setProperty("pact.junit5.echo.token", TOKEN);
    EngineExecutionResults results;
    try {
      System.setOut(both);
      System.setErr(both);
      results =
          EngineTestKit.engine("junit-jupiter")
              .selectors(selectClass(EchoingProviderPactTest.class))
              .execute();
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
      System.clearProperty("pact.junit5.echo.token");
    }
    results.testEvents().assertStatistics(s -> s.started(1).failed(1));
    Throwable failure =
        results
            .testEvents()
            .failed()
            .list()
            .get(0)
            .getPayload(TestExecutionResult.class)
            .orElseThrow()
            .getThrowable()
            .orElseThrow();
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    // It did echo it: masked where the body shows it and in the provider's log.
    assertThat(failure.getMessage()).contains("found \"****\"");
    Path log = out.resolve("logs/echo-provider.log");
    assertThat(Files.readString(log)).contains("GET /whoami auth=****");

    List<String> texts = new ArrayList<>();
    texts.add(trace.toString());
    texts.add(console.toString(StandardCharsets.UTF_8));
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        texts.add(f + ": " + Files.readString(f, StandardCharsets.ISO_8859_1));
      }
    }
    assertThat(texts).hasSizeGreaterThan(5); // the console, 3 reports, the log and the failure
    for (String fragment : fragments()) {
      assertThat(texts).noneMatch(t -> t.contains(fragment));
    }
  }

  /** Every 8 characters of the token in a row, and its base64. */
  private static List<String> fragments() {
    List<String> all = new ArrayList<>();
    for (int i = 0; i + 8 <= TOKEN.length(); i++) {
      all.add(TOKEN.substring(i, i + 8));
    }
    all.add(Base64.getEncoder().encodeToString(TOKEN.getBytes(StandardCharsets.UTF_8)));
    return all;
  }

  private static void deleteTree(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
