package io.pactcontainers.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * can-i-deploy as the Broker's CLI asks it, against a stand-in that answers as the Broker's matrix
 * does.
 */
class CanIDeployTest {
  private BrokerStandIn broker;
  private CanIDeploy canIDeploy;

  @BeforeEach
  void start() throws Exception {
    broker = new BrokerStandIn().withEnvironment("production").withEnvironment("test");
    broker.publish(
        new BrokerStandIn.ConsumerVersion(
            "sous-chef",
            "1.0.0",
            "main",
            List.of("prod"),
            List.of(),
            List.of(),
            "grill",
            BrokerSourceTest.pact("sous-chef", "grill", "one"),
            Instant.now()));
    broker.publish(
        new BrokerStandIn.ConsumerVersion(
            "sous-chef",
            "1.1.0",
            "feat-x",
            List.of(),
            List.of(),
            List.of(),
            "grill",
            BrokerSourceTest.pact("sous-chef", "grill", "two"),
            Instant.now()));
    broker.publish(
        "sous-chef",
        "1.0.0",
        "main",
        "fryer",
        BrokerSourceTest.pact("sous-chef", "fryer", "three"));
    canIDeploy = new CanIDeploy(PactBroker.of(broker.url()));
  }

  @AfterEach
  void stop() {
    broker.close();
  }

  private void verify(
      String consumer,
      String consumerVersion,
      String provider,
      String providerVersion,
      boolean success,
      String environment) {
    PactBroker config = PactBroker.of(broker.url());
    BrokerStandIn.ConsumerVersion pact =
        broker.consumerVersions().stream()
            .filter(
                v ->
                    v.consumer().equals(consumer)
                        && v.number().equals(consumerVersion)
                        && v.provider().equals(provider))
            .findFirst()
            .orElseThrow();
    java.net.URI publish = java.net.URI.create(broker.pactUrl(pact) + "/verification-results");
    new VerificationPublisher(config, "0.1.0")
        .publish(
            provider,
            new ProviderVersion(providerVersion, Optional.of("main"), List.of(), Optional.empty()),
            List.of(new PublishedResult(publish, "pact", success, List.of())),
            r -> {});
    if (environment != null) {
      new DeploymentRecorder(config)
          .record(
              DeploymentRecorder.Kind.DEPLOYMENT,
              provider,
              providerVersion,
              environment,
              Optional.empty());
    }
  }

  private static CanIDeploy.Query query(
      CanIDeploy.Version v, CanIDeploy.Target t, String... ignore) {
    return new CanIDeploy.Query("sous-chef", v, t, List.of(ignore));
  }

  @Test
  void theQueryIsTheOneTheBrokersCliSends() {
    assertThat(
            canIDeploy.uri(
                query(
                    new CanIDeploy.Version.Number("1.0.0"),
                    new CanIDeploy.Target.Environment("prod env"),
                    "fryer")))
        .hasToString(
            broker.url()
                + "/matrix?q%5B%5D%5Bpacticipant%5D=sous-chef&q%5B%5D%5Bversion%5D=1.0.0&latestby=cvp"
                + "&environment=prod%20env&ignore%5B%5D%5Bpacticipant%5D=fryer");
    assertThat(
            canIDeploy.uri(
                query(
                    new CanIDeploy.Version.LatestOfBranch("feat-x"),
                    new CanIDeploy.Target.Tag("prod"))))
        .hasToString(
            broker.url()
                + "/matrix?q%5B%5D%5Bpacticipant%5D=sous-chef&q%5B%5D%5Bbranch%5D=feat-x&q%5B%5D%5Blatest%5D=true"
                + "&latestby=cvp&latest=true&tag=prod");
    assertThat(
            canIDeploy
                .uri(
                    query(
                        new CanIDeploy.Version.LatestOfMainBranch(),
                        new CanIDeploy.Target.LatestOfAll()))
                .getRawQuery())
        .isEqualTo(
            "q%5B%5D%5Bpacticipant%5D=sous-chef&q%5B%5D%5BmainBranch%5D=true&q%5B%5D%5Blatest%5D=true&latestby=cvp&latest=true");
    assertThat(
            canIDeploy
                .uri(
                    query(
                        new CanIDeploy.Version.Latest(Optional.of("prod")),
                        new CanIDeploy.Target.LatestOfAll()))
                .getRawQuery())
        .isEqualTo(
            "q%5B%5D%5Bpacticipant%5D=sous-chef&q%5B%5D%5Blatest%5D=true&q%5B%5D%5Btag%5D=prod&latestby=cvp&latest=true");
  }

