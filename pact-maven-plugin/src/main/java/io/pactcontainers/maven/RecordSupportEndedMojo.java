package io.pactcontainers.maven;

import io.pactcontainers.broker.EnvironmentRecords;
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
    callBroker(
        "Recording the end of support",
        () ->
            new EnvironmentRecords(pactBroker())
                .recordSupportEnded(
                    pacticipant.trim(),
                    required(version, "<version>", PropertyNames.PACTICIPANT_VERSION, ""),
                    required(
                        environment, "<environment>", PropertyNames.ENVIRONMENT, "production")));
  }
}
