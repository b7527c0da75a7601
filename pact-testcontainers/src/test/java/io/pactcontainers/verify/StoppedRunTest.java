package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.RecordingProvider;
import io.pactcontainers.RecordingProvider.Answer;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.report.Summary;
import io.pactcontainers.source.PactSource;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provider that stops answering: after two interactions in a row without an answer the run stops
 * sending, and the rest are errored as not sent; one time-out alone does not stop it.
 */
class StoppedRunTest {
  @TempDir Path pacts;

  private RecordingProvider server;

  @BeforeEach
  void startProvider() {
    server =
        RecordingProvider.start(
            r -> {
              if (r.path().startsWith("/hang")) {
                try {
                  Thread.sleep(2_000);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
              return Answer.json("{}");
            });
  }

  @AfterEach
  void stopProvider() {
    server.close();
  }

  /** The paths the provider received, in order. */
  private List<String> paths() {
    return server.received().stream().map(RecordingProvider.Received::path).toList();
  }

  private VerificationResult verify(String... paths) throws Exception {
    StringBuilder interactions = new StringBuilder();
    for (int i = 0; i < paths.length; i++) {
      interactions
          .append(i == 0 ? "" : ",")
          .append("{\"description\":\"get ")
          .append(paths[i])
          .append("\",\"request\":{\"method\":\"GET\",\"path\":\"")
          .append(paths[i])
          .append("\"},\"response\":{\"status\":200}}");
    }
    Files.writeString(
        pacts.resolve("p.json"),
        "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\"interactions\":["
            + interactions
            + "],\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}");
    URI base = server.url();
    return new Verifier()
        .verify(
            VerificationConfig.of(
                    "p", new RunningProvider(base), List.of(new PactSource.Directory(pacts)))
                .withOutputDirectory(pacts.resolve("out"))
                .withRequestTimeout(Duration.ofMillis(300)),
            VerificationListener.SILENT);
  }

  @Test
  void twoInteractionsInARowWithoutAnswerStopTheRunAndTheRestAreNotSent() throws Exception {
    VerificationResult r = verify("/ok", "/hang1", "/hang2", "/ok2", "/ok3");

    assertThat(paths()).containsExactly("/ok", "/hang1", "/hang2");
    assertThat(r.stopped())
        .hasValue(
            "the provider stopped answering: interactions #2 and #3 got no answer within 300 ms;"
                + " see its log (paused, deadlocked, out of threads?), or raise the request"
                + " timeout if it is only slow");
    List<InteractionResult> results = r.allResults();
    assertThat(results.get(0).passed()).isTrue();
    assertThat(results.subList(1, 3))
        .allSatisfy(
            x ->
                assertThat(((InteractionResult.Errored) x).error())
                    .contains("did not answer GET /hang"));
    assertThat(results.subList(3, 5))
        .allSatisfy(
            x -> {
              InteractionResult.Errored e = (InteractionResult.Errored) x;
              assertThat(e.notSent()).isTrue();
              assertThat(e.error()).startsWith("Not sent: the provider stopped answering");
            });
    assertThat(r.notSent()).isEqualTo(2);
    assertThat(Summary.totals(r))
        .contains("1 passed, 0 failed, 4 errored (2 of them not sent: the run stopped)");
    assertThat(Summary.of(r))
        .contains("2 interactions not sent: the run stopped: the provider stopped answering")
        .doesNotContain("\"get /ok2\"");
  }

  @Test
  void oneTimeOutBetweenAnswersDoesNotStopTheRun() throws Exception {
    VerificationResult r = verify("/hang1", "/ok", "/hang2", "/ok2");

    assertThat(paths()).containsExactly("/hang1", "/ok", "/hang2", "/ok2");
    assertThat(r.stopped()).isEmpty();
    assertThat(r.notSent()).isZero();
  }
}
