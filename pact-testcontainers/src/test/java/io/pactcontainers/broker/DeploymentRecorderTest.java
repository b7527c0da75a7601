package io.pactcontainers.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** record-deployment and record-release, and what the selectors then find. */
class DeploymentRecorderTest {
  private BrokerStandIn broker;
  private DeploymentRecorder recorder;

  @BeforeEach
  void start() throws Exception {
    broker = new BrokerStandIn().withEnvironment("production").withEnvironment("test");
    broker.publish(
        "sous-chef",
        "1.0.0",
        "main",
        "grill",
        BrokerSourceTest.pact("sous-chef", "grill", "deployed one"));
    broker.publish(
        "sous-chef",
        "1.1.0",
        "main",
        "grill",
        BrokerSourceTest.pact("sous-chef", "grill", "newer one"));
    recorder = new DeploymentRecorder(PactBroker.of(broker.url()));
  }

  @AfterEach
  void stop() {
    broker.close();
  }

  @Test
  void aRecordedDeploymentIsWhatTheDeployedSelectorThenPicks() {
    assertThat(
            recorder.record(
                DeploymentRecorder.Kind.DEPLOYMENT,
                "sous-chef",
                "1.0.0",
                "production",
                Optional.empty()))
        .isEqualTo("Recorded sous-chef 1.0.0 as deployed to production");
    assertThat(
            recorder.record(
                DeploymentRecorder.Kind.RELEASE, "sous-chef", "1.1.0", "test", Optional.of("eu-1")))
        .isEqualTo("Recorded sous-chef 1.1.0 as released in test (application instance eu-1)");
    assertThat(broker.deployments())
        .containsExactly(
            "sous-chef 1.0.0 deployed production", "sous-chef 1.1.0 released test eu-1");
    PactBroker deployed =
        PactBroker.of(broker.url())
            .withSelectors(
                ConsumerVersionSelector.parseAll(
                    "[{\"deployed\": true, \"environment\": \"production\"}]"));
    assertThat(new BrokerSource(deployed).load("grill").pacts())
        .extracting(p -> p.pact().interactions().get(0).description())
        .containsExactly("deployed one");
    PactBroker released =
        PactBroker.of(broker.url())
            .withSelectors(ConsumerVersionSelector.parseAll("[{\"released\": true}]"));
    assertThat(new BrokerSource(released).load("grill").pacts())
        .extracting(p -> p.pact().interactions().get(0).description())
        .containsExactly("newer one");
  }

  @Test
  void anUnknownEnvironmentOrVersionIsNamed() {
    assertThatThrownBy(
            () ->
                recorder.record(
                    DeploymentRecorder.Kind.DEPLOYMENT,
                    "sous-chef",
                    "1.0.0",
                    "prod",
                    Optional.empty()))
        .hasMessage(
            "The Pact Broker has no environment named \"prod\"; it knows: production, test");
    assertThatThrownBy(
            () ->
                recorder.record(
                    DeploymentRecorder.Kind.DEPLOYMENT,
                    "sous-chef",
                    "7.0.0",
                    "production",
                    Optional.empty()))
        .hasMessage(
            "The Pact Broker has no version 7.0.0 of sous-chef (HTTP 404); only a version that published pacts or"
                + " verification results can be recorded as deployed to an environment: check the pacticipant name and version");
    assertThat(broker.deployments()).isEmpty();
  }
}
