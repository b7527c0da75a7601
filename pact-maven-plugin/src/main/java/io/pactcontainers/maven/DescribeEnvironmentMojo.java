package io.pactcontainers.maven;

import io.pactcontainers.broker.Environments;
import io.pactcontainers.settings.PropertyNames;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Describes an environment (as the Broker CLI's {@code describe-environment}). */
@Mojo(name = "describe-environment", threadSafe = true, requiresProject = false)
public class DescribeEnvironmentMojo extends AbstractBrokerSetupMojo {

  /** The environment's UUID (list-environments shows them). */
  @Parameter(property = PropertyNames.ENVIRONMENT_UUID)
  String uuid;

  @Override
  public void execute() throws MojoExecutionException {
    SetupGoals.run(
        this,
        "Describing the environment",
        (broker, output) -> new Environments(broker).describe(SetupGoals.uuid(uuid), output));
  }
}
