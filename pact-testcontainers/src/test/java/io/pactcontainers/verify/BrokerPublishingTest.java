package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pactcontainers.RecordingProvider;
import io.pactcontainers.RecordingProvider.Answer;
import io.pactcontainers.broker.BrokerSource;
import io.pactcontainers.broker.BrokerStandIn;
import io.pactcontainers.broker.ConsumerVersionSelector;
import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.broker.ProviderVersion;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.source.PactSource;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What reaches the Broker after a run against an in-process provider: only whole, honest results.
 */
class BrokerPublishingTest {
  @TempDir Path out;

  private RecordingProvider provider;
  private BrokerStandIn broker;
  private final List<String> infos = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final VerificationListener listener =
      io.pactcontainers.report.RunPresenter.rendering(
          new VerificationListener() {
            @Override
            public void info(String line) {
              infos.add(line);
            }

            @Override
            public void warn(String line) {
              warnings.add(line);
            }
          });

  static String interaction(String description, String path) {
    return "{\"description\":\""
        + description
        + "\",\"request\":{\"method\":\"GET\",\"path\":\""
        + path
        + "\"},"
        + "\"response\":{\"status\":200,\"body\":{\"name\":\"steak\"}}}";
  }

  static String pact(String consumer, String... interactions) {
    return "{\"consumer\":{\"name\":\""
        + consumer
        + "\"},\"provider\":{\"name\":\"grill\"},\"interactions\":["
        + String.join(",", interactions)
        + "],\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}";
  }

  @BeforeEach
  void start() throws Exception {
    provider = RecordingProvider.start(r -> Answer.json("{\"name\": \"steak\"}"));
    broker = new BrokerStandIn();
  }

  @AfterEach
  void stop() {
    provider.close();
    broker.close();
  }

  private VerificationConfig config(PactBroker pactBroker) {
    return VerificationConfig.of(
            "grill", new RunningProvider(provider.url()), List.of(new BrokerSource(pactBroker)))
        .withOutputDirectory(out)
        .withPublishing(
            new Publishing(
                new ProviderVersion("3.2.1", Optional.of("main"), List.of(), Optional.empty()),
                true,
                "0.1.0"));
  }

  private PactBroker mainBranch() {
    return PactBroker.of(broker.url())
        .withSelectors(List.of(ConsumerVersionSelector.onMainBranch()))
        .withProviderBranch("main");
  }

  @Test
  void aFilteredRunPublishesNothingNotEvenAPactTheFilterKeptWhole() {
    broker.publish(
        "sous",
        "1.0.0",
        "main",
        "grill",
        pact("sous", interaction("get a steak", "/steak"), interaction("get a salad", "/salad")));
    broker.publish(
        "waiter", "2.0.0", "main", "grill", pact("waiter", interaction("get a steak", "/steak")));
    VerificationResult r =
        new Verifier()
            .verify(
                config(mainBranch())
                    .withFilter(
                        new InteractionFilter(
                            List.of(), Optional.of(Pattern.compile("steak")), Optional.empty())),
                listener);
    assertThat(r.successful()).isTrue();
    // Not even the waiter's pact, which the filter kept whole: the run is partial.
    assertThat(broker.verifications()).isEmpty();
    assertThat(warnings)
        .containsExactly(
            "Verifying provider \"grill\": 2 of 3 interactions in 2 pacts: 1 left out by the"
                + " interaction description filter steak (a partial run)",
            "Not publishing: the run was narrowed by description /steak/ (a partial run), and the"
                + " Broker would take a partial verification for a whole one");
  }

  @Test
  void aProviderTheBrokerHasNeverHeardOfHasNothingToVerify() {
    broker.publish(
        "sous", "1.0.0", "main", "salad-bar", pact("sous", interaction("get a salad", "/salad")));
    VerificationConfig config = config(mainBranch());
    assertThatThrownBy(() -> new Verifier().verify(config, listener))
        .isInstanceOf(NothingToVerifyException.class)
        .hasMessage(
            "Nothing to verify for provider \"grill\": no pact for this provider in Pact Broker "
                + broker.url()
                + ";"
                + " the Pact Broker at "
                + broker.url()
                + " knows no provider \"grill\" yet (HTTP 404): no consumer has published a pact"
                + " with it. If the consumers know this provider by another name, set the provider name"
                + " to it; allowEmpty would make this run pass having verified nothing");
    VerificationResult allowed = new Verifier().verify(config.withAllowEmpty(true), listener);
    assertThat(allowed.pacts()).isEmpty();
    assertThat(broker.verifications()).isEmpty();
  }

