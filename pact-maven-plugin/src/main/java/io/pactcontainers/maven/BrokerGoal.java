package io.pactcontainers.maven;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.Secrets;
import io.pactcontainers.broker.BrokerException;
import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.settings.BrokerGoalSettings;
import io.pactcontainers.settings.BrokerSettings;
import io.pactcontainers.settings.PropertyNames;
import io.pactcontainers.settings.SettingsException;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * A Broker goal's shared parameters, read once ({@link AbstractBrokerMojo}), and what every Broker
 * goal does with them: the Broker checked and mapped, its one call made, its errors said in POM
 * terms with the Broker's credentials masked.
 */
record BrokerGoal(
    boolean skip,
    String brokerUrl,
    BrokerConfiguration broker,
    BrokerAccess access,
    String pacticipant,
    String version,
    String buildVersion,
    java.nio.file.Path directory,
    Map<String, String> aliases,
    Settings settings,
    SettingsDecrypter settingsDecrypter,
    Log log) {

  /** The Broker's credentials and retries as the build gave them as properties. */
  record BrokerAccess(String token, String username, String password, Integer retries) {}

  static BrokerGoal of(AbstractBrokerMojo m) {
    // pact-jvm's names where ours are not given, as the verify goal reads them.
    Map<String, String> aliases = GoalContext.pactJvmBrokerAliases(m.session, m.getLog());
    // Outside a project Maven's stand-in POM is "standalone-pom" version 1: no application's name.
    boolean standalone = outsideAProject(m.session);
    return new BrokerGoal(
        m.skip,
        aliases.getOrDefault(PropertyNames.BROKER_URL, m.brokerUrl),
        m.broker,
        new BrokerAccess(
            aliases.getOrDefault(PropertyNames.BROKER_TOKEN, m.brokerToken),
            aliases.getOrDefault(PropertyNames.BROKER_USERNAME, m.brokerUsername),
            aliases.getOrDefault(PropertyNames.BROKER_PASSWORD, m.brokerPassword),
            m.brokerRetries),
        aliases.getOrDefault(
            PropertyNames.PACTICIPANT,
            standalone && !given(m.session, PropertyNames.PACTICIPANT) ? null : m.pacticipant),
        aliases.getOrDefault(
            PropertyNames.PACTICIPANT_VERSION,
            standalone && !given(m.session, PropertyNames.PACTICIPANT_VERSION) ? null : m.version),
        // Maven's stand-in POM's version "1" names no build of anything.
        standalone ? null : m.buildVersion,
        m.basedir == null ? java.nio.file.Path.of("").toAbsolutePath() : m.basedir.toPath(),
        aliases,
        m.settings,
        m.settingsDecrypter,
        m.getLog());
  }

  /** A set-up or reading goal's: the Broker only, no pacticipant or version. */
  static BrokerGoal of(AbstractBrokerSetupMojo m) {
    Map<String, String> aliases = GoalContext.pactJvmBrokerAliases(m.session, m.getLog());
    return new BrokerGoal(
        m.skip,
        aliases.getOrDefault(PropertyNames.BROKER_URL, m.brokerUrl),
        m.broker,
        new BrokerAccess(
            aliases.getOrDefault(PropertyNames.BROKER_TOKEN, m.brokerToken),
            aliases.getOrDefault(PropertyNames.BROKER_USERNAME, m.brokerUsername),
            aliases.getOrDefault(PropertyNames.BROKER_PASSWORD, m.brokerPassword),
            m.brokerRetries),
        null,
        null,
        null,
        null,
        aliases,
        m.settings,
        m.settingsDecrypter,
        m.getLog());
  }

  /**
   * The pacticipant's version: the one given, else as verify publishes (the git commit or the CI's
   * variables, else the build's unless it is a SNAPSHOT), said in one line.
   */
  String pacticipantVersion() {
    return BrokerGoalSettings.pacticipantVersion(
        version, buildVersion, directory, System.getenv(), log::info, MavenNames.POM);
  }

  static boolean outsideAProject(org.apache.maven.execution.MavenSession session) {
    return session != null
        && session.getCurrentProject() != null
        && "standalone-pom".equals(session.getCurrentProject().getArtifactId())
        && "org.apache.maven".equals(session.getCurrentProject().getGroupId());
  }

  static boolean given(org.apache.maven.execution.MavenSession session, String property) {
    return session.getUserProperties().containsKey(property)
        || System.getProperties().containsKey(property);
  }

  /** A goal's parameter, or the value pact-jvm's name for it gave. */
  String value(String property, String parameter) {
    return aliases.getOrDefault(property, parameter);
  }

  /** A flag parameter, or pact-jvm's name for it. */
  boolean flag(String property, boolean parameter) {
    String v = aliases.get(property);
    return v == null ? parameter : Boolean.parseBoolean(v.trim());
  }

  /** A list parameter, or pact-jvm's name for it (comma-separated). */
  List<String> list(String property, List<String> parameter) {
    String v = aliases.get(property);
    return v == null ? parameter : List.of(v.split(","));
  }

  /** A number parameter, or pact-jvm's name for it. */
  int number(String property, int parameter) throws ConfigurationException {
    String v = aliases.get(property);
    if (v == null) {
      return parameter;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new ConfigurationException("-D" + property + " is not a whole number: " + v);
    }
  }

  PactBroker pactBroker() throws ConfigurationException {
    if (blank(pacticipant)) {
      if (blank(brokerUrl)) {
        throw new ConfigurationException(
            "<brokerUrl> is needed; set -D" + PropertyNames.BROKER_URL + "=https://your-broker");
      }
      throw new ConfigurationException(
          "<pacticipant> is needed; set -D"
              + PropertyNames.PACTICIPANT
              + " (outside a project there is no artifactId to take it from)");
    }
    return brokerOnly();
  }

  /** The Broker, for a goal that names no pacticipant (the environments). */
  PactBroker brokerOnly() throws ConfigurationException {
    if (blank(brokerUrl)) {
      throw new ConfigurationException(
          "<brokerUrl> is needed; set -D" + PropertyNames.BROKER_URL + "=https://your-broker");
    }
    try {
      return new BrokerSettings(
              MavenNames.POM, new SettingsXmlServers(settings, settingsDecrypter), System.getenv())
          .withCredentials(broker, access.token(), access.username(), access.password())
          .goalBroker(brokerUrl, broker, access.retries());
    } catch (SettingsException e) {
      throw new ConfigurationException(e.getMessage());
    }
  }

  /** One call to the Broker that a goal makes, answering the line to show. */
  @FunctionalInterface
  interface BrokerCall {
    String call() throws ConfigurationException;
  }

  /**
   * Runs a goal's one call to the Broker: skipped when asked, its line said, a configuration or
   * Broker error turned into one build error message in POM terms.
   */
  void call(String what, BrokerCall call) throws MojoExecutionException {
    if (skip) {
      log.info(what + " skipped (" + PropertyNames.SKIP + ")");
      return;
    }
    try {
      // A table or JSON: a line of the log each, as the Broker CLI prints them.
      brokerSecrets().mask(call.call()).lines().forEach(log::info);
    } catch (ConfigurationException | SettingsException e) {
      throw new MojoExecutionException(e.getMessage());
    } catch (BrokerException e) {
      throw error(e);
    }
  }

  /**
   * The Broker's error in Maven's words, the Broker's credentials masked in the message and in the
   * causes it chains: a Broker or a gateway that echoes the token puts it into the body that
   * Jackson quotes, and {@code -e} prints every cause.
   */
  MojoExecutionException error(PactContainersException e) {
    Secrets secrets = brokerSecrets();
    String message =
        e instanceof BrokerException b ? BrokerSettings.message(b, MavenNames.POM) : e.getMessage();
    return new MojoExecutionException(secrets.mask(message), secrets.masked(e));
  }

  /** The Broker's credentials as secrets; none when there are none (or they cannot be read). */
  private Secrets brokerSecrets() {
    try {
      return Secrets.of(brokerOnly().secrets());
    } catch (ConfigurationException | RuntimeException e) {
      return Secrets.none(); // the error being reported says what is wrong
    }
  }

  /** A required string parameter, trimmed; blank is a configuration error naming its property. */
  static String required(String value, String element, String property, String example)
      throws ConfigurationException {
    if (blank(value)) {
      throw new ConfigurationException(
          element + " is needed; set -D" + property + (example.isEmpty() ? "" : "=" + example));
    }
    return value.trim();
  }

  /** Whether a parameter is left out or blank. */
  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** The non-blank entries of a list parameter, trimmed. */
  static List<String> entries(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().filter(v -> !blank(v)).map(String::trim).toList();
  }
}
