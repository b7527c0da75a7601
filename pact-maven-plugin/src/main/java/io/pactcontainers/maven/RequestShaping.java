package io.pactcontainers.maven;

import io.pactcontainers.verify.HeaderCommand;
import io.pactcontainers.verify.HeaderCommandException;
import io.pactcontainers.verify.RequestFilter;
import io.pactcontainers.verify.RequestHeader;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps what the POM says about the requests the provider gets: {@code <headers>} (values or
 * commands, where they go), the short form {@code <requestHeaders>} and the user's {@code
 * <requestFilter>} class, naming the element at fault.
 */
final class RequestShaping {
  private RequestShaping() {}

  /**
   * The headers, commands run: {@code <requestHeaders>} first (every request, as always), then
   * {@code <headers>} in order.
   */
  static List<RequestHeader> headers(
      List<HeaderConfiguration> headers,
      Map<String, String> requestHeaders,
      Set<String> secretHeaderNames,
      Path projectDirectory,
      java.util.Collection<String> interpolationValues)
      throws ConfigurationException {
    List<RequestHeader> out = new ArrayList<>();
    if (requestHeaders != null) {
      for (Map.Entry<String, String> e : requestHeaders.entrySet()) {
        out.add(
            RequestHeader.of(
                    e.getKey(),
                    RequestHeader.requireCredential(
                        "<requestHeaders><" + e.getKey() + ">",
                        e.getValue() == null ? "" : e.getValue()))
                .replacing(RequestHeader.Replace.ALWAYS)
                .secret(secretHeaderNames.contains(e.getKey().toLowerCase(Locale.ROOT))));
      }
    }
    if (headers != null) {
      for (int i = 0; i < headers.size(); i++) {
        out.add(header(headers.get(i), i + 1, projectDirectory, interpolationValues));
      }
    }
    return out;
  }

  private static RequestHeader header(
      HeaderConfiguration h,
      int position,
      Path projectDirectory,
      java.util.Collection<String> interpolationValues)
      throws ConfigurationException {
    if (h == null || ProviderMapping.blank(h.name)) {
      throw new ConfigurationException(
          "<headers><header> number "
              + position
              + " has no <name>; e.g. <name>Authorization</name>");
    }
    String element = "<headers><header> " + h.name.trim();
    boolean hasValue = h.value != null;
    boolean hasCommand = !ProviderMapping.blank(h.command);
    if (hasValue == hasCommand) {
      throw new ConfigurationException(
          element
              + " needs either <value> or <command>"
              + (hasValue ? ", not both" : "")
              + "; e.g. <value>Bearer ${env.API_TOKEN}</value>");
    }
    if (h.timeout < 1) {
      throw new ConfigurationException(
          element + " <timeout> must be at least 1 second, found " + h.timeout);
    }
    RequestHeader.Replace replace = replace(h.replace, element);
    String value =
        hasValue
            ? h.value.trim()
            : HeaderCommand.run(
                h.name.trim(),
                h.command.trim(),
                interpolated(h.command, interpolationValues),
                projectDirectory,
                Duration.ofSeconds(h.timeout));
    return RequestHeader.of(
            h.name.trim(),
            RequestHeader.requireCredential(
                "<headers>[" + h.name.trim() + "]" + (hasValue ? "<value>" : "<command>'s output"),
                value))
        .replacing(replace)
        .forConsumers(
            h.consumers == null ? List.of() : h.consumers.stream().map(String::trim).toList())
        .onStateCalls(h.stateCalls)
        .secret(h.secret);
  }

  private static RequestHeader.Replace replace(String replace, String element)
      throws ConfigurationException {
    if (ProviderMapping.blank(replace)) {
      return RequestHeader.Replace.PRESENT;
    }
    try {
      return RequestHeader.Replace.valueOf(replace.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          element
              + " <replace> is "
              + replace.trim()
              + "; use present (only requests whose pact has the header) or always");
    }
  }

  /**
   * The secret values the POM gives literally (not through commands): known before anything runs,
   * so that even a configuration error cannot show them.
   */
  static List<String> literalSecrets(
      List<HeaderConfiguration> headers,
      Map<String, String> requestHeaders,
      Set<String> secretHeaderNames) {
    List<String> out = new ArrayList<>();
    if (requestHeaders != null) {
      requestHeaders.forEach(
          (name, value) -> {
            // A value still holding ${...} is an unset variable's: its error names the variable.
            if (value != null
                && !value.contains("${")
                && secretHeaderNames.contains(name.toLowerCase(Locale.ROOT))) {
              out.add(value.trim());
            }
          });
    }
    if (headers != null) {
      headers.stream()
          .filter(h -> h != null && h.secret && h.value != null && !h.value.contains("${"))
          .forEach(h -> out.add(h.value.trim()));
    }
    return out;
  }

  /**
   * What Maven may have put into a command before the plugin saw it: the values of environment
   * variables and properties ({@code ${env.TOKEN}}) that the command holds, masked where a failure
   * shows it (the command as Maven wrote it, its error output). Maven interpolates the POM before a
   * plugin runs, so the expression as written is gone; its value is not. Short values (under 6
   * characters) are left: they are not secrets and would mask ordinary words.
   */
  static io.pactcontainers.Secrets interpolated(
      String command, java.util.Collection<String> values) {
    return io.pactcontainers.Secrets.of(
        values.stream()
            .filter(v -> v != null && v.strip().length() >= 6 && command.contains(v.strip()))
            .map(String::strip)
            .distinct()
            .toList());
  }

  /** The message of a failed {@code <command>}, in POM terms. */
  static String commandFailure(HeaderCommandException e) {
    return "<headers><header> " + e.header() + " <command>: " + e.getMessage();
  }

  /**
   * An instance of the user's filter class, loaded from the project's test class path (so that
   * {@code src/test/java} holds it and the build compiles it before {@code verify}); our own types
   * come from the plugin, so that the class implements the very interface the run calls.
   */
  static RequestFilter filter(String className, List<String> testClasspath, ClassLoader plugin)
      throws ConfigurationException {
    String name = className.trim();
    String element = "<requestFilter> " + name;
    URLClassLoader loader = new URLClassLoader(urls(testClasspath), plugin);
    Class<?> type;
    try {
      type = Class.forName(name, true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new ConfigurationException(
          element
              + " is not on the project's test class path ("
              + (testClasspath.isEmpty() ? "empty" : testClasspath.get(0) + ", ...")
              + "): put it in src/test/java, run a phase that compiles it (mvn verify does), and"
              + " check the name");
    }
    if (!RequestFilter.class.isAssignableFrom(type)) {
      throw new ConfigurationException(
          element + " does not implement " + RequestFilter.class.getName());
    }
    try {
      return (RequestFilter) type.getConstructor().newInstance();
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new ConfigurationException(element + " needs a public constructor without parameters");
    } catch (InvocationTargetException e) {
      throw new ConfigurationException(
          element + " could not be created: its constructor threw " + e.getCause());
    } catch (InstantiationException e) {
      throw new ConfigurationException(element + " is abstract; name a concrete class");
    }
  }

  private static URL[] urls(List<String> classpath) throws ConfigurationException {
    List<URL> urls = new ArrayList<>();
    for (String element : classpath) {
      try {
        urls.add(new File(element).toURI().toURL());
      } catch (MalformedURLException e) {
        throw new ConfigurationException(
            "<requestFilter>: the test class path entry " + element + " is not a path");
      }
    }
    return urls.toArray(URL[]::new);
  }
}
