package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;

/**
 * The Broker goals as plain objects: what they reject before asking the Broker anything, each in
 * POM terms, as a build error.
 */
class BrokerGoalsTest {
  /** A folder that is no git checkout: no version is found in it. */
  @org.junit.jupiter.api.io.TempDir static java.nio.file.Path notACheckout;

  private static CanIDeployMojo canIDeploy() {
    CanIDeployMojo m = new CanIDeployMojo();
    m.brokerUrl = "https://broker.example.com";
    m.pacticipant = "sous-chef";
    m.version = "1.0.0";
    m.environment = "production";
    m.settings = new Settings();
    m.basedir = notACheckout.toFile();
    return m;
  }

  @Test
  void canIDeployNeedsABrokerAndAPacticipant() {
    CanIDeployMojo m = canIDeploy();
    m.brokerUrl = " ";
    assertThatThrownBy(m::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("<brokerUrl> is needed; set -Dpact.broker.url=https://your-broker");

    m.brokerUrl = "https://broker.example.com";
    m.pacticipant = "";
    assertThatThrownBy(m::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "<pacticipant> is needed; set -Dpact.pacticipant (outside a project there is no"
                + " artifactId to take it from)");
  }

  @Test
  void canIDeployTakesOneWayToPickTheVersionAndOnePlaceToDeployTo() {
    CanIDeployMojo m = canIDeploy();
    m.latest = "true";
    m.mainBranch = true;
    assertThatThrownBy(m::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("<latest> and <mainBranch> each pick the version to deploy; keep one");

    m.latest = null;
    m.mainBranch = false;
    m.version = " ";
    assertThatThrownBy(m::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "<version> is needed: none is given, the folder is no git checkout and no CI"
                + " variable names a commit; e.g. <version>1.4.2</version>");

    m.version = "1.0.0";
    m.to = "prod";
    assertThatThrownBy(m::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "<environment> and <to> both name where to deploy; keep one (<environment> unless the"
                + " Broker only knows tags)");
  }

  @Test
  void recordingADeploymentNeedsAnEnvironmentAndAVersion() {
    RecordDeploymentMojo m = new RecordDeploymentMojo();
    m.brokerUrl = "https://broker.example.com";
    m.pacticipant = "sous-chef";
    m.settings = new Settings();
    m.basedir = notACheckout.toFile();
    m.version = "1.0.0";
    assertThatThrownBy(m::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("<environment> is needed; set -Dpact.environment=production");

    m.environment = "production";
    m.version = null;
    m.buildVersion = "1.1.0-SNAPSHOT";
    assertThatThrownBy(m::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "<version> is needed: none is given, the folder is no git checkout and no CI"
                + " variable names a commit, and the build's version 1.1.0-SNAPSHOT is a"
                + " SNAPSHOT, which names no build; e.g. <version>1.4.2</version>");
  }
}
