package io.pactcontainers.maven;

import io.pactcontainers.broker.Environments;
import io.pactcontainers.settings.BrokerGoalSettings;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Creates an environment in the Pact Broker (as the Broker CLI's {@code create-environment}), to
 * record deployments and releases to and to ask can-i-deploy about. The Broker refuses a name
 * another environment has.
 */
@Mojo(name = "create-environment", threadSafe = true, requiresProject = false)
public class CreateEnvironmentMojo extends AbstractEnvironmentMojo {
  @Override
  public void execute() throws MojoExecutionException {
    SetupGoals.run(
        this,
        "Creating the environment",
        (broker, output) ->
            new Environments(broker)
                .create(
                    BrokerGoalSettings.environment(values(), true, MavenNames.POM, "environment"),
                    output));
  }
}
