package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.RecordingProvider;
import io.pactcontainers.RecordingProvider.Answer;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.state.StateChangeConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verifier against an in-process provider: filters, empty runs, states and generators. */
class VerifierTest {
  @TempDir Path pacts;

  private RecordingProvider server;

  @BeforeEach
  void startProvider() {
    server =
        RecordingProvider.start(
            r ->
                switch (r.path()) {
                  case "/state" -> Answer.json("{\"id\": 42}");
                  case "/q-state" -> Answer.empty(200);
                  default -> Answer.json("{\"name\": \"steak\"}");
                });
  }

  @AfterEach
  void stopProvider() {
    server.close();
  }

  private URI base() {
    return server.url();
  }

  /** The bodies the state endpoint received, in order. */
  private List<String> stateCalls() {
    return server.received().stream()
        .filter(r -> r.path().equals("/state"))
        .map(RecordingProvider.Received::body)
        .toList();
  }

  /** The interactions' requests as received (path and query), in order. */
  private List<String> paths() {
    return server.received().stream()
        .filter(r -> !r.path().equals("/state") && !r.path().equals("/q-state"))
        .map(RecordingProvider.Received::target)
        .toList();
  }

  private void pact(String file, String consumer, String provider, String interactions)
      throws Exception {
    Files.writeString(
        pacts.resolve(file),
        "{\"consumer\":{\"name\":\""
            + consumer
            + "\"},\"provider\":{\"name\":\""
            + provider
            + "\"},\"interactions\":["
            + interactions
            + "],\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}");
  }

  private static String interaction(String description, String path) {
    return "{\"description\":\""
        + description
        + "\",\"providerStates\":[{\"name\":\"an item exists\",\"params\":{\"n\":1}}],"
        + "\"request\":{\"method\":\"GET\",\"path\":\""
        + path
        + "\"},\"response\":{\"status\":200,\"body\":{\"name\":\"steak\"}}}";
  }

  private VerificationConfig config() {
    return VerificationConfig.of(
            "grill", new RunningProvider(base()), List.of(new PactSource.Directory(pacts)))
        .withOutputDirectory(pacts.resolve("out"));
  }

  @Test
  void anEmptyDirectoryIsAFailureThatSaysWhereItLooked() {
    assertThatThrownBy(() -> new Verifier().verify(config(), VerificationListener.SILENT))
        .isInstanceOf(NothingToVerifyException.class)
        .hasMessage(
            "Nothing to verify for provider \"grill\": no pact for this provider in directory "
                + pacts
                + "; set allowEmpty to let such a run pass");
  }

  @Test
  void pactsOfAnotherProviderAskForTheProviderNameAndWarnAgainstAllowEmpty() throws Exception {
    pact("a.json", "sous", "grill-chef", interaction("get item", "/item"));
    assertThatThrownBy(() -> new Verifier().verify(config(), VerificationListener.SILENT))
        .isInstanceOf(NothingToVerifyException.class)
        .hasMessage(
            "Nothing to verify for provider \"grill\": no pact for this provider in directory "
                + pacts
                + "; found only "
                + pacts.resolve("a.json")
                + " (its provider is \"grill-chef\", not \"grill\"). If they are this provider's"
                + " pacts, set the provider name to the name they give it; allowEmpty would make"
                + " this run pass having verified nothing");
  }

  @Test
  void aFilterThatKeepsNothingIsAFailureAndAllowEmptyLetsItPass() throws Exception {
    pact("a.json", "sous", "grill", interaction("get item", "/item"));
    VerificationConfig filtered =
        config()
            .withFilter(
                new InteractionFilter(
                    List.of(), Optional.of(Pattern.compile("delete")), Optional.empty()));
    assertThatThrownBy(() -> new Verifier().verify(filtered, VerificationListener.SILENT))
        .hasMessageContaining(
            "1 pact(s) with 1 interaction(s) found in directory "
                + pacts
                + ", but the filter (description /delete/) keeps none");
    VerificationResult allowed =
        new Verifier().verify(filtered.withAllowEmpty(true), VerificationListener.SILENT);
    assertThat(allowed.successful()).isTrue();
    assertThat(allowed.warnings()).hasSize(1);
  }

