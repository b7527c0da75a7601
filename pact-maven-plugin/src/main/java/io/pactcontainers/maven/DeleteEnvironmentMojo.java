package io.pactcontainers.maven;

import io.pactcontainers.broker.Environments;
import io.pactcontainers.settings.PropertyNames;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Deletes an environment (as the Broker CLI's {@code delete-environment}). */
@Mojo(name = "delete-environment", threadSafe = true, requiresProject = false)
public class DeleteEnvironmentMojo extends AbstractBrokerSetupMojo {

  /** The environment's UUID (list-environments shows them). */
  @Parameter(property = PropertyNames.ENVIRONMENT_UUID)
  String uuid;

  @Override
  public void execute() throws MojoExecutionException {
    SetupGoals.run(
        this,
        "Deleting the environment",
        (broker, output) -> new Environments(broker).delete(SetupGoals.uuid(uuid), output));
  }
}
