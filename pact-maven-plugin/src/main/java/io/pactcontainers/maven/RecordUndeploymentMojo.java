package io.pactcontainers.maven;

import io.pactcontainers.broker.EnvironmentRecords;
import io.pactcontainers.settings.PropertyNames;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Tells the Pact Broker that a pacticipant no longer runs in an environment (after it was removed
 * from it, as the Broker CLI's {@code record-undeployment}); its version then no longer counts for
 * the {@code deployed} selectors and can-i-deploy to that environment.
 */
@Mojo(name = "record-undeployment", threadSafe = true, requiresProject = false)
public class RecordUndeploymentMojo extends AbstractBrokerMojo {

  /** The environment it was removed from. */
  @Parameter(property = PropertyNames.ENVIRONMENT, required = true)
  String environment;

  /** Which instance, when one environment runs several of the application. */
  @Parameter(property = PropertyNames.APPLICATION_INSTANCE)
  String applicationInstance;

  @Override
  public void execute() throws MojoExecutionException {
    BrokerGoal goal = BrokerGoal.of(this);
    goal.call(
        "Recording the undeployment",
        () ->
            new EnvironmentRecords(goal.pactBroker())
                .recordUndeployment(
                    goal.pacticipant().trim(),
                    BrokerGoal.required(
                        environment, "<environment>", PropertyNames.ENVIRONMENT, "production"),
                    Optional.ofNullable(
                        BrokerGoal.blank(applicationInstance)
                            ? null
                            : applicationInstance.trim())));
  }
}
