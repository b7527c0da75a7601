package io.pactcontainers.maven;

import io.pactcontainers.broker.BrokerException;
import io.pactcontainers.broker.DeploymentRecorder;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Tells the Pact Broker that a pacticipant version is now deployed to an environment (after the
 * deployment, as the Broker CLI's {@code record-deployment}); the {@code deployed} selectors and
 * can-i-deploy to that environment then count it. It replaces the version deployed there before.
 */
@Mojo(name = "record-deployment", threadSafe = true, requiresProject = false)
public class RecordDeploymentMojo extends AbstractBrokerMojo {

  /** The environment it was deployed to, as created in the Broker. */
  @Parameter(property = PropertyNames.ENVIRONMENT, required = true)
  String environment;

  /**
   * For several instances of one application in one environment (one per customer, say): which one.
   */
  @Parameter(property = PropertyNames.APPLICATION_INSTANCE)
  String applicationInstance;

  DeploymentRecorder.Kind kind() {
    return DeploymentRecorder.Kind.DEPLOYMENT;
  }

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Recording skipped (" + PropertyNames.SKIP + ")");
      return;
    }
    try {
      if (ProviderMapping.blank(environment)) {
        throw new ConfigurationException(
            "<environment> is needed; set -D" + PropertyNames.ENVIRONMENT + "=production");
      }
      if (ProviderMapping.blank(version)) {
        throw new ConfigurationException(
            "<version> is blank; set -D" + PropertyNames.PACTICIPANT_VERSION);
      }
      getLog()
          .info(
              new DeploymentRecorder(pactBroker())
                  .record(
                      kind(),
                      pacticipant.trim(),
                      version.trim(),
                      environment.trim(),
                      Optional.ofNullable(
                          ProviderMapping.blank(applicationInstance)
                              ? null
                              : applicationInstance.trim())));
    } catch (ConfigurationException e) {
      throw new MojoExecutionException(e.getMessage());
    } catch (BrokerException e) {
      throw brokerError(e);
    }
  }
}
