package io.pactcontainers.maven;

import io.pactcontainers.broker.BrokerConfig;
import io.pactcontainers.broker.BrokerException;
import io.pactcontainers.broker.CanIDeploy;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Asks the Pact Broker whether a pacticipant version can be deployed to an environment, prints the
 * matrix, and fails the build when the answer is no.
 */
@Mojo(name = "can-i-deploy", threadSafe = true, requiresProject = false)
public class CanIDeployMojo extends AbstractMojo {

  /** Skips the check. */
  @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
  boolean skip;

  /** The Pact Broker. */
  @Parameter(property = PropertyNames.BROKER_URL, required = true)
  String brokerUrl;

  /** Broker credentials and CA: see {@link BrokerConfiguration}. */
  @Parameter
  BrokerConfiguration broker;

  /** The application to deploy. */
  @Parameter(property = PropertyNames.PACTICIPANT, defaultValue = "${project.artifactId}")
  String pacticipant;

  /** Its version. */
  @Parameter(property = PropertyNames.PACTICIPANT_VERSION, defaultValue = "${project.version}")
  String version;

  /** The environment to deploy to, e.g. {@code production}. */
  @Parameter(property = PropertyNames.ENVIRONMENT, required = true)
  String environment;

  /** How often to ask again while verification results are still missing. */
  @Parameter(property = PropertyNames.RETRIES_WHEN_UNKNOWN, defaultValue = "0")
  int retriesWhenUnknown;

  /** Seconds between those retries. */
  @Parameter(property = PropertyNames.RETRY_INTERVAL, defaultValue = "10")
  int retryInterval;

  @Parameter(defaultValue = "${settings}", readonly = true)
  Settings settings;

  @Component
  SettingsDecrypter settingsDecrypter;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("can-i-deploy skipped (" + PropertyNames.SKIP + ")");
      return;
    }
    BrokerConfig config;
    try {
      config = BrokerSettings.config(brokerUrl, broker, null, null, false, null, settings, settingsDecrypter, System.getenv());
    } catch (ConfigurationException e) {
      throw new MojoExecutionException(e.getMessage());
    }
    CanIDeploy.Answer answer;
    int attempt = 0;
    try {
      while (true) {
        answer = new CanIDeploy(config).ask(pacticipant, version, environment);
        if (answer.deployable() != null || attempt++ >= retriesWhenUnknown) {
          break;
        }
        getLog().info("Verification results are not all in yet; asking again in " + retryInterval + " s ("
            + attempt + "/" + retriesWhenUnknown + ")");
        Thread.sleep(retryInterval * 1000L);
      }
    } catch (BrokerException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("Interrupted while waiting for the Broker", e);
    }
    getLog().info(String.format("%-24s %-14s %-24s %-14s %s", "CONSUMER", "C.VERSION", "PROVIDER", "P.VERSION", "VERIFIED"));
    for (CanIDeploy.Row r : answer.matrix()) {
      getLog().info(String.format("%-24s %-14s %-24s %-14s %s", r.consumer(), r.consumerVersion(), r.provider(),
          r.providerVersion(), r.verification()));
    }
    String what = pacticipant + " " + version + " to " + environment;
    if (Boolean.TRUE.equals(answer.deployable())) {
      getLog().info("Computer says yes \\o/ : " + what + ". " + answer.reason());
      return;
    }
    throw new MojoFailureException("Computer says no: " + what + " is " + (answer.deployable() == null ? "not known to be safe"
        : "not safe") + ": " + answer.reason() + (retriesWhenUnknown == 0 && answer.deployable() == null
        ? "; set -D" + PropertyNames.RETRIES_WHEN_UNKNOWN + " to wait for pending results" : ""));
  }

}
