package io.pactcontainers.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.model.Body;
import io.pactcontainers.model.Headers;
import io.pactcontainers.model.HttpResponse;
import io.pactcontainers.model.Interaction;
import io.pactcontainers.model.Mismatch;
import io.pactcontainers.model.PactReader;
import io.pactcontainers.model.SentRequest;
import io.pactcontainers.provider.ProviderContainer;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.verify.Evidence;
import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.Progress;
import io.pactcontainers.verify.Reproduction;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lines a person reads per interaction. */
class ConsoleReportTest {
  private static final Interaction INTERACTION =
      new PactReader()
          .read(
              """
      {"consumer":{"name":"sous"},"provider":{"name":"grill"},"interactions":[
        {"type":"Synchronous/HTTP","description":"an order","providerStates":[{"name":"steaks exist"},{"name":"the grill is hot"}],
         "comments":{"text":["checks the grill's queue"],"testname":"OrderTest.anOrder"},
         "request":{"method":"GET","path":"/orders/1"},
         "response":{"status":200,"body":{"content":{"id":1,"sides":["fries","salad"]},"contentType":"application/json"}}}],
      "metadata":{"pactSpecification":{"version":"4.0"}}}""",
              "inline")
          .interactions()
          .get(0);

  private static final Progress EARLY = new Progress(3, 10, Duration.ofMillis(500));
  private static final Progress LATE = new Progress(120, 1000, Duration.ofSeconds(3));

  private static List<String> texts(List<ConsoleReport.Line> lines) {
    return lines.stream().map(ConsoleReport.Line::text).toList();
  }

  @Test
  void aPassedInteractionIsOneLineWithConsumerStatesAndTimeThenItsComments() {
    List<ConsoleReport.Line> lines =
        new ConsoleReport(false, false)
            .interaction(
                "sous",
                new InteractionResult.Passed(INTERACTION, Duration.ofMillis(12), false),
                EARLY);
    assertThat(texts(lines))
        .containsExactly(
            "  OK      sous #0 \"an order\" given \"steaks exist\" and \"the grill is hot\" (12 ms)",
            "      checks the grill's queue",
            "      original test: OrderTest.anOrder");
    assertThat(lines).allMatch(l -> l.level() == ConsoleReport.Level.INFO);
  }

  @Test
  void aLongRunShowsHowFarItHasCome() {
    List<String> lines =
        texts(
            new ConsoleReport(false, false)
                .interaction(
                    "sous",
                    new InteractionResult.Passed(INTERACTION, Duration.ofMillis(12), false),
                    LATE));
    assertThat(lines.get(0))
        .isEqualTo(
            "  OK      [120/1000] sous #0 \"an order\" given \"steaks exist\" and \"the grill is hot\" (12 ms)");
  }

  @Test
  void aFailureShowsItsMismatchesWithTheDifferingPartTheCurlCommandsAndTheProviderLog() {
    Evidence evidence =
        new Evidence(
            List.of(
                new SentRequest(
                    "POST",
                    URI.create("http://h:1/state"),
                    List.of(Map.entry("Content-Type", "application/json")),
                    "{\"state\":\"steaks exist\"}".getBytes())),
            Optional.of(new SentRequest("GET", URI.create("http://h:1/orders/1"), List.of(), null)),
            Optional.of(
                HttpResponse.received(
                    200,
                    Headers.none(),
                    Body.of("{\"id\":1,\"sides\":[\"fries\"]}", "application/json"))),
            List.of("GET /orders/1 200"));
    InteractionResult failed =
        new InteractionResult.Failed(
            INTERACTION,
            List.of(
                new Mismatch.BodyMismatch(
                    "$.sides",
                    "[\"fries\",\"salad\"]",
                    "[\"fries\"]",
                    "$.sides: expected an array of 2 elements, found 1 [\"fries\"]")),
            Duration.ofMillis(7),
            false,
            evidence);
    List<ConsoleReport.Line> lines =
        new ConsoleReport(false, false).interaction("sous", failed, EARLY);
    assertThat(lines)
        .allMatch(
            l ->
                l.level() == ConsoleReport.Level.ERROR
                    || l.text().startsWith("      c")
                    || l.text().startsWith("      original"));
    assertThat(texts(lines))
        .containsSubsequence(
            "  FAILED  sous #0 \"an order\" given \"steaks exist\" and \"the grill is hot\" (7 ms)",
            "    Body had differences:",
            "      - $.sides: expected an array of 2 elements, found 1 [\"fries\"]",
            "          -  \"fries\",   (not a mismatch)",
            "          -  \"salad\"",
            "          +  \"fries\"   (not a mismatch)",
            "    To send it again (the state set-up, then the request):",
            "      curl -sS -i -X POST http://h:1/state -H 'Content-Type: application/json' -H Accept: -H User-Agent: --data-binary"
                + " '{\"state\":\"steaks exist\"}' -w '\\n'",
            "      curl -sS -i http://h:1/orders/1 -H Accept: -H User-Agent: -w '\\n'",
            "    The provider's log while it ran:",
            "      | GET /orders/1 200");
    assertThat(String.join("\n", texts(lines))).doesNotContain("\u001b[");
  }

