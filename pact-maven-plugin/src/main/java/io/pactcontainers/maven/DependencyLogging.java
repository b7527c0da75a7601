package io.pactcontainers.maven;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Optional;
import org.apache.maven.plugin.logging.Log;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Where Testcontainers' and docker-java's own logging goes: everything to {@code
 * target/pact/logs/testcontainers.log}, WARN and above also to Maven's console, and everything to
 * the console with {@code -X}. Their INFO lines ("Checking the system...", the Docker version, the
 * auth-config lookup) are about the machinery, not about the pact, and used to fill a first run's
 * console before anything about the pact.
 *
 * <p>The plugin jar carries its own copy of SLF4J, relocated by the shade plugin, so that this
 * provider binds only the plugin's dependencies and never Maven's own logging. Written by hand: no
 * logging backend writes to a Maven {@link Log}, and a backend (Logback, say) would add ~1 MB and
 * its start-up to every run.
 */
public final class DependencyLogging implements SLF4JServiceProvider {
  private static volatile Sink sink = Sink.NONE;

  /** Routes the dependencies' logging to Maven's log and to {@code file} until {@link #stop()}. */
  static void routeTo(Log log, Path file) {
    routeTo(log, file, io.pactcontainers.Secrets.none());
  }

  /**
   * Routes as {@link #routeTo(Log, Path)} does, the secrets masked in the file as each line is
   * written (a run killed with SIGKILL leaves none on disk); the console is the caller's masked
   * log.
   */
  static void routeTo(Log log, Path file, io.pactcontainers.Secrets secrets) {
    Writer writer = null;
    try {
      Files.createDirectories(file.getParent());
      writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      log.debug(
          "Cannot write "
              + file
              + ": "
              + e.getMessage()
              + "; Testcontainers' INFO lines are dropped");
    }
    sink = new Sink(Optional.of(log), Optional.ofNullable(writer), secrets);
  }

  static void stop() {
    Sink old = sink;
    sink = Sink.NONE;
    old.close();
  }

  private final ILoggerFactory factory = RoutedLogger::new;
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  private record Sink(
      Optional<Log> console, Optional<Writer> file, io.pactcontainers.Secrets secrets) {
    static final Sink NONE =
        new Sink(Optional.empty(), Optional.empty(), io.pactcontainers.Secrets.none());

    boolean debug() {
      return console.map(Log::isDebugEnabled).orElse(false);
    }

    /**
     * Whether a WARN or ERROR of a dependency belongs on the console too. Two do not: Ryuk's
     * "disabled" warning (the verifier removes what it starts itself and sweeps what a killed run
     * left, which is why our scripts disable Ryuk where it cannot be pulled: the warning would only
     * alarm), and docker-java's "Error during callback" for an error the engine answered (a pull
     * refused, an image not found): the same error comes back to the verifier as the command's
     * failure, which the build error then says in the POM's words, so the console would say it
     * twice.
     */
    static boolean consoleWorthy(Level level, String name, String message, Throwable error) {
      if (level == Level.WARN && message.contains("Ryuk has been disabled")) {
        return false;
      }
      return !(name.endsWith(".ResultCallbackTemplate")
          && message.startsWith("Error during callback")
          && answeredByTheEngine(error));
    }

    private static boolean answeredByTheEngine(Throwable error) {
      for (Class<?> c = error == null ? null : error.getClass(); c != null; c = c.getSuperclass()) {
        // By name: the plugin does not compile against docker-java, the library does.
        if (c.getName().equals("com.github.dockerjava.api.exception.DockerException")) {
          return true;
        }
      }
      return false;
    }

    synchronized void write(Level given, String name, String message, Throwable error) {
      // The file keeps the level given; on the console, what is not worth it there counts as INFO.
      Level level = consoleWorthy(given, name, message, error) ? given : Level.INFO;
      file.ifPresent(
          w -> {
            try {
              w.write(
                  secrets.mask(LocalTime.now() + " " + given + " " + name + " - " + message)
                      + "\n");
              if (error != null) {
                StringWriter trace = new StringWriter();
                error.printStackTrace(new PrintWriter(trace));
                w.write(secrets.mask(trace.toString()));
              }
              w.flush();
            } catch (IOException e) {
              // The file is an aid; the console still gets what matters.
            }
          });
      console.ifPresent(
          log -> {
            boolean debug = log.isDebugEnabled();
            // The exception's message for a warning; its trace only with -X, as for Maven's own
            // errors.
            String text = message + (error != null && !debug ? ": " + error : "");
            Throwable trace = debug ? error : null;
            switch (level) {
              case ERROR -> log.error(text, trace);
              case WARN -> log.warn(text, trace);
              default -> {
                if (debug) {
                  log.debug(name + " - " + text, trace);
                }
              }
            }
          });
    }

    synchronized void close() {
      file.ifPresent(
          w -> {
            try {
              w.close();
            } catch (IOException e) {
              // Nothing more to write to it.
            }
          });
    }
  }

  private static final class RoutedLogger extends AbstractLogger {
    private static final long serialVersionUID = 1L;

    RoutedLogger(String name) {
      this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
      return false;
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
      return false;
    }

    @Override
    public boolean isDebugEnabled() {
      return sink.debug();
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
      return isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
      return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
      sink.write(level, name, MessageFormatter.basicArrayFormat(pattern, arguments), throwable);
    }
  }
}
