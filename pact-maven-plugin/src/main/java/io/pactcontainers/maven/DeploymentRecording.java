package io.pactcontainers.maven;

import io.pactcontainers.broker.DeploymentRecorder;
import io.pactcontainers.settings.PropertyNames;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * What {@code record-deployment} and {@code record-release} do, each with its kind: the environment
 * and version checked, the record made, its line said.
 */
final class DeploymentRecording {
  private DeploymentRecording() {}

  static void record(AbstractDeploymentRecordMojo m, DeploymentRecorder.Kind kind)
      throws MojoExecutionException {
    BrokerGoal goal = BrokerGoal.of(m);
    String environment = m.environment;
    String instance = m.applicationInstance;
    goal.call(
        "Recording",
        () -> {
          if (BrokerGoal.blank(environment)) {
            throw new ConfigurationException(
                "<environment> is needed; set -D" + PropertyNames.ENVIRONMENT + "=production");
          }
          String version = goal.pacticipantVersion();
          return new DeploymentRecorder(goal.pactBroker())
              .record(
                  kind,
                  goal.pacticipant().trim(),
                  version,
                  environment.trim(),
                  Optional.ofNullable(BrokerGoal.blank(instance) ? null : instance.trim()));
        });
  }
}
