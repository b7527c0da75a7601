package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.broker.BrokerStandIn;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The environment goals against the Broker stand-in over HTTP: a Broker set up from zero, what the
 * goals say, and the Broker's refusal of a name in use as a build error.
 */
class EnvironmentGoalsTest {
  private static final String TOKEN = "env-goal-t0ken-12";
  private BrokerStandIn broker;
  private final List<String> said = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    broker = new BrokerStandIn().requireAuthorization("Bearer " + TOKEN);
  }

  @AfterEach
  void stop() {
    broker.close();
  }

  private <T extends AbstractBrokerSetupMojo> T goal(T m) {
    m.brokerUrl = broker.url().toString();
    m.brokerToken = TOKEN;
    m.output = "text";
    m.settings = new Settings();
    m.setLog(
        new SystemStreamLog() {
          @Override
          public void info(CharSequence c) {
            said.add(c.toString());
          }
        });
    return m;
  }

  private CreateEnvironmentMojo create(String name) {
    CreateEnvironmentMojo create = goal(new CreateEnvironmentMojo());
    create.environment = name;
    return create;
  }

  @Test
  void environmentsAreCreatedListedUpdatedDescribedAndDeleted() throws Exception {
    CreateEnvironmentMojo create = create("production");
    create.displayName = "Production";
    create.production = "true";
    create.execute();
    String uuid = broker.environments().get("production");
    assertThat(said)
        .containsExactly("Created production environment in the Pact Broker with UUID " + uuid);

    said.clear();
    goal(new ListEnvironmentsMojo()).execute();
    assertThat(said)
        .containsExactly(
            "UUID                                 | NAME       | DISPLAY NAME | PRODUCTION",
            "-------------------------------------|------------|--------------|-----------",
            uuid + " | production | Production   | true");

    said.clear();
    UpdateEnvironmentMojo update = goal(new UpdateEnvironmentMojo());
    update.uuid = uuid;
    update.contactName = "Team Grill";
    update.execute();
    DescribeEnvironmentMojo describe = goal(new DescribeEnvironmentMojo());
    describe.uuid = uuid;
    describe.execute();
    assertThat(said)
        .containsSubsequence(
            "Updated production environment in the Pact Broker",
            "Uuid: " + uuid,
            "Name: production",
            "Display Name: Production",
            "Production: true",
            "Contacts:",
            "- Name: Team Grill");

    said.clear();
    DeleteEnvironmentMojo delete = goal(new DeleteEnvironmentMojo());
    delete.uuid = uuid;
    delete.execute();
    assertThat(said).containsExactly("Deleted environment production from the Pact Broker");
    assertThat(broker.environments()).isEmpty();
    assertThat(String.join("\n", said)).doesNotContain(TOKEN);
  }

  @Test
  void aSecondEnvironmentWithTheSameNameIsABuildErrorWithTheBrokersMessage() throws Exception {
    create("production").execute();
    assertThatThrownBy(() -> create("production").execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "The Pact Broker answered HTTP 400 for the creation of environment production at "
                + broker.url()
                + "/environments: name: name 'production' is already used by an existing"
                + " environment.");
    assertThat(broker.environments()).hasSize(1);
  }

  @Test
  void missingOrWrongSettingsAreNamedInPomTerms() {
    assertThatThrownBy(() -> create(null).execute())
        .hasMessage("<environment> is needed; e.g. <environment>production</environment>");
    DescribeEnvironmentMojo describe = goal(new DescribeEnvironmentMojo());
    assertThatThrownBy(describe::execute)
        .hasMessage(
            "<uuid> is needed; set -Dpact.environment.uuid=3a3b3c3d-0000-4000-8000-123456789abc");
    ListEnvironmentsMojo list = goal(new ListEnvironmentsMojo());
    list.output = "yaml";
    assertThatThrownBy(list::execute)
        .hasMessage("<output> is not text or json: yaml; e.g. <output>json</output>");
    CreateEnvironmentMojo badProduction = create("production");
    badProduction.production = "yes";
    assertThatThrownBy(badProduction::execute)
        .hasMessage("<production> is not true or false: yes; e.g. <production>true</production>");
    assertThat(broker.requests()).isEmpty();
  }
}
