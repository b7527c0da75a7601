package io.pactcontainers.junit5.subjects;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.pactcontainers.junit5.ProviderContainer;
import java.lang.reflect.Field;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.testcontainers.containers.GenericContainer;

/**
 * Runs one subject class on the JUnit Platform of this JVM's class path, in a JVM of its own, and
 * says what the forking test checks: the Jupiter version that ran, the counts, and whether the
 * subject's container still runs once JUnit has closed the class.
 */
public final class ForkedLauncher {
  private ForkedLauncher() {}

  /**
   * Runs the class.
   *
   * @param args the subject class's name
   * @throws Exception when the class cannot be read
   */
  public static void main(String[] args) throws Exception {
    Class<?> subject = Class.forName(args[0]);
    System.out.println(
        "jupiter "
            + Class.forName("org.junit.jupiter.engine.JupiterTestEngine")
                .getPackage()
                .getImplementationVersion());
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(subject)).build(), summary);
    TestExecutionSummary s = summary.getSummary();
    System.out.println(
        "tests started "
            + s.getTestsStartedCount()
            + ", succeeded "
            + s.getTestsSucceededCount()
            + ", failed "
            + (s.getTestsFailedCount() + s.getContainersFailedCount()));
    s.getFailures().forEach(f -> System.out.println("failure " + f.getException()));
    for (Class<?> c = subject; c != null; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.isAnnotationPresent(ProviderContainer.class)) {
          f.setAccessible(true);
          GenericContainer<?> container = (GenericContainer<?>) f.get(null);
          System.out.println("container running after the class: " + container.isRunning());
        }
      }
    }
  }
}