  @Test
  void theBrokersNoticesForTheOutcomeAreShownAfterTheRun() {
    broker.publish(
        "sous", "1.0.0", "main", "grill", pact("sous", interaction("get a steak", "/steak")));
    new Verifier().verify(config(mainBranch().withPending(true)), listener);
    assertThat(infos)
        .contains(
            "The Pact Broker on the pact between sous and grill: This pact is no longer in pending state for a"
                + " version of grill from branch 'main', as a successful verification result has been published. If a verification for a"
                + " version of grill fails in the future, it will fail the build.");
    assertThat(infos).noneMatch(i -> i.contains("is still in pending state"));
    int verifyLine =
        infos.indexOf(
            infos.stream()
                .filter(i -> i.startsWith("Published successful"))
                .findFirst()
                .orElseThrow());
    assertThat(
            infos.indexOf(
                infos.stream()
                    .filter(i -> i.contains("no longer in pending"))
                    .findFirst()
                    .orElseThrow()))
        .isGreaterThan(verifyLine);
  }

  @Test
  void resultsNameInteractionsByTheIdTheBrokerGaveThem() {
    broker.publish(
        "sous",
        "1.0.0",
        "main",
        "grill",
        "{\"consumer\":{\"name\":\"sous\"},\"provider\":{\"name\":\"grill\"},\"interactions\":["
            + "{\"type\":\"Synchronous/HTTP\",\"key\":\"v4-key-1\",\"description\":\"get a steak\",\"request\":{\"method\":\"GET\","
            + "\"path\":\"/steak\"},\"response\":{\"status\":200}}],\"metadata\":{\"pactSpecification\":{\"version\":\"4.0\"}}}");
    new Verifier().verify(config(mainBranch()), listener);
    JsonNode test = broker.verifications().get(0).body().path("testResults").get(0);
    assertThat(test.path("interactionId").asText()).hasSize(40).isNotEqualTo("v4-key-1");
    assertThat(test.path("interactionDescription").asText()).isEqualTo("get a steak");
  }

  @Test
  void aPactUrlFromAWebhookIsPublishedToItsOwnLinkWithTheBranchRecordedFirst() {
    broker.publish(
        "sous", "1.0.0", "main", "grill", pact("sous", interaction("get a steak", "/steak")));
    broker.publish(
        "waiter", "2.0.0", "main", "grill", pact("waiter", interaction("get a steak", "/steak")));
    URI pactUrl =
        new BrokerSource(mainBranch())
            .load("grill").pacts().stream()
                .filter(p -> p.pact().consumer().equals("waiter"))
                .findFirst()
                .orElseThrow()
                .publishResultsTo()
                .map(u -> URI.create(u.toString().replace("/verification-results", "")))
                .orElseThrow();
    broker.requests(); // the webhook build below starts from the URL alone
    VerificationConfig config =
        VerificationConfig.of(
                "grill", new RunningProvider(provider.url()), List.of(PactSource.Url.of(pactUrl)))
            .withOutputDirectory(out)
            .withPublishing(
                new Publishing(
                    new ProviderVersion(
                        "3.2.1", Optional.of("feat-x"), List.of(), Optional.empty()),
                    true,
                    "0.1.0"));
    VerificationResult r = new Verifier().verify(config, listener);
    assertThat(r.pacts()).singleElement().satisfies(p -> assertThat(p.published()).isTrue());
    assertThat(broker.verifications())
        .extracting(BrokerStandIn.Recorded::consumer)
        .containsExactly("waiter");
    assertThat(broker.providerVersionBranches()).containsEntry("grill@3.2.1", "feat-x");
    List<String> requests = broker.requests();
    assertThat(requests.indexOf("PUT /pacticipants/grill/branches/feat-x/versions/3.2.1"))
        .isLessThan(
            requests.indexOf(
                requests.stream()
                    .filter(q -> q.endsWith("/verification-results"))
                    .findFirst()
                    .orElseThrow()));
  }
}
