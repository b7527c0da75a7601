package io.pactcontainers.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.pactcontainers.broker.BrokerStandIn;
import io.pactcontainers.junit5.subjects.BrokerOrdersPactTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Pacts from the Broker stand-in, and the results published with the library's rules: a whole run
 * is published; a run whose tests were filtered (one of two interactions) is not.
 */
class BrokerPublishingTest {
  private BrokerStandIn broker;

  private static String pact(String description) {
    return "{\"consumer\":{\"name\":\"till\"},\"provider\":{\"name\":\"orders\"},\"interactions\":["
        + "{\"description\":\""
        + description
        + "\",\"request\":{\"method\":\"GET\",\"path\":\"/orders/1\"},"
        + "\"response\":{\"status\":200,\"body\":{\"dish\":\"steak\"}}}],"
        + "\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}";
  }

  @BeforeEach
  void start() throws Exception {
    broker = new BrokerStandIn();
    broker.publish("till", "1.0.0", "main", "orders", pact("an order"));
    broker.publish(
        "waiter", "2.0.0", "main", "orders", pact("another order").replace("till", "waiter"));
    System.setProperty("pact.broker.url", broker.url().toString());
    System.setProperty("pact.verifier.publishResults", "true");
    System.setProperty("pact.provider.version", "3.1.0");
  }

  @AfterEach
  void stop() {
    broker.close();
    System.clearProperty("pact.broker.url");
    System.clearProperty("pact.verifier.publishResults");
    System.clearProperty("pact.provider.version");
    BrokerOrdersPactTest.onlyFirst = false;
  }

  @Test
  void aWholeRunIsPublishedForEachPact() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(BrokerOrdersPactTest.class))
        .execute()
        .testEvents()
        .assertStatistics(s -> s.started(2).succeeded(2));
    assertThat(broker.verifications()).hasSize(2);
    assertThat(broker.verifications())
        .allSatisfy(
            v -> {
              assertThat(v.body().path("success").asBoolean()).isTrue();
              assertThat(v.body().path("providerApplicationVersion").asText()).isEqualTo("3.1.0");
            });
  }

  @Test
  void aRunWhoseTestsWereFilteredIsNotPublished() {
    BrokerOrdersPactTest.onlyFirst = true;
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(BrokerOrdersPactTest.class))
        .execute()
        .testEvents()
        .assertStatistics(s -> s.started(1).succeeded(1));
    assertThat(broker.verifications()).isEmpty();
  }
}
