package io.pactcontainers.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * record-undeployment, record-support-ended, create-version-tag and create-or-update-version
 * against the stand-in, which keeps the Broker's rules for them.
 */
class EnvironmentRecordsTest {
  private BrokerStandIn broker;
  private PactBroker config;

  @BeforeEach
  void start() throws Exception {
    broker = new BrokerStandIn().withEnvironment("production").withEnvironment("test");
    broker.publish(
        "sous-chef", "1.0.0", "main", "grill", BrokerSourceTest.pact("sous-chef", "grill", "one"));
    broker.publish(
        "sous-chef", "1.1.0", "main", "grill", BrokerSourceTest.pact("sous-chef", "grill", "two"));
    config = PactBroker.of(broker.url());
  }

  @AfterEach
  void stop() {
    broker.close();
  }

  @Test
  void anUndeployedVersionIsNoLongerWhatTheDeployedSelectorPicks() {
    new DeploymentRecorder(config)
        .record(
            DeploymentRecorder.Kind.DEPLOYMENT,
            "sous-chef",
            "1.0.0",
            "production",
            Optional.empty());
    assertThat(broker.environmentsOf("sous-chef", "1.0.0")).containsExactly("production");

    String said =
        new EnvironmentRecords(config)
            .recordUndeployment("sous-chef", "production", Optional.empty());

    assertThat(said).isEqualTo("Recorded undeployment of sous-chef version 1.0.0 from production");
    assertThat(broker.environmentsOf("sous-chef", "1.0.0")).isEmpty();
  }

  @Test
  void undeployingWhatIsNotDeployedSaysSoAndAWrongInstanceNamesTheRightOnes() {
    EnvironmentRecords records = new EnvironmentRecords(config);
    assertThatThrownBy(
            () -> records.recordUndeployment("sous-chef", "production", Optional.empty()))
        .isInstanceOf(BrokerException.class)
        .hasMessage(
            "sous-chef is not currently deployed to production: there is no deployment to end"
                + " (record-deployment records one)");

    new DeploymentRecorder(config)
        .record(
            DeploymentRecorder.Kind.DEPLOYMENT,
            "sous-chef",
            "1.1.0",
            "production",
            Optional.of("eu-1"));
    assertThatThrownBy(
            () -> records.recordUndeployment("sous-chef", "production", Optional.empty()))
        .hasMessage(
            "sous-chef is not currently deployed to no application instance in production; it is"
                + " deployed there as application instance(s): eu-1 (set <applicationInstance> to"
                + " one of them)");
    assertThatThrownBy(() -> records.recordUndeployment("waiter", "production", Optional.empty()))
        .hasMessage("The Pact Broker has no pacticipant named \"waiter\"; check the name");
    assertThatThrownBy(() -> records.recordUndeployment("sous-chef", "staging", Optional.empty()))
        .hasMessage(
            "The Pact Broker has no environment named \"staging\"; it knows: production, test");
    assertThat(records.recordUndeployment("sous-chef", "production", Optional.of("eu-1")))
        .isEqualTo(
            "Recorded undeployment of sous-chef version 1.1.0 from production (application instance eu-1)");
  }

  @Test
  void supportEndsForAReleasedVersionOnly() {
    EnvironmentRecords records = new EnvironmentRecords(config);
    new DeploymentRecorder(config)
        .record(
            DeploymentRecorder.Kind.RELEASE, "sous-chef", "1.0.0", "production", Optional.empty());
    assertThatThrownBy(() -> records.recordSupportEnded("sous-chef", "1.1.0", "production"))
        .hasMessage(
            "sous-chef version 1.1.0 is not currently released in production: there is no support"
                + " to end (record-release records one)");
    assertThat(records.recordSupportEnded("sous-chef", "1.0.0", "production"))
        .isEqualTo("Recorded support ended for sous-chef version 1.0.0 in production");
    assertThat(broker.environmentsOf("sous-chef", "1.0.0")).isEmpty();
  }

  @Test
  void aVersionIsCreatedWithItsBranchAndTagsAndTaggingAnUnknownVersionNeedsAutoCreate() {
    VersionRecorder versions = new VersionRecorder(config);
    assertThat(
            versions.createOrUpdateVersion("grill", "abc123", Optional.of("main"), List.of("rc")))
        .isEqualTo("Created/updated grill version abc123 with branch main and tag(s) rc");
    assertThat(broker.providerVersionBranches()).containsEntry("grill@abc123", "main");
    assertThat(broker.tagsOf("grill", "abc123")).containsExactly("rc");
    assertThat(versions.createOrUpdateVersion("grill", "def456", Optional.empty(), List.of()))
        .isEqualTo("Created/updated grill version def456");

    assertThatThrownBy(() -> versions.createVersionTag("grill", "zzz", List.of("prod"), false))
        .hasMessage(
            "The Pact Broker has no version zzz of grill to tag (HTTP 404); check the name and"
                + " version, or set autoCreateVersion to create it");
    assertThat(versions.createVersionTag("grill", "def456", List.of("prod", "eu"), false))
        .isEqualTo("Tagged grill version def456 as prod, eu");
    assertThat(broker.tagsOf("grill", "def456")).containsExactly("prod", "eu");
    assertThat(versions.createVersionTag("grill", "zzz", List.of("prod"), true))
        .isEqualTo("Tagged grill version zzz as prod");
  }
}
