package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.RecordingProvider;
import io.pactcontainers.RecordingProvider.Answer;
import io.pactcontainers.model.Mismatch;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.source.PactSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Redirects are followed by default, and one to another origin (here: another port) never carries a
 * secret there: not the configured headers, not what a request filter added, not the pact's own
 * Authorization, Cookie, Proxy-Authorization or X-Api-Key.
 */
class RedirectsTest {
  @TempDir Path dir;

  private RecordingProvider elsewhere;
  private RecordingProvider provider;

  @BeforeEach
  void startServers() {
    elsewhere = RecordingProvider.start(r -> Answer.json("{\"name\":\"steak\"}"));
    String other = elsewhere.url().toString();
    provider =
        RecordingProvider.start(
            r ->
                switch (r.target()) {
                  case "/get-elsewhere" -> Answer.redirect(302, other + "/landed");
                  case "/post-elsewhere" -> Answer.redirect(307, other + "/landed");
                  case "/same" -> Answer.redirect(302, "/landed");
                  case "/loop" -> Answer.redirect(302, "/loop");
                  case "/see-other" -> Answer.redirect(303, "/landed");
                  case "/users" -> Answer.redirect(308, "/users/");
                  default -> Answer.json("{\"name\":\"steak\"}");
                });
  }

  @AfterEach
  void stopServers() {
    provider.close();
    elsewhere.close();
  }

  /** What a server received, as the assertions read it: the request line, headers and body. */
  private static List<Map<String, String>> seen(RecordingProvider server) {
    return server.received().stream()
        .map(
            r -> {
              Map<String, String> m = new TreeMap<>(r.headers());
              m.put("request", r.line());
              m.put("body", r.body());
              return m;
            })
        .toList();
  }

  private void pact(String method, String path) throws Exception {
    Files.createDirectories(dir.resolve("pacts"));
    Files.writeString(
        dir.resolve("pacts").resolve("web.json"),
        "{\"consumer\":{\"name\":\"web\"},\"provider\":{\"name\":\"grill\"},\"interactions\":[{"
            + "\"description\":\"moved\",\"request\":{\"method\":\""
            + method
            + "\",\"path\":\""
            + path
            + "\",\"headers\":{\"Authorization\":\"Bearer pact-token-3\",\"Cookie\":\"session=c00kie-4\","
            + "\"Proxy-Authorization\":\"Basic cHJveHk6NQ==\",\"X-Api-Key\":\"api-key-6\","
            + "\"X-Trace\":\"trace-7\"}"
            + (method.equals("POST") ? ",\"body\":{\"cooking\":\"rare\"}" : "")
            + "},\"response\":{\"status\":200,\"body\":{\"name\":\"steak\"}}}],"
            + "\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}");
  }

  /** A run with a configured secret header and a request filter that signs each request. */
  private VerificationConfig config() {
    return VerificationConfig.of(
            "grill",
            new RunningProvider(provider.url()),
            List.of(new PactSource.Directory(dir.resolve("pacts"))))
        .withOutputDirectory(dir.resolve("out"))
        .withRequestHeader(
            RequestHeader.of("X-Team-Token", "team-secret-1")
                .replacing(RequestHeader.Replace.ALWAYS))
        .withRequestFilter(
            request -> request.withHeaders(request.headers().with("X-Signed", List.of("sig-2"))));
  }

  private static VerificationResult verify(VerificationConfig c) {
    return new Verifier().verify(c, VerificationListener.SILENT);
  }

  private static final List<String> SECRET_HEADERS =
      List.of(
          "x-team-token",
          "x-signed",
          "authorization",
          "cookie",
          "proxy-authorization",
          "x-api-key");

