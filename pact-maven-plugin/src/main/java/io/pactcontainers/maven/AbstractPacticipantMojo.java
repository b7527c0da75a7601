package io.pactcontainers.maven;

import io.pactcontainers.settings.PropertyNames;
import org.apache.maven.plugins.annotations.Parameter;

/** What the pacticipant goals share: the application as the Broker names it. Parameters only. */
abstract class AbstractPacticipantMojo extends AbstractBrokerSetupMojo {

  /** The application (pacticipant) as the Broker names it; the project's artifactId by default. */
  @Parameter(property = PropertyNames.PACTICIPANT, defaultValue = "${project.artifactId}")
  String pacticipant;
}
