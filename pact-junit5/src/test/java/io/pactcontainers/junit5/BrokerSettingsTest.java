package io.pactcontainers.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.pactcontainers.broker.BrokerStandIn;
import io.pactcontainers.junit5.subjects.BrokerOrdersPactTest;
import io.pactcontainers.junit5.subjects.FilteredBrokerOrdersPactTest;
import io.pactcontainers.junit5.subjects.SelectedBrokerOrdersPactTest;
import io.pactcontainers.junit5.subjects.TokenVariableBrokerOrdersPactTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The plugin's {@code <broker>}, pact URLs and filters reached from the annotation and from the
 * plugin's (and pact-jvm's) system properties, against the Broker stand-in: what is selected, who
 * is let in, what is published and where.
 */
class BrokerSettingsTest {
  private static final List<String> PROPERTIES =
      List.of(
          "pact.broker.url",
          "pact.verifier.publishResults",
          "pact.provider.version",
          "pactbroker.auth.username",
          "pactbroker.auth.password",
          "pact.filter.pacturl",
          "pact.filter.description",
          "PACT_JUNIT5_BUILD");

  private BrokerStandIn broker;

  private static String pact(String consumer, String... descriptions) {
    List<String> interactions = new java.util.ArrayList<>();
    for (String description : descriptions) {
      interactions.add(
          "{\"description\":\""
              + description
              + "\",\"request\":{\"method\":\"GET\",\"path\":\"/orders/1\"},"
              + "\"response\":{\"status\":200,\"body\":{\"dish\":\"steak\"}}}");
    }
    return "{\"consumer\":{\"name\":\""
        + consumer
        + "\"},\"provider\":{\"name\":\"orders\"},\"interactions\":["
        + String.join(",", interactions)
        + "],\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}";
  }

  @BeforeEach
  void start() throws Exception {
    broker = new BrokerStandIn();
    broker.publish("till", "1.0.0", "main", "orders", pact("till", "an order", "an order to go"));
    broker.publish("waiter", "2.0.0", "main", "orders", pact("waiter", "another order"));
    broker.publish("runner", "0.1.0", "feat", "orders", pact("runner", "a trial order"));
    System.setProperty("pact.verifier.publishResults", "true");
    System.setProperty("pact.provider.version", "3.1.0");
  }

  @AfterEach
  void stop() {
    broker.close();
    PROPERTIES.forEach(System::clearProperty);
  }

  private static String run(Class<?> subject, int started, int succeeded) {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      EngineTestKit.engine("junit-jupiter")
          .selectors(selectClass(subject))
          .execute()
          .testEvents()
          .assertStatistics(s -> s.started(started).succeeded(succeeded));
    } finally {
      System.setOut(out);
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    out.print(text);
    return text;
  }

  @Test
  void selectorsBranchTagsAndBuildUrlFromTheAnnotationReachTheBroker() {
    System.setProperty("pact.broker.url", broker.url().toString());
    System.setProperty("PACT_JUNIT5_BUILD", "42");
    // pact-jvm's names for basic auth, read as ours
    System.setProperty("pactbroker.auth.username", "ann");
    System.setProperty("pactbroker.auth.password", "s3cret-pass");
    broker.requireAuthorization(
        "Basic "
            + Base64.getEncoder()
                .encodeToString("ann:s3cret-pass".getBytes(StandardCharsets.UTF_8)));

    String printed = run(SelectedBrokerOrdersPactTest.class, 1, 1);

    assertThat(broker.verifications())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.consumer()).isEqualTo("runner");
              assertThat(v.body().path("buildUrl").asText())
                  .isEqualTo("https://ci.example/builds/42");
            });
    assertThat(broker.providerVersionBranches()).containsEntry("orders@3.1.0", "release-3");
    assertThat(broker.tagsOf("orders", "3.1.0")).containsExactlyInAnyOrder("prod", "eu");
    assertThat(printed)
        .contains("-Dpactbroker.auth.username (pact-jvm's name) is read as -Dpact.broker.username")
        .doesNotContain("s3cret-pass");
  }

  @Test
  void theTokenComesFromTheVariableTheClassNames() throws Exception {
    broker.requireAuthorization("Bearer minted-for-orders");
    UnaryOperator<Map<String, String>> env =
        e -> {
          e.put("PACT_JUNIT5_BROKER_URL", broker.url().toString());
          e.put("ORDERS_BROKER_TOKEN", "minted-for-orders");
          e.remove("PACT_BROKER_TOKEN");
          return e;
        };
    ForkedRun run =
        ForkedRun.of(TokenVariableBrokerOrdersPactTest.class, UnaryOperator.identity(), env, 120);
    assertThat(run.output()).contains("tests started 3, succeeded 3, failed 0");
    assertThat(run.output()).doesNotContain("minted-for-orders");
  }

  @Test
  void aPactUrlFromPactJvmsPropertyIsVerifiedAndPublishedToThatPactsLink() {
    System.setProperty(
        "pact.filter.pacturl",
        broker.url() + "/pacts/provider/orders/consumer/waiter/version/2.0.0");

    run(BrokerOrdersPactTest.class, 1, 1);

    assertThat(broker.verifications())
        .singleElement()
        .satisfies(v -> assertThat(v.consumer()).isEqualTo("waiter"));
  }

  @Test
  void aClassFilteredByConsumerIsSaidToBePartialAndPublishesNothing() {
    System.setProperty("pact.broker.url", broker.url().toString());

    String printed = run(FilteredBrokerOrdersPactTest.class, 1, 1);

    // The library's rule, the plugin's too: a filtered run is partial, even the pact it verified
    // whole is not published.
    assertThat(broker.verifications()).isEmpty();
    assertThat(printed)
        .contains(
            "Verifying provider \"orders\": 1 of 3 interactions in 1 pact: 2 left out by"
                + " @PactProviderTest(consumers) (or -Dpact.filter.consumers) waiter (a partial"
                + " run)")
        .contains("Not publishing: the run was narrowed by consumers [waiter] (a partial run)");
  }

  @Test
  void pactJvmsDescriptionFilterPropertyRunsOnlyWhatItSelectsAndPublishesNoPartialPact() {
    System.setProperty("pact.broker.url", broker.url().toString());
    System.setProperty("pact.filter.description", "^an order$");

    String printed = run(BrokerOrdersPactTest.class, 1, 1);

    assertThat(broker.verifications()).isEmpty();
    assertThat(printed)
        .contains(
            "Not publishing: the run was narrowed by description /^an order$/ (a partial run)");
  }
}