  @Test
  void keysMissingFromOneObjectAreOneLineWithOneDiffInThePactsKeyOrder() {
    String expected =
        "{\"id\":1,\"name\":\"Widget\",\"price\":9.5,\"tags\":[\"a\"],\"sku\":\"x\","
            + "\"colour\":\"red\",\"size\":\"L\"}";
    String actual = "{\"size\":\"L\",\"colour\":\"red\",\"id\":1}";
    List<Mismatch> missing =
        java.util.stream.Stream.of("name", "price", "tags", "sku")
            .map(
                k ->
                    (Mismatch)
                        new Mismatch.MissingKey(
                            "$." + k,
                            "v",
                            "$." + k + ": expected key \"" + k + "\" with v, but it was missing",
                            expected,
                            actual,
                            "$",
                            k))
            .toList();
    InteractionResult failed =
        new InteractionResult.Failed(
            INTERACTION, missing, Duration.ofMillis(7), false, Evidence.NONE);
    List<String> lines = texts(new ConsoleReport(false, false).interaction("sous", failed, EARLY));
    assertThat(lines)
        .containsSubsequence(
            "    Body had differences:",
            "      - $: expected keys \"name\", \"price\", \"tags\", \"sku\", but they were missing");
    assertThat(lines.stream().filter(l -> l.startsWith("      - "))).hasSize(1);
    assertThat(lines.stream().filter(l -> l.contains("\"name\" : \"Widget\""))).hasSize(1);
    // The provider's other key order shows no key as removed and added again.
    assertThat(lines.stream().filter(l -> l.startsWith("          +"))).isEmpty();
    assertThat(lines).contains("          -  \"sku\" : \"x\",");
    // The summary at the end says it as the interaction did: one line.
    String summary =
        Summary.of(
            new io.pactcontainers.verify.VerificationResult(
                "grill",
                List.of(
                    new io.pactcontainers.verify.PactResult(
                        "sous",
                        "grill",
                        "p.json",
                        false,
                        List.of(failed),
                        java.util.Optional.empty())),
                List.of(),
                Duration.ofMillis(7)));
    assertThat(summary)
        .contains(
            "      Body had differences:\n"
                + "        - $: expected keys \"name\", \"price\", \"tags\", \"sku\", but they were"
                + " missing\n")
        .doesNotContain("expected key \"name\" with v");
  }

  @Test
  void valuesTheRulesAcceptedAreGreyedAndOnlyTheRealMismatchIsHighlighted() {
    String expected = "{\"id\":1,\"name\":\"Widget\",\"size\":\"L\"}";
    String actual = "{\"id\":42,\"title\":\"Widget\",\"size\":\"XL\"}";
    InteractionResult failed =
        new InteractionResult.Failed(
            INTERACTION,
            List.of(
                new Mismatch.MissingKey(
                    "$.name",
                    "\"Widget\"",
                    "$.name: expected key \"name\" with \"Widget\", but it was missing",
                    expected,
                    actual,
                    "$",
                    "name"),
                new Mismatch.BodyMismatch(
                    "$.size", "\"L\"", "\"XL\"", "$.size: expected \"L\", found \"XL\"")),
            Duration.ofMillis(7),
            false,
            Evidence.NONE);
    String grey = "\u001b[90m";
    String red = "\u001b[31m";
    String green = "\u001b[32m";
    String reset = "\u001b[0m";
    List<String> lines = texts(new ConsoleReport(true, false).interaction("sous", failed, EARLY));
    assertThat(lines)
        .containsSubsequence(
            // "id" matched by type: 1 against 42 is no difference
            "          " + grey + "-  \"id\" : 1," + reset,
            "          " + red + "-  \"name\" : \"Widget\"," + reset,
            "          " + red + "-  \"size\" : \"L\"" + reset,
            "          " + grey + "+  \"id\" : 42," + reset,
            // a key the pact does not have is allowed in an answer: shown, not a difference
            "          " + grey + "+  \"title\" : \"Widget\"," + reset,
            "          " + green + "+  \"size\" : \"XL\"" + reset);
    // Without colour the lines are the same text, nothing painted.
    assertThat(texts(new ConsoleReport(false, false).interaction("sous", failed, EARLY)))
        .as("without colour, the words say which lines a rule accepted")
        .contains(
            "          -  \"id\" : 1,   (not a mismatch)",
            "          +  \"title\" : \"Widget\",   (not a mismatch)",
            "          -  \"size\" : \"L\"")
        .noneMatch(l -> l.contains("\u001b["));
  }

