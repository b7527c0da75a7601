package io.pactcontainers.maven;

import io.pactcontainers.broker.BrokerOutput;
import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.settings.BrokerGoalSettings;
import io.pactcontainers.settings.PropertyNames;

/**
 * The set-up and reading goals' one shared step (environments, pacticipants, versions): the Broker
 * and the output mapped by the library's settings layer, handed to the goal's one call of the
 * library's {@code broker} package.
 */
final class SetupGoals {
  private SetupGoals() {}

  /** One call of the library's {@code broker} package, with the output asked for. */
  @FunctionalInterface
  interface Call {
    String call(PactBroker broker, BrokerOutput output) throws ConfigurationException;
  }

  static void run(AbstractBrokerSetupMojo mojo, String what, Call call)
      throws org.apache.maven.plugin.MojoExecutionException {
    BrokerGoal goal = BrokerGoal.of(mojo);
    goal.call(
        what,
        () -> call.call(goal.brokerOnly(), BrokerGoalSettings.output(mojo.output, MavenNames.POM)));
  }

  /** The environment's UUID, required. */
  static String uuid(String uuid) throws ConfigurationException {
    return BrokerGoal.required(
        uuid, "<uuid>", PropertyNames.ENVIRONMENT_UUID, "3a3b3c3d-0000-4000-8000-123456789abc");
  }

  /**
   * The pacticipant a pacticipant goal names: the one given, else the project's artifactId; none
   * outside a project (Maven's stand-in POM is no application).
   */
  static String pacticipant(AbstractPacticipantMojo mojo) {
    return BrokerGoal.outsideAProject(mojo.session)
            && !BrokerGoal.given(mojo.session, PropertyNames.PACTICIPANT)
        ? null
        : mojo.pacticipant;
  }
}
