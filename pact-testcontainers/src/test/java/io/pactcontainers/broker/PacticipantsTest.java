package io.pactcontainers.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** create-or-update-pacticipant, describe-pacticipant and describe-version against the stand-in. */
class PacticipantsTest {
  private BrokerStandIn broker;
  private Pacticipants pacticipants;

  @BeforeEach
  void start() throws Exception {
    broker = new BrokerStandIn();
    pacticipants = new Pacticipants(PactBroker.of(broker.url()));
  }

  @AfterEach
  void stop() {
    broker.close();
  }

  private static PacticipantSpec spec(String name, String mainBranch) {
    return new PacticipantSpec(
        name, Optional.empty(), Optional.ofNullable(mainBranch), Optional.empty());
  }

  @Test
  void anUnknownPacticipantIsCreatedAndAKnownOneUpdatedKeepingWhatWasNotGiven() {
    assertThat(
            pacticipants.createOrUpdate(
                new PacticipantSpec(
                    "grill-chef",
                    Optional.of("Grill Chef"),
                    Optional.of("main"),
                    Optional.of("https://git.example.com/grill-chef")),
                BrokerOutput.TEXT))
        .isEqualTo("Pacticipant \"grill-chef\" created in the Pact Broker");
    assertThat(pacticipants.createOrUpdate(spec("grill-chef", "trunk"), BrokerOutput.TEXT))
        .isEqualTo("Pacticipant \"grill-chef\" updated in the Pact Broker");

    assertThat(pacticipants.describe("grill-chef", BrokerOutput.TEXT).lines())
        .containsExactly(
            "Name: grill-chef",
            "Display Name: Grill Chef",
            "Main Branch: trunk",
            "Repository Url: https://git.example.com/grill-chef");
    assertThat(broker.requests())
        .anyMatch(r -> r.startsWith("POST /pacticipants"))
        .anyMatch(r -> r.startsWith("PATCH /pacticipants/grill-chef"));
  }

  @Test
  void aPacticipantTheBrokerHeardOfFromAPactIsUpdatedNotCreated() {
    broker.publish("sous-chef", "1.0.0", "main", "grill-chef", "{}");
    assertThat(pacticipants.createOrUpdate(spec("sous-chef", "main"), BrokerOutput.TEXT))
        .isEqualTo("Pacticipant \"sous-chef\" updated in the Pact Broker");
  }

  @Test
  void jsonOutputIsTheBrokersResource() throws Exception {
    String json = pacticipants.createOrUpdate(spec("grill-chef", "main"), BrokerOutput.JSON);
    assertThat(new ObjectMapper().readTree(json).path("mainBranch").asText()).isEqualTo("main");
    assertThat(
            new ObjectMapper()
                .readTree(pacticipants.describe("grill-chef", BrokerOutput.JSON))
                .path("_links")
                .has("self"))
        .isTrue();
  }

  @Test
  void aMainBranchWithSpacesIsRefusedWithTheBrokersMessage() {
    assertThatThrownBy(
            () -> pacticipants.createOrUpdate(spec("grill-chef", "main line"), BrokerOutput.TEXT))
        .isInstanceOf(BrokerException.class)
        .hasMessageEndingWith("/pacticipants: mainBranch: cannot contain spaces");
  }

  @Test
  void describingAnUnknownPacticipantSaysHowToCreateIt() {
    assertThatThrownBy(() -> pacticipants.describe("nobody", BrokerOutput.TEXT))
        .isInstanceOf(BrokerException.class)
        .hasMessage(
            "The Pact Broker has no pacticipant named nobody (HTTP 404); create-or-update-pacticipant"
                + " creates it, and publishing a pact or a verification result does too");
  }

  @Test
  void describeVersionFindsTheLatestTheLatestWithATagTheLatestOfABranchAndOneByNumber() {
    Instant now = Instant.now();
    broker.publish(version("1.0.0", "main", List.of("prod"), now.minusSeconds(30)));
    broker.publish(version("1.1.0", "feat-x", List.of(), now.minusSeconds(20)));
    broker.publish(version("1.2.0", "main", List.of(), now.minusSeconds(10)));

    assertThat(describe(new VersionQuery.Latest()))
        .containsExactly(
            "NUMBER | BRANCHES | TAGS", "-------|----------|-----", "1.2.0  | main     |");
    assertThat(describe(new VersionQuery.LatestWithTag("prod")))
        .containsExactly(
            "NUMBER | BRANCHES | TAGS", "-------|----------|-----", "1.0.0  | main     | prod");
    assertThat(describe(new VersionQuery.LatestOfBranch("feat-x")).get(2))
        .isEqualTo("1.1.0  | feat-x   |");
    assertThat(describe(new VersionQuery.Number("1.0.0")).get(2)).startsWith("1.0.0  | main");
  }

  @Test
  void aVersionTheBrokerDoesNotHaveIsNamedWithItsPacticipant() {
    broker.publish(version("1.0.0", "main", List.of(), Instant.now()));
    assertThatThrownBy(
            () ->
                pacticipants.describeVersion(
                    "sous-chef", new VersionQuery.LatestWithTag("prod"), BrokerOutput.TEXT))
        .isInstanceOf(BrokerException.class)
        .hasMessageStartingWith(
            "The Pact Broker has no version of pacticipant sous-chef tagged prod (HTTP 404)");
    assertThatThrownBy(
            () ->
                pacticipants.describeVersion(
                    "sous-chef", new VersionQuery.LatestOfBranch("nope"), BrokerOutput.TEXT))
        .hasMessageStartingWith(
            "The Pact Broker has no version of pacticipant sous-chef on branch nope (HTTP 404)");
  }

  private List<String> describe(VersionQuery query) {
    return pacticipants.describeVersion("sous-chef", query, BrokerOutput.TEXT).lines().toList();
  }

  private static BrokerStandIn.ConsumerVersion version(
      String number, String branch, List<String> tags, Instant at) {
    return new BrokerStandIn.ConsumerVersion(
        "sous-chef", number, branch, tags, List.of(), List.of(), "grill-chef", "{}", at);
  }
}