  @Test
  void aStateSetUpInTheVerifyingJvmIsSaidWhereItsCallWouldBe() {
    Evidence evidence =
        new Evidence(
            List.of(),
            Optional.of(new SentRequest("GET", URI.create("http://h:1/orders/1"), List.of(), null)),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            List.of(),
            List.of(
                new Evidence.StateInProcess(
                    "steaks exist", "the test class's @State method GrillTest.steaks")));
    InteractionResult errored =
        new InteractionResult.Errored(
            INTERACTION, "no answer", Duration.ofMillis(7), false, evidence);
    assertThat(texts(new ConsoleReport(false, false).interaction("sous", errored, EARLY)))
        .containsSubsequence(
            "    To send it again:",
            "      # the state \"steaks exist\" is set up by the test class's @State method"
                + " GrillTest.steaks, so it cannot be replayed from bash",
            "      curl -sS -i http://h:1/orders/1 -H Accept: -H User-Agent: -w '\\n'");
  }

  @Test
  void theFullDiffShowsTheWholeBodies() {
    Evidence evidence =
        new Evidence(
            List.of(),
            Optional.empty(),
            Optional.of(
                HttpResponse.received(
                    200,
                    Headers.none(),
                    Body.of("{\"id\":2,\"sides\":[\"fries\",\"salad\"]}", "application/json"))),
            List.of());
    InteractionResult failed =
        new InteractionResult.Failed(
            INTERACTION,
            List.of(
                new Mismatch.BodyMismatch(
                    "$.id", "1", "2", "$.id: expected 1 (an integer), found 2 (an integer)")),
            Duration.ofMillis(7),
            false,
            evidence);
    List<String> lines = texts(new ConsoleReport(false, true).interaction("sous", failed, EARLY));
    assertThat(lines)
        .containsSubsequence(
            "    Whole body, expected (-) against actual (+):",
            "      -  \"id\" : 1,",
            "      +  \"id\" : 2,",
            "           \"salad\"");
  }

  @Test
  void aSecretTheProviderEchoedIsMaskedInEveryLineWithoutTheFrontEndsHelp() {
    String token = "Bearer echo-t0ken-4711";
    Evidence evidence =
        new Evidence(
            List.of(),
            Optional.of(
                new SentRequest(
                    "GET",
                    URI.create("http://h:1/orders/1"),
                    List.of(Map.entry("Authorization", token)),
                    null)),
            Optional.empty(),
            List.of("GET /orders/1 auth=" + token));
    InteractionResult failed =
        new InteractionResult.Failed(
            INTERACTION,
            List.of(
                new Mismatch.BodyMismatch(
                    "$.user",
                    "\"sous\"",
                    token,
                    "$.user: expected \"sous\", found \"" + token + "\"")),
            Duration.ofMillis(7),
            false,
            evidence);
    Reproduction reproduction =
        new Reproduction(
            Optional.of(ProviderContainer.fromImage("grill-chef:1.0")),
            Set.of("authorization"),
            io.pactcontainers.Secrets.of(List.of(token)));

    List<String> lines =
        texts(new ConsoleReport(false, false, reproduction).interaction("sous", failed, EARLY));

    assertThat(lines)
        .contains(
            "      - $.user: expected \"sous\", found \"****\"", "      | GET /orders/1 auth=****");
    assertThat(String.join("\n", lines)).doesNotContain("echo-t0ken-4711");
    assertThat(new ConsoleReport(false, false, reproduction).details(failed))
        .noneMatch(l -> l.contains("echo-t0ken-4711"));
  }