  @Test
  void filtersByConsumerDescriptionAndState() throws Exception {
    pact(
        "a.json",
        "sous",
        "grill",
        interaction("get item", "/item") + "," + interaction("get other", "/other"));
    pact("b.json", "waiter", "grill", interaction("get item", "/waiter-item"));
    VerificationResult r =
        new Verifier()
            .verify(
                config()
                    .withFilter(
                        new InteractionFilter(
                            List.of("sous"),
                            Optional.of(Pattern.compile("item")),
                            Optional.of(Pattern.compile("exists")))),
                VerificationListener.SILENT);
    assertThat(r.allResults()).hasSize(1);
    assertThat(paths()).containsExactly("/item");
  }

  @Test
  void statesAreSetUpAndTornDownAndTheirValuesFillGenerators() throws Exception {
    pact(
        "a.json",
        "sous",
        "grill",
        "{\"description\":\"d\",\"providerStates\":[{\"name\":\"an item exists\",\"params\":{\"n\":1}}],"
            + "\"request\":{\"method\":\"GET\",\"path\":\"/items/0\",\"query\":{\"q\":[\"0\"]},"
            + "\"generators\":{\"path\":{\"type\":\"ProviderState\",\"expression\":\"/items/${id}\"},"
            + "\"query\":{\"q\":{\"type\":\"ProviderState\",\"expression\":\"${id}\"}}}},"
            + "\"response\":{\"status\":200}}");
    VerificationResult r =
        new Verifier()
            .verify(
                config().withStateChange(StateChangeConfig.at("/state")),
                VerificationListener.SILENT);
    assertThat(r.successful()).isTrue();
    assertThat(paths()).containsExactly("/items/42?q=42");
    assertThat(stateCalls())
        .containsExactly(
            "{\"state\":\"an item exists\",\"params\":{\"n\":1},\"action\":\"setup\"}",
            "{\"state\":\"an item exists\",\"params\":{\"n\":1},\"action\":\"teardown\"}");
  }

  @Test
  void statesCanBeSentAsQueryParametersWithoutTeardown() throws Exception {
    pact("a.json", "sous", "grill", interaction("get item", "/item"));
    VerificationResult r =
        new Verifier()
            .verify(
                config().withStateChange(new StateChangeConfig("/q-state", false, false)),
                VerificationListener.SILENT);
    assertThat(r.successful()).isTrue();
    assertThat(server.received())
        .filteredOn(q -> q.path().equals("/q-state"))
        .extracting(q -> URI.create(q.target()).getRawQuery())
        .containsExactly("state=an+item+exists&action=setup&n=1");
  }

  @Test
  void aFailedPublicationFailsTheRunWhenAskedTo() throws Exception {
    try (io.pactcontainers.broker.BrokerStandIn broker =
        new io.pactcontainers.broker.BrokerStandIn()) {
      broker.publish(
          "sous",
          "1.0.0",
          "main",
          "grill",
          "{\"consumer\":{\"name\":\"sous\"},\"provider\":{\"name\":\"grill\"},"
              + "\"interactions\":["
              + interaction("get item", "/item")
              + "]}");
      broker.failPublishing();
      io.pactcontainers.broker.ProviderVersion version =
          new io.pactcontainers.broker.ProviderVersion(
              "1.2.3", Optional.empty(), List.of(), Optional.empty());
      VerificationConfig config =
          VerificationConfig.of(
                  "grill",
                  new RunningProvider(base()),
                  List.of(
                      new io.pactcontainers.broker.BrokerSource(
                          io.pactcontainers.broker.PactBroker.of(broker.url()).withRetries(0))))
              .withOutputDirectory(pacts.resolve("out"));
      VerificationResult strict =
          new Verifier()
              .verify(
                  config.withPublishing(new Publishing(version, true, "0.1.0")),
                  VerificationListener.SILENT);
      assertThat(strict.successful()).isTrue();
      assertThat(strict.publishFailure())
          .get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .startsWith(
              "Publishing the verification results failed: The Pact Broker answered HTTP 500 for verification results of"
                  + " pact between sous and grill at "
                  + broker.url());
      List<String> warnings = new ArrayList<>();
      VerificationResult lenient =
          new Verifier()
              .verify(
                  config.withPublishing(new Publishing(version, false, "0.1.0")),
                  io.pactcontainers.report.RunPresenter.rendering(
                      new VerificationListener() {
                        @Override
                        public void warn(String line) {
                          warnings.add(line);
                        }
                      }));
      assertThat(lenient.publishFailure()).isEmpty();
      assertThat(warnings)
          .anySatisfy(w -> assertThat(w).startsWith("Publishing the verification results failed"));
    }
  }

