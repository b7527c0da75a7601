package io.pactcontainers.maven;

import io.pactcontainers.broker.Pacticipants;
import io.pactcontainers.settings.BrokerGoalSettings;
import io.pactcontainers.settings.PacticipantSettings;
import io.pactcontainers.settings.PropertyNames;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Describes a version of a pacticipant, its branches and tags (as the Broker CLI's {@code
 * describe-version}): the one named, the latest, the latest with a tag, or the latest of a branch.
 */
@Mojo(name = "describe-version", threadSafe = true, requiresProject = false)
public class DescribeVersionMojo extends AbstractPacticipantMojo {

  /** The version number; none: the latest. */
  @Parameter(property = PropertyNames.PACTICIPANT_VERSION)
  String version;

  /** {@code true}, or a tag: the latest version with it (the Broker CLI's {@code --latest}). */
  @Parameter(property = PropertyNames.LATEST)
  String latest;

  /** The latest version of this branch. */
  @Parameter(property = PropertyNames.BRANCH)
  String branch;

  @Override
  public void execute() throws MojoExecutionException {
    SetupGoals.run(
        this,
        "Describing the version",
        (broker, output) ->
            new Pacticipants(broker)
                .describeVersion(
                    BrokerGoalSettings.required(
                        SetupGoals.pacticipant(this), MavenNames.POM, "my-service", "pacticipant"),
                    PacticipantSettings.versionQuery(version, latest, branch, MavenNames.POM),
                    output));
  }
}
