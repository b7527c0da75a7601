package io.pactcontainers.maven;

import io.pactcontainers.broker.BrokerOutput;
import io.pactcontainers.broker.Environments;
import io.pactcontainers.settings.BrokerGoalSettings;
import io.pactcontainers.settings.PropertyNames;

/**
 * The environment goals' one shared step: the Broker and the output mapped by the library's
 * settings layer, the library's {@link Environments} handed to the goal's call.
 */
final class EnvironmentGoals {
  private EnvironmentGoals() {}

  /** One call of {@link Environments}, with the output asked for. */
  @FunctionalInterface
  interface Call {
    String call(Environments environments, BrokerOutput output) throws ConfigurationException;
  }

  static void run(AbstractBrokerSetupMojo mojo, String what, Call call)
      throws org.apache.maven.plugin.MojoExecutionException {
    BrokerGoal goal = BrokerGoal.of(mojo);
    goal.call(
        what,
        () ->
            call.call(
                new Environments(goal.brokerOnly()),
                BrokerGoalSettings.output(mojo.output, MavenNames.POM)));
  }

  /** The environment's UUID, required. */
  static String uuid(String uuid) throws ConfigurationException {
    return BrokerGoal.required(
        uuid, "<uuid>", PropertyNames.ENVIRONMENT_UUID, "3a3b3c3d-0000-4000-8000-123456789abc");
  }
}
