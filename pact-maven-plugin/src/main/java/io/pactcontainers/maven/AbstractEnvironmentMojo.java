package io.pactcontainers.maven;

import io.pactcontainers.settings.BrokerGoalSettings;
import io.pactcontainers.settings.PropertyNames;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What create-environment and update-environment set, as the Pact Broker CLI's options. Parameters
 * only.
 */
abstract class AbstractEnvironmentMojo extends AbstractBrokerSetupMojo {

  /** The environment's name, as deployments and can-i-deploy use it (no spaces). */
  @Parameter(property = PropertyNames.ENVIRONMENT)
  String environment;

  /** The name shown in the Broker's UI. */
  @Parameter(property = PropertyNames.DISPLAY_NAME)
  String displayName;

  /**
   * Whether it is a production environment (informational): false when created without it, kept
   * when updated without it.
   */
  @Parameter(property = PropertyNames.PRODUCTION)
  String production;

  /** The team or person responsible for the environment. */
  @Parameter(property = PropertyNames.CONTACT_NAME)
  String contactName;

  /** Their email address. */
  @Parameter(property = PropertyNames.CONTACT_EMAIL_ADDRESS)
  String contactEmailAddress;

  /** The values as given, for the library's settings layer. */
  BrokerGoalSettings.EnvironmentValues values() {
    return new BrokerGoalSettings.EnvironmentValues(
        environment, displayName, production, contactName, contactEmailAddress);
  }
}
