package io.pactcontainers.maven;

import io.pactcontainers.broker.EnvironmentRecords;
import io.pactcontainers.settings.PropertyNames;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Tells the Pact Broker that a released version is no longer supported in an environment (as the
 * Broker CLI's {@code record-support-ended}); the {@code released} selectors then stop counting it.
 */
@Mojo(name = "record-support-ended", threadSafe = true, requiresProject = false)
public class RecordSupportEndedMojo extends AbstractBrokerMojo {

  /** The environment it was released in. */
  @Parameter(property = PropertyNames.ENVIRONMENT, required = true)
  String environment;

  @Override
  public void execute() throws MojoExecutionException {
    BrokerGoal goal = BrokerGoal.of(this);
    goal.call(
        "Recording the end of support",
        () ->
            new EnvironmentRecords(goal.pactBroker())
                .recordSupportEnded(
                    goal.pacticipant().trim(),
                    goal.pacticipantVersion(),
                    BrokerGoal.required(
                        environment, "<environment>", PropertyNames.ENVIRONMENT, "production")));
  }
}
