package io.pactcontainers.maven;

import io.pactcontainers.settings.SettingsContext;
import io.pactcontainers.settings.SettingsException;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's test classes (a {@code <requestFilter>}, {@code <reports>} and {@code
 * <messageProviders>} classes), loaded from the test class path so that {@code src/test/java} holds
 * them and the build compiles them before {@code verify}; our own types come from the plugin, so
 * that a class implements the very interface the run calls.
 */
final class TestClasses implements SettingsContext.UserClasses {
  private final GoalContext.TestClasspath classpath;
  private final ClassLoader plugin;

  TestClasses(GoalContext.TestClasspath classpath, ClassLoader plugin) {
    this.classpath = classpath;
    this.plugin = plugin;
  }

  @Override
  public ClassLoader loader() {
    List<URL> urls = new ArrayList<>();
    for (String element : elements()) {
      try {
        urls.add(new File(element).toURI().toURL());
      } catch (MalformedURLException e) {
        throw new SettingsException("The test class path entry " + element + " is not a path");
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), plugin);
  }

  @Override
  public String describe() {
    List<String> elements = elements();
    return elements.isEmpty() ? "empty" : elements.get(0) + ", ...";
  }

  private List<String> elements() {
    try {
      return classpath.get();
    } catch (ConfigurationException e) {
      throw new SettingsException(e.getMessage());
    }
  }
}
