package io.pactcontainers.maven;

import io.pactcontainers.broker.Environments;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/** Lists the Broker's environments with their UUIDs (as the Broker CLI's list-environments). */
@Mojo(name = "list-environments", threadSafe = true, requiresProject = false)
public class ListEnvironmentsMojo extends AbstractBrokerSetupMojo {
  @Override
  public void execute() throws MojoExecutionException {
    SetupGoals.run(
        this,
        "Listing the environments",
        (broker, output) -> new Environments(broker).list(output));
  }
}
