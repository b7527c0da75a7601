package io.pactcontainers.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** create-, update-, delete-, list- and describe-environment against the stand-in over HTTP. */
class EnvironmentsTest {
  private BrokerStandIn broker;
  private Environments environments;

  @BeforeEach
  void start() throws Exception {
    broker = new BrokerStandIn();
    environments = new Environments(PactBroker.of(broker.url()));
  }

  @AfterEach
  void stop() {
    broker.close();
  }

  static EnvironmentSpec named(String name) {
    return new EnvironmentSpec(
        Optional.of(name), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private String uuidOf(String created) {
    return created.substring(created.lastIndexOf(' ') + 1);
  }

  @Test
  void aCreatedEnvironmentIsListedAndDeploymentsCanBeRecordedToIt() {
    String created =
        environments.create(
            new EnvironmentSpec(
                Optional.of("production"),
                Optional.of("Production"),
                Optional.of(true),
                Optional.of("Team Grill"),
                Optional.of("grill@example.com")),
            BrokerOutput.TEXT);
    assertThat(created).startsWith("Created production environment in the Pact Broker with UUID ");
    environments.create(named("test"), BrokerOutput.TEXT);
    String uuid = uuidOf(created);

    assertThat(environments.list(BrokerOutput.TEXT).lines())
        .containsExactly(
            "UUID                                 | NAME       | DISPLAY NAME | PRODUCTION",
            "-------------------------------------|------------|--------------|-----------",
            uuid + " | production | Production   | true",
            broker.environments().get("test") + " | test       |              | false");
    assertThat(broker.environments()).containsKeys("production", "test");
  }

  @Test
  void aSecondEnvironmentWithTheSameNameIsRefusedWithTheBrokersMessage() {
    environments.create(named("production"), BrokerOutput.TEXT);
    assertThatThrownBy(() -> environments.create(named("production"), BrokerOutput.TEXT))
        .isInstanceOf(BrokerException.class)
        .hasMessage(
            "The Pact Broker answered HTTP 400 for the creation of environment production at "
                + broker.url()
                + "/environments: name: name 'production' is already used by an existing"
                + " environment.")
        .extracting(e -> ((BrokerException) e).status())
        .isEqualTo(400);
    assertThat(broker.environments()).hasSize(1);
  }

  @Test
  void aNameWithSpacesIsRefusedAsTheBrokerDoes() {
    assertThatThrownBy(() -> environments.create(named("pre prod"), BrokerOutput.TEXT))
        .hasMessageEndingWith("/environments: name: cannot contain spaces");
  }

  @Test
  void describeShowsThePropertiesWithReadableNames() {
    String uuid =
        uuidOf(
            environments.create(
                new EnvironmentSpec(
                    Optional.of("production"),
                    Optional.of("Production"),
                    Optional.of(true),
                    Optional.empty(),
                    Optional.of("grill@example.com")),
                BrokerOutput.TEXT));
    assertThat(environments.describe(uuid, BrokerOutput.TEXT))
        .isEqualTo(
            "Uuid: "
                + uuid
                + "\nName: production\nDisplay Name: Production\nProduction: true\nContacts:\n"
                + "- Name: unknown\n  Details:\n    Email Address: grill@example.com\n"
                + "Created At: 2024-05-01T10:00:00+00:00");
  }

  @Test
  void jsonOutputIsTheBrokersResource() throws Exception {
    String uuid = uuidOf(environments.create(named("test"), BrokerOutput.TEXT));
    JsonNode json = new ObjectMapper().readTree(environments.describe(uuid, BrokerOutput.JSON));
    assertThat(json.path("name").asText()).isEqualTo("test");
    assertThat(json.path("production").asBoolean(true)).isFalse();
    assertThat(json.path("_links").path("self").path("href").asText())
        .isEqualTo(broker.url() + "/environments/" + uuid);
    JsonNode list = new ObjectMapper().readTree(environments.list(BrokerOutput.JSON));
    assertThat(list.path("_embedded").path("environments").get(0).path("uuid").asText())
        .isEqualTo(uuid);
  }

  @Test
  void anUpdateChangesWhatIsGivenAndKeepsTheRest() {
    String uuid =
        uuidOf(
            environments.create(
                new EnvironmentSpec(
                    Optional.of("prod"),
                    Optional.of("Production"),
                    Optional.of(true),
                    Optional.empty(),
                    Optional.empty()),
                BrokerOutput.TEXT));
    assertThat(
            environments.update(
                uuid,
                new EnvironmentSpec(
                    Optional.of("production"),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()),
                BrokerOutput.TEXT))
        .isEqualTo("Updated production environment in the Pact Broker");
    assertThat(environments.describe(uuid, BrokerOutput.TEXT))
        .contains("Name: production\nDisplay Name: Production\nProduction: true");
    assertThat(broker.environments()).containsOnlyKeys("production");
  }

  @Test
  void anUpdateToAnotherEnvironmentsNameIsRefused() {
    environments.create(named("production"), BrokerOutput.TEXT);
    String uuid = uuidOf(environments.create(named("test"), BrokerOutput.TEXT));
    assertThatThrownBy(() -> environments.update(uuid, named("production"), BrokerOutput.TEXT))
        .hasMessageEndingWith(
            ": name: name 'production' is already used by an existing environment.");
  }

  @Test
  void aDeletedEnvironmentIsGone() {
    String uuid = uuidOf(environments.create(named("test"), BrokerOutput.TEXT));
    assertThat(environments.delete(uuid, BrokerOutput.TEXT))
        .isEqualTo("Deleted environment test from the Pact Broker");
    assertThat(environments.list(BrokerOutput.TEXT))
        .isEqualTo("The Pact Broker has no environments (create-environment creates one)");
  }

  @Test
  void anUnknownUuidSaysHowToFindTheRightOne() {
    assertThatThrownBy(() -> environments.describe("nope", BrokerOutput.TEXT))
        .hasMessage(
            "The Pact Broker has no environment with UUID nope (HTTP 404); list-environments"
                + " shows the environments and their UUIDs");
  }
}
