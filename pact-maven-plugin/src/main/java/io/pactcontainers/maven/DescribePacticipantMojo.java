package io.pactcontainers.maven;

import io.pactcontainers.broker.Pacticipants;
import io.pactcontainers.settings.BrokerGoalSettings;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/** Describes a pacticipant (as the Broker CLI's {@code describe-pacticipant}). */
@Mojo(name = "describe-pacticipant", threadSafe = true, requiresProject = false)
public class DescribePacticipantMojo extends AbstractPacticipantMojo {

  @Override
  public void execute() throws MojoExecutionException {
    SetupGoals.run(
        this,
        "Describing the pacticipant",
        (broker, output) ->
            new Pacticipants(broker)
                .describe(
                    BrokerGoalSettings.required(
                        SetupGoals.pacticipant(this), MavenNames.POM, "my-service", "pacticipant"),
                    output));
  }
}
