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
 * create-or-update-pacticipant, describe-pacticipant and describe-version against the Broker
 * stand-in over HTTP: what the goals say, and wrong settings named in POM terms before the Broker
 * is asked.
 */
class PacticipantGoalsTest {
  private static final String TOKEN = "pacticipant-goal-t0ken-7";
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

  private <T extends AbstractPacticipantMojo> T goal(T m, String pacticipant) {
    m.brokerUrl = broker.url().toString();
    m.brokerToken = TOKEN;
    m.output = "text";
    m.pacticipant = pacticipant;
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

  @Test
  void aPacticipantIsCreatedThenUpdatedAndDescribed() throws Exception {
    CreateOrUpdatePacticipantMojo create = goal(new CreateOrUpdatePacticipantMojo(), "grill-chef");
    create.mainBranch = "main";
    create.execute();
    create.displayName = "Grill Chef";
    create.mainBranch = null;
    create.execute();
    goal(new DescribePacticipantMojo(), "grill-chef").execute();

    assertThat(said)
        .containsExactly(
            "Pacticipant \"grill-chef\" created in the Pact Broker",
            "Pacticipant \"grill-chef\" updated in the Pact Broker",
            "Name: grill-chef",
            "Display Name: Grill Chef",
            "Main Branch: main",
            "Repository Url:");
    assertThat(String.join("\n", said)).doesNotContain(TOKEN);
  }

  @Test
  void describeVersionShowsTheLatestOfABranchWithItsTags() throws Exception {
    broker.publish("sous-chef", "1.0.0", "main", "grill-chef", "{}");
    broker.publish("sous-chef", "1.1.0", "feat-x", "grill-chef", "{}");
    DescribeVersionMojo describe = goal(new DescribeVersionMojo(), "sous-chef");
    describe.branch = "main";
    describe.execute();
    assertThat(said)
        .containsExactly(
            "NUMBER | BRANCHES | TAGS", "-------|----------|-----", "1.0.0  | main     |");
  }

  @Test
  void anUnknownVersionIsABuildErrorNamingIt() {
    broker.publish("sous-chef", "1.0.0", "main", "grill-chef", "{}");
    DescribeVersionMojo describe = goal(new DescribeVersionMojo(), "sous-chef");
    describe.version = "9.9.9";
    assertThatThrownBy(describe::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith(
            "The Pact Broker has no version 9.9.9 of pacticipant sous-chef (HTTP 404)");
  }

  @Test
  void wrongSettingsAreNamedInPomTermsBeforeAskingTheBroker() {
    CreateOrUpdatePacticipantMojo create = goal(new CreateOrUpdatePacticipantMojo(), "grill-chef");
    create.mainBranch = "main line";
    assertThatThrownBy(create::execute)
        .hasMessage(
            "<mainBranch> cannot contain spaces (the Broker refuses them): main line; e.g."
                + " <mainBranch>main</mainBranch>");
    DescribeVersionMojo describe = goal(new DescribeVersionMojo(), "sous-chef");
    describe.version = "1.0.0";
    describe.latest = "prod";
    assertThatThrownBy(describe::execute)
        .hasMessage(
            "<version> names one version: leave out <latest>, or leave out <version> to describe"
                + " the latest");
    assertThatThrownBy(goal(new DescribePacticipantMojo(), " ")::execute)
        .hasMessage("<pacticipant> is needed; e.g. <pacticipant>my-service</pacticipant>");
    assertThat(broker.requests()).isEmpty();
  }
}
