package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.RecordingProvider;
import io.pactcontainers.RecordingProvider.Answer;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.state.StateChangeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The switches of a run against an in-process provider: fail fast, follow redirects, a base path, a
 * state endpoint per consumer and the last run's failures only.
 */
class RunControlsTest {
  @TempDir Path dir;

  private RecordingProvider server;

  @BeforeEach
  void startProvider() {
    server =
        RecordingProvider.start(
            r ->
                r.target().equals("/old")
                    ? Answer.redirect(302, "/new")
                    : Answer.json(
                        r.target().endsWith("/bad")
                            ? "{\"name\":\"wrong\"}"
                            : "{\"name\":\"steak\"}"));
  }

  @AfterEach
  void stopProvider() {
    server.close();
  }

  /** "METHOD /path" of each request the provider received, in order. */
  private List<String> calls() {
    return server.lines();
  }

  private static String interaction(String description, String path, String state) {
    return "{\"description\":\""
        + description
        + "\","
        + (state == null ? "" : "\"providerStates\":[{\"name\":\"" + state + "\"}],")
        + "\"request\":{\"method\":\"GET\",\"path\":\""
        + path
        + "\"},\"response\":{\"status\":200,\"body\":{\"name\":\"steak\"}}}";
  }

  private void pact(String consumer, String... interactions) throws Exception {
    Files.createDirectories(dir.resolve("pacts"));
    Files.writeString(
        dir.resolve("pacts").resolve(consumer + ".json"),
        "{\"consumer\":{\"name\":\""
            + consumer
            + "\"},\"provider\":{\"name\":\"grill\"},\"interactions\":["
            + String.join(",", interactions)
            + "],\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}");
  }

  private VerificationConfig config() {
    return VerificationConfig.of(
            "grill",
            new RunningProvider(server.url()),
            List.of(new PactSource.Directory(dir.resolve("pacts"))))
        .withOutputDirectory(dir.resolve("out"));
  }

  private static VerificationResult verify(VerificationConfig c) {
    return new Verifier().verify(c, VerificationListener.SILENT);
  }

  @Test
  void failFastStopsAtTheFirstFailureAndSendsNothingMore() throws Exception {
    pact(
        "web",
        interaction("first", "/ok", null),
        interaction("second", "/bad", null),
        interaction("third", "/ok", null));
    VerificationResult r = verify(config().withFailFast(true));
    assertThat(calls()).containsExactly("GET /ok", "GET /bad");
    assertThat(r.count(InteractionResult.Failed.class)).isEqualTo(1);
    assertThat(r.notSent()).isEqualTo(1);
    assertThat(r.stopped())
        .hasValue(
            "the run stopped at the first interaction that did not pass (#2), as fail fast asks");
  }

  @Test
  void aRedirectIsFollowedAndSaidByDefaultAndIsTheAnswerWithFollowRedirectsOff() throws Exception {
    pact("web", interaction("moved", "/old", null));
    VerificationResult off = verify(config().withFollowRedirects(false));
    assertThat(off.successful()).isFalse();
    assertThat(calls()).containsExactly("GET /old");

    server.clear();
    VerificationResult on = verify(config());
    assertThat(on.successful()).isTrue();
    assertThat(calls()).containsExactly("GET /old", "GET /new");
    assertThat(on.warnings().stream().map(io.pactcontainers.report.RunPresenter::reportText))
        .singleElement()
        .asString()
        .startsWith(
            "following redirects is on: the answer to \"moved\" was a 302 redirect, followed to GET http://127.0.0.1:")
        .endsWith("/new");
  }

  @Test
  void theBasePathGoesBeforeEveryRequestPathButNotBeforeStateCalls() throws Exception {
    pact("web", interaction("item", "/item", "an item"));
    VerificationResult r =
        verify(
            config()
                .withBasePath("api/")
                .withStateChange(new StateChangeConfig("/_pact/state", true, false)));
    assertThat(r.successful()).isTrue();
    assertThat(calls()).containsExactly("POST /_pact/state", "GET /api/item");
  }

  @Test
  void aConsumerWithItsOwnStateEndpointHasItsStatesSetThere() throws Exception {
    pact("web", interaction("item", "/item", "an item"));
    pact("mobile", interaction("item", "/item", "an item"));
    verify(
        config()
            .withStateChange(new StateChangeConfig("/_pact/state", true, false))
            .withConsumerStateChanges(
                Map.of("mobile", new StateChangeConfig("/_pact/mobile-state", true, false))));
    assertThat(calls())
        .containsExactlyInAnyOrder(
            "POST /_pact/state", "GET /item", "POST /_pact/mobile-state", "GET /item");
  }

  @Test
  void lastFailedVerifiesOnlyWhatDidNotPassInThePreviousReportAsAPartialRun() throws Exception {
    pact("web", interaction("good", "/ok", null), interaction("broken", "/bad", null));
    Path report = dir.resolve("grill.json");
    Files.writeString(
        report,
        "{\"provider\":\"grill\",\"pacts\":[{\"consumer\":\"web\",\"interactions\":["
            + "{\"description\":\"good\",\"providerStates\":[],\"outcome\":\"passed\"},"
            + "{\"description\":\"broken\",\"providerStates\":[],\"outcome\":\"failed\"}]}]}");
    LastFailed last = LastFailed.read(report, "grill");
    assertThat(last.labels()).containsExactly("web: \"broken\"");

    VerificationResult r =
        verify(config().withFilter(InteractionFilter.none().withLastFailed(last)));
    assertThat(calls()).containsExactly("GET /bad");
    assertThat(r.partial()).isTrue();
    assertThat(r.filtering().leftOutPhrase())
        .isEqualTo(
            "1 left out by the last-failed selection (only the 1 that did not pass in "
                + report
                + ")");
  }
}
