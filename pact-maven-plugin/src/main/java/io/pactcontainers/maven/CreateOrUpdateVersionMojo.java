package io.pactcontainers.maven;

import io.pactcontainers.broker.VersionRecorder;
import io.pactcontainers.settings.PropertyNames;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Creates a pacticipant version in the Pact Broker with its branch and tags, before anything is
 * published for it (as the Broker CLI's {@code create-or-update-version}): a provider built from a
 * branch is then known there, for can-i-deploy and the {@code matchingBranch} selectors.
 */
@Mojo(name = "create-or-update-version", threadSafe = true, requiresProject = false)
public class CreateOrUpdateVersionMojo extends AbstractBrokerMojo {

  /** The branch the version belongs to. */
  @Parameter(property = PropertyNames.BRANCH)
  String branch;

  /** Tags to add (comma-separated with -D). */
  @Parameter(property = PropertyNames.TAGS)
  List<String> tags;

  @Override
  public void execute() throws MojoExecutionException {
    BrokerGoal goal = BrokerGoal.of(this);
    goal.call(
        "Creating the version",
        () ->
            new VersionRecorder(goal.pactBroker())
                .createOrUpdateVersion(
                    goal.pacticipant().trim(),
                    goal.pacticipantVersion(),
                    Optional.ofNullable(BrokerGoal.blank(branch) ? null : branch.trim()),
                    BrokerGoal.entries(tags)));
  }
}
