package io.pactcontainers.settings;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the settings layer needs from the front end and the machine besides the settings: where
 * commands run and files go, the environment (the front end reads it; the library never does), the
 * credentials the front end keeps, the class path of the user's classes, and where a setting's
 * meaning is said.
 *
 * @param projectDirectory where header commands run
 * @param outputFolder where logs and reports go (the previous run's report, for {@code lastFailed})
 * @param environment the environment variables
 * @param info where a setting's meaning is said, in one line
 * @param servers the credentials the front end keeps by server id
 * @param classes the user's classes (request filters)
 * @param interpolated the values the front end may have put into the settings before we saw them (a
 *     POM's {@code ${env.TOKEN}}), masked where a command's failure would show them
 * @param implementationVersion this verifier's name and version, recorded with published results
 */
public record SettingsContext(
    Path projectDirectory,
    Path outputFolder,
    Map<String, String> environment,
    Consumer<String> info,
    ServerCredentials servers,
    UserClasses classes,
    List<String> interpolated,
    String implementationVersion) {

  /**
   * Checks that nothing is null.
   *
   * @param projectDirectory where header commands run
   * @param outputFolder where logs and reports go
   * @param environment the environment variables
   * @param info where a setting's meaning is said
   * @param servers the credentials the front end keeps by server id
   * @param classes the user's classes
   * @param interpolated values the front end may have put into the settings
   * @param implementationVersion this verifier's name and version
   */
  public SettingsContext {
    requireNonNull(projectDirectory, "projectDirectory");
    requireNonNull(outputFolder, "outputFolder");
    environment = Map.copyOf(environment);
    requireNonNull(info, "info");
    requireNonNull(servers, "servers");
    requireNonNull(classes, "classes");
    interpolated = List.copyOf(interpolated);
    requireNonNull(implementationVersion, "implementationVersion");
  }

  /** The user's classes: the project's test class path, resolved only when asked. */
  public interface UserClasses {
    /**
     * The class loader of the user's classes, the library's own types from the library's.
     *
     * @return the loader
     * @throws SettingsException when the class path cannot be had
     */
    ClassLoader loader();

    /**
     * The class path, in short, for a message ({@code target/test-classes, ...}).
     *
     * @return a description
     */
    String describe();
  }

  /**
   * The classes of one loader (a test class's own, in the JUnit 5 front end).
   *
   * @param loader the loader
   * @return the classes
   */
  public static UserClasses classesOf(ClassLoader loader) {
    return new UserClasses() {
      @Override
      public ClassLoader loader() {
        return loader;
      }

      @Override
      public String describe() {
        return "the test's class path";
      }
    };
  }
}
