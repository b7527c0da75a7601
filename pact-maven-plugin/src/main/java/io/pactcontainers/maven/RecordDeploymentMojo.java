package io.pactcontainers.maven;

import io.pactcontainers.broker.DeploymentRecorder;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Tells the Pact Broker that a pacticipant version is now deployed to an environment (after the
 * deployment, as the Broker CLI's {@code record-deployment}); the {@code deployed} selectors and
 * can-i-deploy to that environment then count it. It replaces the version deployed there before.
 */
@Mojo(name = "record-deployment", threadSafe = true, requiresProject = false)
public class RecordDeploymentMojo extends AbstractDeploymentRecordMojo {
  @Override
  public void execute() throws MojoExecutionException {
    DeploymentRecording.record(this, DeploymentRecorder.Kind.DEPLOYMENT);
  }
}