  @Test
  void aVersionVerifiedByWhatIsDeployedInTheEnvironmentCanBeDeployed() {
    verify("sous-chef", "1.0.0", "grill", "3.0.0", true, "production");
    verify("sous-chef", "1.0.0", "fryer", "5.0.0", true, "production");
    CanIDeploy.Answer a =
        canIDeploy.ask(
            query(
                new CanIDeploy.Version.Number("1.0.0"),
                new CanIDeploy.Target.Environment("production")));
    assertThat(a.deployable()).contains(true);
    assertThat(a.matrix())
        .extracting(
            CanIDeploy.Row::provider, CanIDeploy.Row::providerVersion, CanIDeploy.Row::verification)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("grill", "3.0.0", "success"),
            org.assertj.core.groups.Tuple.tuple("fryer", "5.0.0", "success"));
    assertThat(a.notices())
        .extracting(CanIDeploy.Notice::line)
        .containsExactly("SUCCESS: All required verification results are published and successful");
  }

  @Test
  void aFailedVerificationSaysNoAndAnIgnoredProviderDoesNotCount() {
    verify("sous-chef", "1.0.0", "grill", "3.0.0", true, "production");
    verify("sous-chef", "1.0.0", "fryer", "5.0.0", false, "production");
    CanIDeploy.Answer no =
        canIDeploy.ask(
            query(
                new CanIDeploy.Version.Number("1.0.0"),
                new CanIDeploy.Target.Environment("production")));
    assertThat(no.deployable()).contains(false);
    assertThat(no.reason())
        .isEqualTo(
            "The verification for the pact between version 1.0.0 of sous-chef and version 5.0.0 of fryer failed");
    CanIDeploy.Answer ignored =
        canIDeploy.ask(
            query(
                new CanIDeploy.Version.Number("1.0.0"),
                new CanIDeploy.Target.Environment("production"),
                "fryer"));
    assertThat(ignored.deployable()).contains(true);
    assertThat(ignored.matrix())
        .filteredOn(CanIDeploy.Row::ignored)
        .extracting(CanIDeploy.Row::provider)
        .containsExactly("fryer");
  }

  @Test
  void theLatestOfABranchAndTheLatestWithATagArePicked() {
    verify("sous-chef", "1.1.0", "grill", "3.0.0", true, null);
    CanIDeploy.Answer feat =
        canIDeploy.ask(
            query(
                new CanIDeploy.Version.LatestOfBranch("feat-x"),
                new CanIDeploy.Target.LatestOfAll(),
                "fryer"));
    assertThat(feat.matrix())
        .filteredOn(r -> !r.ignored())
        .extracting(CanIDeploy.Row::consumerVersion)
        .containsExactly("1.1.0");
    assertThat(feat.deployable()).contains(true);
    CanIDeploy.Answer tagged =
        canIDeploy.ask(
            query(
                new CanIDeploy.Version.Latest(Optional.of("prod")),
                new CanIDeploy.Target.LatestOfAll()));
    assertThat(tagged.matrix()).extracting(CanIDeploy.Row::consumerVersion).containsOnly("1.0.0");
    assertThat(tagged.deployable()).isEmpty(); // 1.0.0 has no verification yet
  }

  @Test
  void anUnknownVersionIsNotDeployableAndAnUnknownEnvironmentOrPacticipantIsTheBrokersError() {
    CanIDeploy.Answer a =
        canIDeploy.ask(
            query(
                new CanIDeploy.Version.Number("9.9.9"),
                new CanIDeploy.Target.Environment("production")));
    assertThat(a.deployable()).contains(false);
    assertThat(a.reason())
        .isEqualTo("No pacts or verifications have been published for version 9.9.9 of sous-chef");
    assertThatThrownBy(
            () ->
                canIDeploy.ask(
                    query(
                        new CanIDeploy.Version.Number("1.0.0"),
                        new CanIDeploy.Target.Environment("staging"))))
        .hasMessage(
            "The Pact Broker answered HTTP 400 for can-i-deploy answer for sous-chef 1.0.0 to staging at "
                + broker.url()
                + "/matrix?q%5B%5D%5Bpacticipant%5D=sous-chef&q%5B%5D%5Bversion%5D=1.0.0&latestby=cvp&environment=staging:"
                + " Environment with name 'staging' does not exist");
    assertThatThrownBy(
            () ->
                canIDeploy.ask(
                    new CanIDeploy.Query(
                        "sous-chief",
                        new CanIDeploy.Version.Number("1.0.0"),
                        new CanIDeploy.Target.Environment("production"),
                        List.of())))
        .hasMessageEndingWith(": Pacticipant sous-chief not found");
  }

  @Test
  void whileResultsAreMissingItAsksAgainAndSaysWhy() {
    List<String> waits = new ArrayList<>();
    CanIDeploy.Answer a =
        canIDeploy.askUntilKnown(
            query(
                new CanIDeploy.Version.Number("1.0.0"),
                new CanIDeploy.Target.LatestOfAll(),
                "fryer"),
            2,
            Duration.ofMillis(10),
            waits::add);
    assertThat(a.deployable()).isEmpty();
    assertThat(waits)
        .containsExactly(
            "The Broker cannot tell yet (There is no verified pact between version 1.0.0 of sous-chef and the latest version of grill);"
                + " asking"
                + " again in 0 s (1/2)",
            "The Broker cannot tell yet (There is no verified pact between version 1.0.0 of sous-chef and the latest version of grill);"
                + " asking"
                + " again in 0 s (2/2)");
  }

  @Test
  void anIgnoredVersionCountsForNothingAndOtherVersionsOfItStillDo() {
    verify("sous-chef", "1.0.0", "grill", "7", false, "production");
    verify("sous-chef", "1.0.0", "fryer", "3", true, "production");
    CanIDeploy.Version v = new CanIDeploy.Version.Number("1.0.0");
    CanIDeploy.Target prod = new CanIDeploy.Target.Environment("production");
    assertThat(canIDeploy.ask(query(v, prod, "grill@8")).deployable()).contains(false);
    CanIDeploy.Answer ignored = canIDeploy.ask(query(v, prod, "grill@7"));
    assertThat(ignored.deployable()).contains(true);
    assertThat(ignored.matrix())
        .filteredOn(CanIDeploy.Row::ignored)
        .extracting(CanIDeploy.Row::provider)
        .containsExactly("grill");
    assertThat(canIDeploy.uri(query(v, prod, "grill@7")).getRawQuery())
        .endsWith(
            "ignore[][pacticipant]=grill&ignore[][version]=7"
                .replace("[", "%5B")
                .replace("]", "%5D"));
  }

  @Test
  void severalApplicationsAreAskedAboutTogetherAgainstEachOther() {
    verify("sous-chef", "1.0.0", "grill", "7", true, null);
    verify("sous-chef", "1.0.0", "grill", "8", false, null);
    CanIDeploy.Version v = new CanIDeploy.Version.Number("1.0.0");
    CanIDeploy.Query with7 =
        new CanIDeploy.Query(
            "sous-chef",
            v,
            new CanIDeploy.Target.LatestOfAll(),
            List.of("fryer"),
            List.of("grill@7"));
    CanIDeploy.Query with8 =
        new CanIDeploy.Query(
            "sous-chef",
            v,
            new CanIDeploy.Target.LatestOfAll(),
            List.of("fryer"),
            List.of("grill@8"));
    assertThat(canIDeploy.uri(with7).getRawQuery())
        .isEqualTo(
            "q%5B%5D%5Bpacticipant%5D=sous-chef&q%5B%5D%5Bversion%5D=1.0.0"
                + "&q%5B%5D%5Bpacticipant%5D=grill&q%5B%5D%5Bversion%5D=7&latestby=cvpv"
                + "&ignore%5B%5D%5Bpacticipant%5D=fryer");
    assertThat(canIDeploy.ask(with7).deployable()).contains(true);
    assertThat(canIDeploy.ask(with8).deployable()).contains(false);
    assertThat(with7.describe()).isEqualTo("sous-chef 1.0.0 together with grill 7");
  }

  @Test
  void toTheMainBranchesAsksAgainstTheLatestOfEachOthersMainBranch() {
    broker.publish(
        "sous-chef",
        "1.2.0",
        "feat-y",
        "grill",
        BrokerSourceTest.pact("sous-chef", "grill", "four"));
    verify("sous-chef", "1.2.0", "grill", "9", true, null);
    CanIDeploy.Query q =
        query(
            new CanIDeploy.Version.LatestOfBranch("feat-y"),
            new CanIDeploy.Target.MainBranches(),
            "fryer");
    assertThat(canIDeploy.uri(q).getRawQuery()).contains("&latest=true&mainBranch=true");
    assertThat(canIDeploy.ask(q).deployable()).contains(true);
    assertThat(q.describe())
        .isEqualTo(
            "sous-chef latest of branch feat-y with the latest of the others' main branches");
  }

  @Test
  void aFailedAskLeavesNoEarlierDeployableTrueButAFileSayingItFailedAndWhy(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("can-i-deploy.json");
    String earlier =
        "{\"summary\":{\"deployable\":true,\"reason\":\"All required verification results are published and successful\"}}";
    java.nio.file.Files.writeString(file, earlier);
    CanIDeploy.Query toStaging =
        query(new CanIDeploy.Version.Number("1.0.0"), new CanIDeploy.Target.Environment("staging"));

    assertThatThrownBy(
            () ->
                canIDeploy.askUntilKnown(
                    toStaging, 0, Duration.ZERO, l -> {}, CanIDeployFile.written(dir)))
        .isInstanceOf(BrokerException.class)
        .hasMessageEndingWith(": Environment with name 'staging' does not exist");
    com.fasterxml.jackson.databind.JsonNode failed =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
    assertThat(failed.at("/summary/deployable").asBoolean(true)).isFalse();
    assertThat(failed.at("/summary/reason").asText())
        .startsWith(
            "can-i-deploy failed: The Pact Broker answered HTTP 400 for can-i-deploy answer")
        .endsWith(": Environment with name 'staging' does not exist");
    assertThat(failed.at("/query").asText()).isEqualTo("sous-chef 1.0.0 to staging");

    // The Broker down: the same, whatever the error.
    java.nio.file.Files.writeString(file, earlier);
    java.net.URI down;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      down = java.net.URI.create("http://127.0.0.1:" + s.getLocalPort());
    }
    assertThatThrownBy(
            () ->
                new CanIDeploy(PactBroker.of(down))
                    .askUntilKnown(
                        query(
                            new CanIDeploy.Version.Number("1.0.0"),
                            new CanIDeploy.Target.Environment("production")),
                        0,
                        Duration.ZERO,
                        l -> {},
                        CanIDeployFile.written(dir)))
        .isInstanceOf(BrokerException.class);
    assertThat(java.nio.file.Files.readString(file))
        .doesNotContain("\"deployable\" : true")
        .contains("\"deployable\" : false")
        .contains("can-i-deploy failed: ");

    // Text output: an earlier file is removed, answered or not.
    java.nio.file.Files.writeString(file, earlier);
    assertThatThrownBy(
        () ->
            canIDeploy.askUntilKnown(
                toStaging, 0, Duration.ZERO, l -> {}, CanIDeployFile.none(dir)));
    assertThat(file).doesNotExist();
  }

  @Test
  void aRefusedAnswerReplacesAnEarlierDeployableTrue(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("can-i-deploy.json");
    java.nio.file.Files.writeString(file, "{\"summary\":{\"deployable\":true}}");
    CanIDeploy.Answer no =
        canIDeploy.askUntilKnown(
            query(
                new CanIDeploy.Version.Number("9.9.9"),
                new CanIDeploy.Target.Environment("production")),
            0,
            Duration.ZERO,
            l -> {},
            CanIDeployFile.written(dir));
    assertThat(no.deployable()).contains(false);
    assertThat(java.nio.file.Files.readString(file)).isEqualTo(no.json());
  }
}