  @Test
  void theLinesRunTheImageVerifiedByItsIdAndTheSecretHeadersCommandAgain() {
    String token = "Bearer minted-t0ken-4711";
    Evidence evidence =
        new Evidence(
            List.of(),
            Optional.of(
                new SentRequest(
                    "GET",
                    URI.create("http://h:1/orders/1"),
                    List.of(Map.entry("Authorization", token), Map.entry("X-Api-Key", "k3y-4711")),
                    null)),
            Optional.empty(),
            List.of(),
            Optional.of(URI.create("http://h:1")),
            List.of(),
            List.of(),
            Optional.of("sha256:4b1d2c3e"));
    InteractionResult errored =
        new InteractionResult.Errored(
            INTERACTION, "no answer", Duration.ofMillis(7), false, evidence);
    Reproduction reproduction =
        new Reproduction(
            Optional.of(ProviderContainer.fromImage("grill-chef:1.0-SNAPSHOT").withPort(8000)),
            Set.of("authorization", "x-api-key"),
            io.pactcontainers.Secrets.of(List.of(token, "k3y-4711", "s3cret-of-the-vault")),
            Map.of(
                "authorization",
                new io.pactcontainers.verify.RequestHeader.Origin(
                    "<requestHeaders><header> Authorization <command>",
                    // a secret Maven interpolated into the command, masked as it came
                    Optional.of("./mint-token.sh --vault ****"),
                    Optional.of(java.nio.file.Path.of("/work/grill"))),
                "x-api-key",
                new io.pactcontainers.verify.RequestHeader.Origin(
                    "<requestHeaders><header> X-Api-Key <value>",
                    Optional.empty(),
                    Optional.empty())));

    List<String> lines = new ConsoleReport(false, false, reproduction).details(errored);

    assertThat(lines)
        .containsSubsequence(
            "      export PACT_HEADER_AUTHORIZATION=\"$(cd /work/grill && ./mint-token.sh --vault"
                + " ****)\"  # <requestHeaders><header> Authorization <command>",
            "      # export PACT_HEADER_X_API_KEY first: the value of <requestHeaders><header>"
                + " X-Api-Key <value>, a secret not shown here",
            "      cid=$(docker run -d --rm -p 127.0.0.1::8000 sha256:4b1d2c3e) &&"
                + " PROVIDER=http://$(docker port \"$cid\" 8000/tcp | head -n 1)  #"
                + " grill-chef:1.0-SNAPSHOT, the image verified",
            "      curl -sS -i \"$PROVIDER\"/orders/1 -H \"Authorization: $PACT_HEADER_AUTHORIZATION\""
                + " -H \"X-Api-Key: $PACT_HEADER_X_API_KEY\" -H Accept: -H User-Agent: -w '\\n'");
    assertThat(String.join("\n", lines)).doesNotContain("4711").doesNotContain("s3cret");
  }

  @Test
  void colourOnlyWhenAsked() {
    InteractionResult passed =
        new InteractionResult.Passed(INTERACTION, Duration.ofMillis(12), false);
    assertThat(texts(new ConsoleReport(true, false).interaction("sous", passed, EARLY)).get(0))
        .startsWith("  \u001b[32mOK");
    assertThat(texts(new ConsoleReport(false, false).interaction("sous", passed, EARLY)).get(0))
        .startsWith("  OK ");
  }

  @Test
  void aPendingFailureSaysItDoesNotCount() {
    InteractionResult failed =
        new InteractionResult.Errored(
            INTERACTION, "State change request failed", Duration.ofMillis(3), true);
    List<ConsoleReport.Line> lines =
        new ConsoleReport(false, false).interaction("sous", failed, EARLY);
    assertThat(lines.get(0).text()).startsWith("  ERROR   (pending, not counted) sous #0");
    assertThat(lines).allMatch(l -> l.level() == ConsoleReport.Level.INFO);
    assertThat(texts(lines)).contains("    Error: State change request failed");
  }

  @Test
  void aProviderTheVerifierDidNotStartIsNotSaidToBeStartedAgain() {
    Evidence evidence =
        new Evidence(
            List.of(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Optional.of(URI.create("http://localhost:42549")));
    Reproduction byUrl =
        new Reproduction(
            Optional.of(new RunningProvider(URI.create("http://localhost:42549"))), Set.of());
    Reproduction byImage =
        new Reproduction(Optional.of(ProviderContainer.fromImage("grill-chef:1.0")), Set.of());
    assertThat(ConsoleReport.reproductionHeading(evidence, byUrl))
        .isEqualTo(
            "To reproduce it (bash): with the provider serving again at the address below (it was"
                + " not started by the verifier), send the request:");
    assertThat(ConsoleReport.reproductionHeading(evidence, byImage))
        .isEqualTo(
            "To reproduce it (bash): start the provider as the verifier did, then send the"
                + " request:");
  }
}
