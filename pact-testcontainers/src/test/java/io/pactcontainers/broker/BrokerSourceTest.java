package io.pactcontainers.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.source.Credentials;
import io.pactcontainers.source.LoadedPact;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BrokerSourceTest {
  static String pact(String consumer, String provider, String description) {
    return "{\"consumer\":{\"name\":\""
        + consumer
        + "\"},\"provider\":{\"name\":\""
        + provider
        + "\"},\"interactions\":[{\"description\":\""
        + description
        + "\",\"request\":{\"method\":\"GET\",\"path\":\"/\"},\"response\":{\"status\":200}}],"
        + "\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}";
  }

  private BrokerStandIn broker;

  @BeforeEach
  void start() throws Exception {
    broker = new BrokerStandIn();
    broker.publish("sous-chef", "1.0.0", "main", "grill", pact("sous-chef", "grill", "main one"));
    broker.publish(
        "sous-chef", "1.1.0-feat", "feat-x", "grill", pact("sous-chef", "grill", "feature one"));
    broker.publish(
        new BrokerStandIn.ConsumerVersion(
            "waiter",
            "2.0.0",
            "main",
            List.of("prod"),
            List.of("production"),
            List.of(),
            "grill",
            pact("waiter", "grill", "deployed one"),
            Instant.parse("2020-01-01T00:00:00Z")));
    broker.publish(
        "salad", "1.0.0", "main", "salad-bar", pact("salad", "salad-bar", "other provider"));
  }

  @AfterEach
  void stop() {
    broker.close();
  }

  private List<String> descriptions(List<LoadedPact> pacts) {
    return pacts.stream().map(p -> p.pact().interactions().get(0).description()).toList();
  }

  @Test
  void selectorsPickConsumerVersionsByBranchAndDeployment() {
    PactBroker config =
        PactBroker.of(broker.url())
            .withSelectors(
                ConsumerVersionSelector.parseAll(
                    "[{\"mainBranch\": true, \"consumer\": \"sous-chef\"}, {\"deployed\": true, \"environment\": \"production\"}]"));
    List<LoadedPact> pacts = new BrokerSource(config).load("grill").pacts();
    assertThat(descriptions(pacts)).containsExactly("main one", "deployed one");
    assertThat(pacts.get(0).reason())
        .isEqualTo("latest version of sous-chef from the main branch 'main' (1.0.0)");
    assertThat(pacts.get(0).publishResultsTo()).get().asString().endsWith("/verification-results");
    assertThat(pacts.get(0).pact().interactions().get(0).brokerId())
        .hasSize(40); // the Broker's _id
    assertThat(broker.requests())
        .containsSubsequence("GET /", "POST /pacts/provider/grill/for-verification");
  }

  @Test
  void matchingBranchAndPendingStatusFollowTheProviderBranch() {
    PactBroker config =
        PactBroker.of(broker.url())
            .withProviderBranch("feat-x")
            .withPending(true)
            .withSelectors(ConsumerVersionSelector.parseAll("[{\"matchingBranch\": true}]"));
    List<LoadedPact> pacts = new BrokerSource(config).load("grill").pacts();
    assertThat(descriptions(pacts)).containsExactly("feature one");
    assertThat(pacts.get(0).pending()).isTrue();
    assertThat(pacts.get(0).notices())
        .anySatisfy(n -> assertThat(n.text()).contains("is in pending state"));
  }

  @Test
  void wipPactsSinceADateAreIncludedAndMarked() {
    PactBroker config =
        PactBroker.of(broker.url())
            .withPending(true)
            .withWipPactsSince("2024-01-01")
            .withSelectors(
                ConsumerVersionSelector.parseAll(
                    "[{\"mainBranch\": true, \"consumer\": \"sous-chef\"}]"));
    List<LoadedPact> pacts = new BrokerSource(config).load("grill").pacts();
    assertThat(descriptions(pacts)).containsExactly("main one", "feature one");
    assertThat(pacts.get(1).wip()).isTrue();
    assertThat(pacts.get(1).pending()).isTrue();
  }

  @Test
  void olderBrokersAreReadThroughLatestProviderPacts() {
    broker.withoutPactsForVerification();
    List<LoadedPact> pacts = new BrokerSource(PactBroker.of(broker.url())).load("grill").pacts();
    assertThat(descriptions(pacts)).containsExactlyInAnyOrder("feature one", "deployed one");
    List<LoadedPact> tagged =
        new BrokerSource(
                PactBroker.of(broker.url())
                    .withSelectors(
                        ConsumerVersionSelector.parseAll(
                            "[{\"tag\": \"prod\", \"latest\": true}]")))
            .load("grill")
            .pacts();
    assertThat(descriptions(tagged)).containsExactly("deployed one");
    assertThat(tagged.get(0).reason()).isEqualTo("latest with tag prod");
  }

  @Test
  void refusedCredentialsAreReportedWithoutTheSecret() {
    broker.requireAuthorization("Bearer right-token");
    PactBroker config =
        PactBroker.of(broker.url()).withCredentials(new Credentials.Bearer("wrong-secret-token"));
    assertThatThrownBy(() -> new BrokerSource(config).load("grill").pacts())
        .isInstanceOf(BrokerException.class)
        .hasMessage(
            "The Pact Broker refused the credentials (HTTP 401) for the Broker index at "
                + broker.url()
                + ": Unauthorized; check the token or username and password configured for it")
        .hasMessageNotContaining("wrong-secret-token");
    assertThat(
            new BrokerSource(
                    PactBroker.of(broker.url())
                        .withCredentials(new Credentials.Bearer("right-token")))
                .load("grill")
                .pacts())
        .isNotEmpty();
  }

  @Test
  void transientFailuresAreRetriedAFewTimes() {
    broker.failNext(2);
    assertThat(new BrokerSource(PactBroker.of(broker.url()).withRetries(3)).load("grill").pacts())
        .isNotEmpty();
    broker.failNext(5);
    assertThatThrownBy(
            () ->
                new BrokerSource(PactBroker.of(broker.url()).withRetries(1)).load("grill").pacts())
        .hasMessage(
            "The Pact Broker answered HTTP 503 for the Broker index at "
                + broker.url()
                + " after 2 attempts: Service Unavailable");
  }

  @Test
  void aBrokerThatIsDownOrNotABrokerIsNamed() throws Exception {
    java.net.URI down = java.net.URI.create("http://127.0.0.1:1");
    assertThatThrownBy(
            () -> new BrokerSource(PactBroker.of(down).withRetries(0)).load("grill").pacts())
        .hasMessage(
            "The Pact Broker could not be reached (connection refused) for the Broker index at http://127.0.0.1:1 after 1"
                + " attempt; check the Broker URL and that it is up");
    assertThatThrownBy(
            () ->
                new BrokerSource(PactBroker.of(broker.url().resolve("/nothing-here")))
                    .load("grill")
                    .pacts())
        .hasMessage(
            "The Pact Broker found nothing (HTTP 404) for the Broker index at "
                + broker.url()
                + "/nothing-here; check the"
                + " Broker URL and the names used");
  }

  @Test
  void somethingThatIsNotABrokerIsNamedAsSuch() throws Exception {
    com.sun.net.httpserver.HttpServer fake =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    fake.createContext(
        "/",
        ex -> {
          String path = ex.getRequestURI().getPath();
          byte[] body =
              (path.equals("/")
                      ? "{\"_links\":{\"pb:provider-pacts-for-verification\":{\"href\":\"/for-verification\"}}}"
                      : path.equals("/for-verification")
                          ? "{\"pacts\":[]}"
                          : "<html>forbidden</html>")
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8);
          ex.sendResponseHeaders(path.equals("/denied/") ? 403 : 200, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    fake.start();
    try {
      java.net.URI url =
          java.net.URI.create("http://127.0.0.1:" + fake.getAddress().getPort() + "/");
      assertThatThrownBy(() -> new BrokerSource(PactBroker.of(url)).load("grill").pacts())
          .hasMessage(
              "The Pact Broker's answer from "
                  + url.resolve("/for-verification")
                  + " has no _embedded.pacts array; is this a Pact Broker?");
      assertThatThrownBy(
              () -> new BrokerSource(PactBroker.of(url.resolve("/denied/"))).load("grill").pacts())
          .hasMessage(
              "The Pact Broker denied access (HTTP 403) to the Broker index at "
                  + url.resolve("/denied/")
                  + ": <html>forbidden</html>; the credentials lack the permission for this");
    } finally {
      fake.stop(0);
    }
  }

  @Test
  void canIDeployReadsTheMatrix() {
    CanIDeploy.Answer unknown =
        new CanIDeploy(PactBroker.of(broker.url()))
            .ask(
                new CanIDeploy.Query(
                    "sous-chef",
                    new CanIDeploy.Version.Number("1.0.0"),
                    new CanIDeploy.Target.Environment("production"),
                    List.of()));
    assertThat(unknown.deployable()).isEmpty();
    assertThat(unknown.matrix())
        .extracting(CanIDeploy.Row::verification)
        .containsExactly("unverified");
  }

  @Test
  void selectorsGivenAsJsonAreCheckedField() {
    assertThatThrownBy(
            () -> ConsumerVersionSelector.parseAll("[{\"mainBranch\": true}, {\"brnch\": \"x\"}]"))
        .hasMessageStartingWith(
            "$[1].brnch: unknown selector field; valid: branch, consumer, deployed");
    assertThatThrownBy(() -> ConsumerVersionSelector.parseAll("[{\"latest\": \"yes\"}]"))
        .hasMessage("$[0].latest: expected true or false, found \"yes\"");
  }

  @Test
  void aProviderTheBrokerDoesNotKnowHasNoPactsOnOldAndNewBrokers() {
    io.pactcontainers.source.LoadedPacts none =
        new BrokerSource(PactBroker.of(broker.url())).load("brand-new");
    assertThat(none.pacts()).isEmpty();
    assertThat(none.notes())
        .containsExactly(
            "the Pact Broker at "
                + broker.url()
                + " knows no provider \"brand-new\" yet (HTTP 404):"
                + " no consumer has published a pact with it");
    broker.withoutPactsForVerification();
    assertThat(new BrokerSource(PactBroker.of(broker.url())).load("brand-new").notes()).hasSize(1);
    assertThat(broker.requests()).contains("GET /pacts/provider/brand-new/latest");
  }
}
