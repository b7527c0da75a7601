package io.pactcontainers.maven;

import io.pactcontainers.broker.Environments;
import io.pactcontainers.settings.BrokerGoalSettings;
import io.pactcontainers.settings.PropertyNames;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Changes an environment (as the Broker CLI's {@code update-environment}): what is given replaces
 * the environment's own, the rest is kept.
 */
@Mojo(name = "update-environment", threadSafe = true, requiresProject = false)
public class UpdateEnvironmentMojo extends AbstractEnvironmentMojo {

  /** The environment's UUID (list-environments shows them). */
  @Parameter(property = PropertyNames.ENVIRONMENT_UUID)
  String uuid;

  @Override
  public void execute() throws MojoExecutionException {
    SetupGoals.run(
        this,
        "Updating the environment",
        (broker, output) ->
            new Environments(broker)
                .update(
                    SetupGoals.uuid(uuid),
                    BrokerGoalSettings.environment(values(), false, MavenNames.POM, "environment"),
                    output));
  }
}
