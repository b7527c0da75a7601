package io.pactcontainers.maven;

import io.pactcontainers.broker.DeploymentRecorder;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Tells the Pact Broker that a pacticipant version is released in an environment (a mobile app or
 * library version that stays supported next to the others, as the Broker CLI's {@code
 * record-release}); the {@code released} selectors then count it.
 */
@Mojo(name = "record-release", threadSafe = true, requiresProject = false)
public class RecordReleaseMojo extends AbstractDeploymentRecordMojo {
  @Override
  public void execute() throws MojoExecutionException {
    DeploymentRecording.record(this, DeploymentRecorder.Kind.RELEASE);
  }
}
