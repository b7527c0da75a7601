package io.pactcontainers.maven;

import io.pactcontainers.broker.VersionRecorder;
import io.pactcontainers.settings.PropertyNames;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Tags a pacticipant version in the Pact Broker (as the Broker CLI's {@code create-version-tag}):
 * the older way to mark what is deployed where, still read by the {@code tag} selectors.
 */
@Mojo(name = "create-version-tag", threadSafe = true, requiresProject = false)
public class CreateVersionTagMojo extends AbstractBrokerMojo {

  /** The tags (comma-separated with -D). */
  @Parameter(property = PropertyNames.TAGS, required = true)
  List<String> tags;

  /** Creates the version when the Broker does not have it; otherwise that is an error. */
  @Parameter(property = PropertyNames.AUTO_CREATE_VERSION, defaultValue = "false")
  boolean autoCreateVersion;

  @Override
  public void execute() throws MojoExecutionException {
    BrokerGoal goal = BrokerGoal.of(this);
    goal.call(
        "Tagging",
        () -> {
          if (BrokerGoal.entries(tags).isEmpty()) {
            throw new ConfigurationException(
                "<tags> is needed; set -D" + PropertyNames.TAGS + "=prod");
          }
          return new VersionRecorder(goal.pactBroker())
              .createVersionTag(
                  goal.pacticipant().trim(),
                  goal.pacticipantVersion(),
                  BrokerGoal.entries(tags),
                  autoCreateVersion);
        });
  }
}
