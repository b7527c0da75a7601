package io.pactcontainers.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * What a verification's mapping takes from Maven and the machine besides the parameters: the
 * execution (its POM text, its id), the project (its folder, its test class path), settings.xml,
 * the environment and the values Maven may have interpolated, and where the mapping says what a
 * setting means. Read once from the goal; the mapping never calls the goal back.
 *
 * @param execution the execution, whose configuration holds the POM's text; null when unknown
 * @param outputFolder where this execution's logs and reports go (see {@link #outputFolder})
 * @param projectDirectory where header commands run
 * @param testClasspath the project's test class path, resolved when a user's class (a request
 *     filter, a report, a message provider) asks for it
 * @param interpolationValues the values Maven may have put into the POM: environment, -D and the
 *     project's properties
 * @param settings settings.xml
 * @param settingsDecrypter decrypts its passwords
 * @param environment the environment variables
 * @param info where a setting's meaning is said
 */
record GoalContext(
    MojoExecution execution,
    File outputFolder,
    Path projectDirectory,
    TestClasspath testClasspath,
    List<String> interpolationValues,
    Settings settings,
    SettingsDecrypter settingsDecrypter,
    Map<String, String> environment,
    Consumer<String> info) {

  /** The project's test class path, resolved only when asked. */
  @FunctionalInterface
  interface TestClasspath {
    List<String> get() throws ConfigurationException;
  }

  /** Reads a verification goal's context. */
  static GoalContext of(AbstractVerifyRunMojo m) {
    MavenProject project = m.project;
    return new GoalContext(
        m.mojoExecution,
        outputFolder(m.outputDirectory, m.mojoExecution, project),
        project == null ? Path.of("").toAbsolutePath() : project.getBasedir().toPath(),
        () -> testClasspath(project),
        interpolationValues(project),
        m.settings,
        m.settingsDecrypter,
        System.getenv(),
        m.getLog()::info);
  }

  /**
   * pact-jvm's property names given in this build (its -D properties, then the JVM's system
   * properties) where ours are not, each said in one line: overrides for the settings layer.
   */
  static Map<String, String> pactJvmAliases(
      org.apache.maven.execution.MavenSession session, org.apache.maven.plugin.logging.Log log) {
    List<java.util.Properties> given = new ArrayList<>();
    if (session != null) {
      given.add(session.getUserProperties());
    }
    given.add(System.getProperties());
    return io.pactcontainers.settings.PropertyOverrides.pactJvmAliases(given, log::info);
  }

  /**
   * pact-jvm's names a Broker goal reads, given where ours are not, each said in one line: the
   * verify goal's (the Broker, its credentials) and its can-i-deploy goal's ({@code pacticipant},
   * {@code toEnvironment}...).
   */
  static Map<String, String> pactJvmBrokerAliases(
      org.apache.maven.execution.MavenSession session, org.apache.maven.plugin.logging.Log log) {
    List<java.util.Properties> given = new ArrayList<>();
    if (session != null) {
      given.add(session.getUserProperties());
    }
    given.add(System.getProperties());
    Map<String, String> aliases =
        new java.util.LinkedHashMap<>(
            io.pactcontainers.settings.PropertyOverrides.pactJvmAliases(given, log::info));
    aliases.putAll(
        io.pactcontainers.settings.PropertyOverrides.pactJvmCanIDeployAliases(given, log::info));
    return aliases;
  }

  /**
   * The output folder: {@code <outputDirectory>}, and within the default one a folder per execution
   * when the execution has an id of its own, so that two executions in one POM never overwrite each
   * other's reports and logs.
   */
  static File outputFolder(File outputDirectory, MojoExecution execution, MavenProject project) {
    // Normalised: it is printed ("Reports in ..."), and "target/../out" reads badly.
    File output = outputDirectory.toPath().normalize().toFile();
    String id = execution == null ? null : execution.getExecutionId();
    if (id == null || id.startsWith("default") || project == null) {
      return output;
    }
    File standard = new File(project.getBuild().getDirectory(), "pact");
    if (!output.getAbsoluteFile().equals(standard.getAbsoluteFile())) {
      return output; // a folder the POM chose
    }
    String folder = id.replaceAll("[^A-Za-z0-9_.-]", "-");
    // Not the name of a folder the default execution writes itself.
    return new File(
        output,
        List.of("reports", "logs", "matrix").contains(folder) ? folder + "-execution" : folder);
  }

  private static List<String> testClasspath(MavenProject project) throws ConfigurationException {
    try {
      return project == null ? List.of() : project.getTestClasspathElements();
    } catch (DependencyResolutionRequiredException e) {
      throw new ConfigurationException(
          "The project's test class path (where <requestFilter>, <reports> and"
              + " <messageProviders> classes are) is not resolved: "
              + e.getMessage());
    }
  }

  /**
   * The values Maven may have interpolated into the POM: the environment, {@code -D} properties and
   * the project's properties.
   */
  private static List<String> interpolationValues(MavenProject project) {
    List<String> values = new ArrayList<>(System.getenv().values());
    System.getProperties().values().forEach(v -> values.add(String.valueOf(v)));
    if (project != null) {
      project.getProperties().values().forEach(v -> values.add(String.valueOf(v)));
    }
    return values;
  }
}
