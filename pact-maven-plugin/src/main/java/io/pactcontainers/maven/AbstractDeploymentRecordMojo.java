package io.pactcontainers.maven;

import io.pactcontainers.settings.PropertyNames;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters of the goals that record a version in an environment ({@code record-deployment},
 * {@code record-release}). Parameters only: {@link DeploymentRecording} reads them.
 */
abstract class AbstractDeploymentRecordMojo extends AbstractBrokerMojo {

  /** The environment it was deployed to, as created in the Broker. */
  @Parameter(property = PropertyNames.ENVIRONMENT, required = true)
  String environment;

  /**
   * For several instances of one application in one environment (one per customer, say): which one.
   */
  @Parameter(property = PropertyNames.APPLICATION_INSTANCE)
  String applicationInstance;
}
