package io.pactcontainers.maven;

import io.pactcontainers.broker.Pacticipants;
import io.pactcontainers.settings.PacticipantSettings;
import io.pactcontainers.settings.PropertyNames;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Creates a pacticipant in the Pact Broker, or sets what is given on the one it has (as the Broker
 * CLI's {@code create-or-update-pacticipant}): its main branch is what {@code mainBranch} selectors
 * and can-i-deploy's main branch read.
 */
@Mojo(name = "create-or-update-pacticipant", threadSafe = true, requiresProject = false)
public class CreateOrUpdatePacticipantMojo extends AbstractPacticipantMojo {

  /** The name shown in the Broker's UI. */
  @Parameter(property = PropertyNames.DISPLAY_NAME)
  String displayName;

  /** Its main development branch (no spaces), e.g. {@code main}. */
  @Parameter(property = PropertyNames.MAIN_BRANCH)
  String mainBranch;

  /** Its repository's URL. */
  @Parameter(property = PropertyNames.REPOSITORY_URL)
  String repositoryUrl;

  @Override
  public void execute() throws MojoExecutionException {
    SetupGoals.run(
        this,
        "Creating or updating the pacticipant",
        (broker, output) ->
            new Pacticipants(broker)
                .createOrUpdate(
                    PacticipantSettings.pacticipant(
                        new PacticipantSettings.PacticipantValues(
                            SetupGoals.pacticipant(this), displayName, mainBranch, repositoryUrl),
                        MavenNames.POM,
                        "pacticipant"),
                    output));
  }
}
