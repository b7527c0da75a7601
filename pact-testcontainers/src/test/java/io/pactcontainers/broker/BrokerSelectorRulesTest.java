package io.pactcontainers.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Selectors: what a real Broker rejects, we reject before calling it, and the stand-in (which
 * follows the Broker's contract on its own) rejects with the Broker's 400; what it accepts, we
 * accept.
 */
class BrokerSelectorRulesTest {
  private BrokerStandIn broker;

  @BeforeEach
  void start() throws Exception {
    broker = new BrokerStandIn().withEnvironment("production");
    broker.publish(
        "sous-chef",
        "1.0.0",
        "main",
        "grill",
        BrokerSourceTest.pact("sous-chef", "grill", "main one"));
  }

  @AfterEach
  void stop() {
    broker.close();
  }

  /**
   * The Broker's own answer to the selector, our check bypassed: its 400 message, or "accepted".
   */
  private String brokerVerdict(String selectorJson, String providerBranch) {
    HalClient client = new HalClient(PactBroker.of(broker.url()).withRetries(0));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(
        "consumerVersionSelectors",
        List.of(ConsumerVersionSelector.parseAll("[" + selectorJson + "]").get(0).toJson()));
    if (providerBranch != null) {
      body.put("providerVersionBranch", providerBranch);
    }
    try {
      client.post(
          HalClient.Endpoint.read(
              "pacts for verification",
              broker.url().resolve("/pacts/provider/grill/for-verification")),
          body);
      return "accepted";
    } catch (BrokerException e) {
      assertThat(e.status()).isEqualTo(400);
      return e.getMessage();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"consumer\": \"sous-chef\"}|it selects no version: give a branch, a tag or an environment, or set mainBranch, matchingBranch, latest, deployed, released or deployedOrReleased to true (consumer alone is not enough)|must specify a value for environment or tag or branch",
        "{\"mainBranch\": false}|mainBranch=false is not accepted by the Broker (only true); remove mainBranch|mainBranch must be one of: true",
        "{\"deployed\": false}|deployed=false is not accepted by the Broker (only true); remove deployed|deployed must be one of: true",
        "{\"matchingBranch\": false}|matchingBranch=false is not accepted by the Broker (only true); remove matchingBranch|matchingBranch must be one of: true",
        "{\"matchingBranch\": true}|matchingBranch=true needs the provider's branch, and none is set|the providerVersionBranch must be specified when the selector matchingBranch=true is used",
        "{\"tag\": \"prod\", \"fallbackTag\": \"main\"}|fallbackTag needs latest=true|fallbackTag can only be set if latest is true",
        "{\"deployed\": true, \"released\": true}|deployed=true and released=true cannot both be set (use deployedOrReleased=true)|cannot specify both deployed=true and released=true",
        "{\"mainBranch\": true, \"tag\": \"prod\"}|mainBranch=true cannot be combined with tag (only with consumer)|cannot specify mainBranch=true with any other criteria apart from consumer",
        "{\"mainBranch\": true, \"latest\": false}|mainBranch=true cannot be combined with latest=false|cannot specify mainBranch=true with latest=false",
        "{\"tag\": \"prod\", \"branch\": \"main\"}|tag and branch cannot both be set|cannot specify both a tag and a branch",
        "{\"branch\": \"main\", \"environment\": \"production\"}|branch cannot be combined with environment|cannot specify the field branch with the field environment",
        "{\"fallbackBranch\": \"main\", \"latest\": true}|fallbackBranch needs a branch|a branch must be specified when a fallbackBranch is specified",
        "{\"branch\": \"feat\", \"latest\": false}|branch cannot be combined with latest=false|cannot specify a branch with latest=false",
        "{\"released\": true, \"deployedOrReleased\": true}|released=true and deployedOrReleased=true cannot both be set|cannot specify both released=true and deployedOrReleased=true",
      })
  void aSelectorTheBrokerRejectsIsRejectedBeforeCallingIt(
      String selector, String ourProblem, String brokersMessage) {
    assertThat(ConsumerVersionSelector.parseAll("[" + selector + "]").get(0).problems(false))
        .contains(ourProblem);
    assertThat(brokerVerdict(selector, null))
        .startsWith("The Pact Broker answered HTTP 400 for pacts for verification at ")
        .contains(": consumerVersionSelectors: " + brokersMessage)
        .contains("(at index 0)");
    int before = broker.requests().size();
    PactBroker config =
        PactBroker.of(broker.url())
            .withSelectors(ConsumerVersionSelector.parseAll("[" + selector + "]"));
    assertThatThrownBy(() -> new BrokerSource(config).load("grill"))
        .isInstanceOf(BrokerException.class)
        .hasMessageStartingWith("Consumer version selector #1 ")
        .hasMessageContaining("would be rejected by the Pact Broker: ")
        .hasMessageContaining(ourProblem);
    assertThat(broker.requests()).hasSize(before); // nothing was sent
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"mainBranch\": true}", "{\"mainBranch\": true, \"consumer\": \"sous-chef\"}",
            "{\"mainBranch\": true, \"latest\": true}",
        "{\"matchingBranch\": true}", "{\"branch\": \"feat\", \"fallbackBranch\": \"main\"}",
            "{\"tag\": \"prod\", \"latest\": true, \"fallbackTag\": \"main\"}",
        "{\"deployed\": true, \"environment\": \"production\"}", "{\"deployedOrReleased\": true}",
            "{\"environment\": \"production\"}",
        "{\"latest\": true}", "{\"tag\": \"prod\"}", "{\"released\": true}",
      })
  void aSelectorTheBrokerAcceptsIsAccepted(String selector) {
    assertThat(ConsumerVersionSelector.parseAll("[" + selector + "]").get(0).problems(true))
        .isEmpty();
    assertThat(brokerVerdict(selector, "main")).isEqualTo("accepted");
  }

  @Test
  void theBrokersWholeErrorIsShownNotCut() {
    String verdict = brokerVerdict("{\"deployed\": true, \"environment\": \"staging\"}", null);
    assertThat(verdict)
        .isEqualTo(
            "The Pact Broker answered HTTP 400 for pacts for verification at "
                + broker.url()
                + "/pacts/provider/grill/for-verification: consumerVersionSelectors: environment with name 'staging' does not exist (at index 0)");
    String many =
        brokerVerdict(
            "{\"mainBranch\": true, \"tag\": \"a-long-tag-name-"
                + "x".repeat(200)
                + "\", \"environment\": \"production\"}",
            null);
    assertThat(many)
        .contains(
            "cannot specify mainBranch=true with any other criteria apart from consumer (at index 0)")
        .contains(
            "cannot specify the fields mainBranch/tag with the field environment (at index 0)")
        .doesNotContain("...");
  }
}