  @Test
  void aProviderStateValueTheSetupDidNotReturnIsTakenFromTheStatesParams() throws Exception {
    pact(
        "a.json",
        "sous",
        "grill",
        "{\"description\":\"d\",\"providerStates\":[{\"name\":\"an item exists\","
            + "\"params\":{\"sku\":\"X1\"}}],\"request\":{\"method\":\"GET\",\"path\":\"/items/0\","
            + "\"generators\":{\"path\":{\"type\":\"ProviderState\",\"expression\":\"/items/${sku}/${id}\"}}},\"response\":{\"status\":200}}");
    VerificationResult r =
        new Verifier()
            .verify(
                config().withStateChange(StateChangeConfig.at("/state")),
                VerificationListener.SILENT);
    assertThat(r.successful()).isTrue();
    assertThat(paths())
        .containsExactly("/items/X1/42"); // sku from the params, id from the setup's answer
  }

  @Test
  void aGeneratorWithoutItsValueErrorsTheInteractionWithAnExplanation() throws Exception {
    pact(
        "a.json",
        "sous",
        "grill",
        "{\"description\":\"d\",\"request\":{\"method\":\"GET\",\"path\":\"/items/0\","
            + "\"generators\":{\"path\":{\"type\":\"ProviderState\",\"expression\":\"/items/${sku}\"}}},\"response\":{\"status\":200}}");
    VerificationResult r =
        new Verifier()
            .verify(
                config().withStateChange(StateChangeConfig.at("/state")),
                VerificationListener.SILENT);
    assertThat(r.successful()).isFalse();
    assertThat(((InteractionResult.Errored) r.allResults().get(0)).error())
        .isEqualTo(
            "ProviderState generator for path needs \"sku\" (expression /items/${sku}) but neither the state setup's answer"
                + " nor the state's params have it (only [id]); make the state change endpoint answer a JSON object with that key");
  }

  @Test
  void pendingInteractionsAreReportedButDoNotFailTheRun() throws Exception {
    Files.writeString(
        pacts.resolve("a.json"),
        "{\"consumer\":{\"name\":\"sous\"},\"provider\":{\"name\":\"grill\"},\"interactions\":["
            + "{\"type\":\"Synchronous/HTTP\",\"description\":\"d\",\"pending\":true,\"request\":{\"method\":\"GET\",\"path\":\"/\"},"
            + "\"response\":{\"status\":500}}],\"metadata\":{\"pactSpecification\":{\"version\":\"4.0\"}}}");
    VerificationResult r = new Verifier().verify(config(), VerificationListener.SILENT);
    assertThat(r.successful()).isTrue();
    assertThat(r.allResults().get(0)).isInstanceOf(InteractionResult.Failed.class);
    assertThat(io.pactcontainers.report.Summary.of(r))
        .contains("0 passed, 1 failed, 0 errored (1 of the failures pending, not counted)")
        .contains("  sous -> grill:\n    [PENDING] FAILED #0 \"d\"");
  }
}