  @Test
  void aGetRedirectedWith302ToAnotherOriginArrivesThereWithoutAnySecretHeader() throws Exception {
    pact("GET", "/get-elsewhere");
    VerificationResult r = verify(config());
    assertThat(r.successful()).isTrue();
    assertThat(seen(provider))
        .singleElement()
        .satisfies(h -> assertThat(h).containsKeys(SECRET_HEADERS.toArray(String[]::new)));
    assertThat(seen(elsewhere))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.get("request")).isEqualTo("GET /landed");
              assertThat(h).doesNotContainKeys(SECRET_HEADERS.toArray(String[]::new));
              assertThat(h).containsEntry("x-trace", "trace-7");
            });
    assertThat(r.warnings().stream().map(io.pactcontainers.report.RunPresenter::reportText))
        .singleElement()
        .asString()
        .contains(
            "was a 302 redirect, followed to GET http://127.0.0.1:" + elsewhere.url().getPort())
        .endsWith(
            "(another origin: sent without Authorization, Cookie, Proxy-Authorization, X-Api-Key,"
                + " X-Team-Token, X-Signed, which go only to the provider)");
  }

  @Test
  void aPostRedirectedWith307ToAnotherOriginKeepsItsBodyButNoSecretHeader() throws Exception {
    pact("POST", "/post-elsewhere");
    VerificationResult r = verify(config());
    assertThat(r.successful()).isTrue();
    assertThat(seen(elsewhere))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.get("request")).isEqualTo("POST /landed");
              assertThat(h.get("body")).isEqualTo("{\"cooking\":\"rare\"}");
              assertThat(h).doesNotContainKeys(SECRET_HEADERS.toArray(String[]::new));
            });
  }

  @Test
  void aRedirectWithinTheProvidersOriginKeepsEveryHeader() throws Exception {
    pact("GET", "/same");
    VerificationResult r = verify(config());
    assertThat(r.successful()).isTrue();
    assertThat(seen(provider)).hasSize(2);
    assertThat(seen(provider).get(1).get("request")).isEqualTo("GET /landed");
    assertThat(seen(provider).get(1)).containsKeys(SECRET_HEADERS.toArray(String[]::new));
    assertThat(seen(elsewhere)).isEmpty();
    assertThat(r.warnings().stream().map(io.pactcontainers.report.RunPresenter::reportText))
        .singleElement()
        .asString()
        .doesNotContain("another origin");
  }

  @Test
  void aFlaskStyle308OnAPostIsFollowedByDefaultWithTheMethodAndBody() throws Exception {
    pact("POST", "/users");
    VerificationResult r = verify(config());
    assertThat(r.successful()).isTrue();
    assertThat(seen(provider).get(1)).containsEntry("request", "POST /users/");
    assertThat(seen(provider).get(1)).containsEntry("body", "{\"cooking\":\"rare\"}");
  }

  @Test
  void a303TurnsThePostIntoAGetWithoutBody() throws Exception {
    pact("POST", "/see-other");
    VerificationResult r = verify(config());
    assertThat(r.successful()).isTrue();
    assertThat(seen(provider).get(1)).containsEntry("request", "GET /landed");
    assertThat(seen(provider).get(1)).containsEntry("body", "");
  }

  @Test
  void aLoopStopsAfterFiveRedirectsAndTheFailureSaysWhereItPointed() throws Exception {
    pact("GET", "/loop");
    VerificationResult r = verify(config());
    assertThat(seen(provider)).hasSize(1 + io.pactcontainers.replay.RequestReplayer.MAX_REDIRECTS);
    assertThat(statusMismatch(r))
        .isEqualTo(
            "status: expected 200, found 302; the provider redirected to /loop after 5 redirects in a row"
                + " had been followed (a redirect loop?); fix the provider's redirects");
  }

  @Test
  void withFollowRedirectsOffTheFailureOnA3xxSaysTheLocationAndTheSetting() throws Exception {
    pact("POST", "/users");
    VerificationResult r = verify(config().withFollowRedirects(false));
    assertThat(seen(provider)).hasSize(1);
    assertThat(statusMismatch(r))
        .isEqualTo(
            "status: expected 200, found 308; the provider redirected to /users/, not followed because"
                + " following redirects is false; set it to true to follow redirects as the Rust"
                + " verifier, pact-js and pact-python do, or serve the pact's path without a"
                + " redirect (a trailing slash: Flask's strict_slashes, FastAPI's"
                + " redirect_slashes)");
  }

  @Test
  void theReproductionSendsThePactsUrlAndFollowsWithCurlL() throws Exception {
    pact("GET", "/same");
    VerificationConfig c =
        config()
            .withRequestFilter(
                request -> request.withHeaders(request.headers().with("X-Fail", List.of("yes"))));
    // The pact expects X-Missing: the run fails, so the evidence is kept.
    Files.writeString(
        dir.resolve("pacts").resolve("web.json"),
        Files.readString(dir.resolve("pacts").resolve("web.json"))
            .replace(
                "\"response\":{\"status\":200,",
                "\"response\":{\"status\":200,\"headers\":{\"X-Missing\":\"1\"},"));
    VerificationResult r = verify(c);
    InteractionResult.Failed failed = (InteractionResult.Failed) r.pacts().get(0).results().get(0);
    assertThat(failed.evidence().request().orElseThrow().url().getPath()).isEqualTo("/same");
    assertThat(failed.evidence().redirects())
        .singleElement()
        .satisfies(s -> assertThat(s.url().getPath()).isEqualTo("/landed"));
    assertThat(
            io.pactcontainers.report.ReportFormat.JSON
                .writer()
                .render(r.withReproduction(io.pactcontainers.verify.Reproduction.NONE)))
        .contains(
            "\"redirectsFollowed\" : [ \"GET http://127.0.0.1:"
                + provider.url().getPort()
                + "/landed\" ]");
    assertThat(new io.pactcontainers.report.ConsoleReport(false, false).details(failed))
        .anySatisfy(l -> assertThat(l.strip()).startsWith("curl -sS -i -L ").contains("/same "))
        .noneSatisfy(l -> assertThat(l).contains("/landed"));
  }

  private static String statusMismatch(VerificationResult r) {
    InteractionResult.Failed failed = (InteractionResult.Failed) r.pacts().get(0).results().get(0);
    return failed.mismatches().stream()
        .filter(m -> m instanceof Mismatch.StatusMismatch)
        .findFirst()
        .orElseThrow()
        .message();
  }
}
