package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.broker.BrokerStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Broker goals of the deployment loop run against the Broker stand-in over HTTP: what they
 * record there, what they say, and their errors in POM terms.
 */
class BrokerGoalsAgainstStandInTest {
  @TempDir Path dir;

  private BrokerStandIn broker;
  private final List<String> said = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    broker = new BrokerStandIn().withEnvironment("production");
    broker.publish(
        "sous-chef",
        "1.0.0",
        "main",
        "grill",
        "{\"consumer\":{\"name\":\"sous-chef\"},\"provider\":{\"name\":\"grill\"},"
            + "\"interactions\":[{\"description\":\"d\",\"request\":{\"method\":\"GET\",\"path\":\"/\"},"
            + "\"response\":{\"status\":200}}],\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}");
  }

  @AfterEach
  void stop() {
    broker.close();
  }

  private <T extends AbstractBrokerMojo> T goal(T m) {
    m.brokerUrl = broker.url().toString();
    m.pacticipant = "sous-chef";
    m.version = "1.0.0";
    m.settings = new Settings();
    ((AbstractMojo) m)
        .setLog(
            new SystemStreamLog() {
              @Override
              public void info(CharSequence c) {
                said.add(c.toString());
              }

              @Override
              public void warn(CharSequence c) {
                said.add(c.toString());
              }

              @Override
              public void error(CharSequence c) {
                errors.add(c.toString());
              }
            });
    return m;
  }

  @Test
  void aDeploymentIsRecordedThenUndeployed() throws Exception {
    RecordDeploymentMojo deploy = goal(new RecordDeploymentMojo());
    deploy.environment = "production";
    deploy.execute();
    assertThat(broker.environmentsOf("sous-chef", "1.0.0")).containsExactly("production");

    RecordUndeploymentMojo undeploy = goal(new RecordUndeploymentMojo());
    undeploy.environment = "production";
    undeploy.execute();
    assertThat(said).contains("Recorded undeployment of sous-chef version 1.0.0 from production");
    assertThat(broker.environmentsOf("sous-chef", "1.0.0")).isEmpty();

    assertThatThrownBy(undeploy::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("sous-chef is not currently deployed to production");
    undeploy.environment = "staging";
    assertThatThrownBy(undeploy::execute)
        .hasMessageContaining(
            "The Pact Broker has no environment named \"staging\"; it knows: production");
  }

  @Test
  void aBrokerGoalTakesTheTokenAndRetriesGivenAsPropertiesAsVerifyDoes() throws Exception {
    broker.requireAuthorization("Bearer t0ken-from-cli");
    RecordDeploymentMojo deploy = goal(new RecordDeploymentMojo());
    deploy.environment = "production";
    assertThatThrownBy(deploy::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("401");

    deploy.brokerToken = "t0ken-from-cli"; // -Dpact.broker.token
    deploy.brokerRetries = 0; // -Dpact.broker.retries
    broker.failNext(1);
    assertThatThrownBy(deploy::execute).hasMessageContaining("503");
    deploy.brokerRetries = 2;
    broker.failNext(2);
    deploy.execute();
    assertThat(broker.environmentsOf("sous-chef", "1.0.0")).containsExactly("production");
    assertThat(String.join("\n", said)).doesNotContain("t0ken-from-cli");
  }

  @Test
  void aBrokerGoalReadsPactJvmsTokenAndUrlNames() throws Exception {
    broker.requireAuthorization("Bearer jvm-t0ken");
    RecordDeploymentMojo deploy = goal(new RecordDeploymentMojo());
    deploy.brokerUrl = null;
    deploy.environment = "production";
    System.setProperty("pactbroker.url", broker.url().toString());
    System.setProperty("pactbroker.auth.token", "jvm-t0ken");
    try {
      deploy.execute();
    } finally {
      System.clearProperty("pactbroker.url");
      System.clearProperty("pactbroker.auth.token");
    }
    assertThat(broker.environmentsOf("sous-chef", "1.0.0")).containsExactly("production");
    assertThat(said)
        .contains(
            "-Dpactbroker.auth.token (pact-jvm's name) is read as -Dpact.broker.token; write that"
                + " to silence this line");
  }

  @Test
  void aReleaseIsRecordedThenItsSupportEnded() throws Exception {
    RecordReleaseMojo release = goal(new RecordReleaseMojo());
    release.environment = "production";
    release.execute();
    RecordSupportEndedMojo ended = goal(new RecordSupportEndedMojo());
    ended.environment = "production";
    ended.execute();
    assertThat(said).contains("Recorded support ended for sous-chef version 1.0.0 in production");
    assertThat(broker.environmentsOf("sous-chef", "1.0.0")).isEmpty();
  }

  @Test
  void aVersionIsCreatedWithBranchAndTagsAndAnUnknownOneIsNotTaggedUnlessAsked() throws Exception {
    CreateOrUpdateVersionMojo create = goal(new CreateOrUpdateVersionMojo());
    create.pacticipant = "grill";
    create.version = "abc123";
    create.branch = "main";
    create.tags = List.of("rc", " ");
    create.execute();
    assertThat(broker.providerVersionBranches()).containsEntry("grill@abc123", "main");
    assertThat(broker.tagsOf("grill", "abc123")).containsExactly("rc");

    CreateVersionTagMojo tag = goal(new CreateVersionTagMojo());
    tag.pacticipant = "grill";
    tag.version = "nope";
    tag.tags = List.of("prod");
    assertThatThrownBy(tag::execute)
        .hasMessageContaining("The Pact Broker has no version nope of grill to tag (HTTP 404)");
    tag.autoCreateVersion = true;
    tag.execute();
    assertThat(broker.tagsOf("grill", "nope")).containsExactly("prod");
    tag.tags = List.of();
    assertThatThrownBy(tag::execute)
        .hasMessage("<tags> is needed; set -Dpact.pacticipant.tags=prod");
  }

  @Test
  void aDryRunSaysNoButNeverFailsTheBuildAndJsonOutputIsTheBrokersAnswer() throws Exception {
    CanIDeployMojo ask = goal(new CanIDeployMojo());
    ask.environment = "production";
    ask.dryRun = true;
    ask.output = "json";
    ask.outputDirectory = dir.toFile();
    ask.execute(); // no verification of grill in production: the answer is no
    assertThat(said)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("[dry-run] Computer says no: sous-chef 1.0.0 to production"));
    // The Broker's error notice at ERROR, in its words; not "[INFO] ERROR: ..." among the matrix.
    assertThat(errors).isNotEmpty().noneSatisfy(l -> assertThat(l).startsWith("ERROR"));
    assertThat(said).noneSatisfy(l -> assertThat(l).startsWith("ERROR: "));
    String json = Files.readString(dir.resolve("can-i-deploy.json"));
    assertThat(json).contains("\"summary\"").contains("\"deployable\"");

    ask.dryRun = false;
    assertThatThrownBy(ask::execute)
        .isInstanceOf(org.apache.maven.plugin.MojoFailureException.class)
        .hasMessageStartingWith("Computer says no: sous-chef 1.0.0 to production");

    ask.environment = null;
    ask.toMainBranch = true;
    ask.to = "prod";
    assertThatThrownBy(ask::execute)
        .hasMessage("<toMainBranch> and <to> both name what to check against; keep one");
    ask.to = null;
    ask.pacticipants = List.of("grill");
    assertThatThrownBy(ask::execute)
        .hasMessage(
            "<pacticipants>: \"grill\" names no version: write the application as name@version");
  }

  @Test
  void canIDeployReadsPactJvmsPropertyNames() throws Exception {
    CanIDeployMojo ask = goal(new CanIDeployMojo());
    ask.pacticipant = null;
    ask.version = null;
    ask.outputDirectory = dir.toFile();
    java.util.Map<String, String> pactJvm =
        java.util.Map.of(
            "pacticipant", "sous-chef",
            "pacticipantVersion", "1.0.0",
            "toEnvironment", "production",
            "retriesWhenUnknown", "0");
    pactJvm.forEach(System::setProperty);
    try {
      assertThatThrownBy(ask::execute)
          .isInstanceOf(org.apache.maven.plugin.MojoFailureException.class)
          .hasMessageStartingWith("Computer says no: sous-chef 1.0.0 to production");
      System.setProperty("retryInterval", "soon");
      assertThatThrownBy(ask::execute)
          .isInstanceOf(MojoExecutionException.class)
          .hasMessage("-Dpact.canIDeploy.retryInterval is not a whole number: soon");
    } finally {
      pactJvm.keySet().forEach(System::clearProperty);
      System.clearProperty("retryInterval");
    }
    assertThat(said)
        .contains(
            "-DtoEnvironment (pact-jvm's name) is read as -Dpact.environment; write that to"
                + " silence this line");
  }

  private static String downBroker() throws Exception {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return "http://127.0.0.1:" + s.getLocalPort();
    }
  }

  @Test
  void aDryRunNeverFailsTheBuildEvenWhenTheBrokerCannotBeAsked() throws Exception {
    CanIDeployMojo ask = goal(new CanIDeployMojo());
    ask.environment = "staging"; // unknown to the Broker: HTTP 400
    ask.dryRun = true;
    ask.outputDirectory = dir.toFile();
    ask.execute();
    assertThat(said)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("[dry-run] The Pact Broker answered HTTP 400 for can-i-deploy")
                    .endsWith(": Environment with name 'staging' does not exist"))
        .contains(
            "[dry-run] Dry run (pact.canIDeploy.dryRun): the Broker's error does not decide the"
                + " build");

    said.clear();
    ask.brokerUrl = downBroker();
    ask.environment = "production";
    ask.execute();
    assertThat(said.get(said.size() - 2)).startsWith("[dry-run] ");
    assertThat(said.get(said.size() - 1))
        .isEqualTo(
            "[dry-run] Dry run (pact.canIDeploy.dryRun): the Broker's error does not decide the"
                + " build");
  }

  @Test
  void aFailedCanIDeployLeavesNoEarlierDeployableTrue() throws Exception {
    Path file = dir.resolve("can-i-deploy.json");
    Files.writeString(file, "{\"summary\":{\"deployable\":true}}");
    CanIDeployMojo ask = goal(new CanIDeployMojo());
    ask.environment = "production";
    ask.output = "json";
    ask.outputDirectory = dir.toFile();
    ask.brokerUrl = downBroker();
    assertThatThrownBy(ask::execute).isInstanceOf(MojoExecutionException.class);
    assertThat(Files.readString(file))
        .contains("\"deployable\" : false")
        .contains("\"reason\" : \"can-i-deploy failed: ");

    ask.output = "text";
    Files.writeString(file, "{\"summary\":{\"deployable\":true}}");
    assertThatThrownBy(ask::execute).isInstanceOf(MojoExecutionException.class);
    assertThat(file).doesNotExist();
  }
}
