package io.pactcontainers.cli;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.Secrets;
import io.pactcontainers.Timeline;
import io.pactcontainers.report.ConsoleReport;
import io.pactcontainers.report.ReportSet;
import io.pactcontainers.settings.MappedSettings;
import io.pactcontainers.settings.PropertyNames;
import io.pactcontainers.settings.PropertyOverrides;
import io.pactcontainers.settings.RawSettings;
import io.pactcontainers.settings.ServerCredentials;
import io.pactcontainers.settings.SettingsContext;
import io.pactcontainers.settings.SettingsException;
import io.pactcontainers.settings.VerificationSettings;
import io.pactcontainers.verify.Reproduction;
import io.pactcontainers.verify.VerificationResult;
import io.pactcontainers.verify.Verifier;
import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ParseResult;

/**
 * {@code verify}: the options, the environment and the {@code --config} file read into the
 * library's raw settings, mapped by its settings layer, run on its batch path ({@link Verifier}),
 * the reports written by it, the outcome an exit status. Nothing else: every rule is the library's.
 */
final class VerifyCommand {
  /** The pact sources: without any, this front end reads ./pacts (the plugin's default too). */
  private static final List<String> PACT_SOURCES =
      List.of("pactFiles", "pactDirectories", "pactUrls", "brokerUrl", "pactDirectory");

  private final ParseResult parsed;
  private final Map<String, String> environment;
  private final PrintStream out;
  private final PrintStream err;
  private final String version;

  VerifyCommand(
      ParseResult parsed,
      Map<String, String> environment,
      PrintStream out,
      PrintStream err,
      String version) {
    this.parsed = parsed;
    this.environment = Map.copyOf(environment);
    this.out = out;
    this.err = err;
    this.version = version;
  }

  /** Verifies; the exit status. */
  int run() {
    Timeline timeline = null;
    CliRawSettings raw = null;
    Secrets secrets = Secrets.none();
    Outcome outcome;
    try {
      raw = raw();
      timeline = raw.timings() ? Timeline.start() : null;
      if (timeline != null) {
        processStartNanos()
            .ifPresent(
                start ->
                    Timeline.phase(
                        "process started (in a container, when Docker created it): the JVM, the"
                            + " command line read",
                        start));
      }
      secrets = Secrets.of(literalSecrets(raw));
      if (parsed.hasMatchedOption(Commands.VERBOSE)) {
        Verbose.print(raw.layers(), secrets, out);
      }
      MappedSettings mapped = VerificationSettings.map(stateFilter(raw), context(raw));
      secrets = secrets.and(mapped.secrets());
      outcome = verify(raw, mapped, secrets);
    } catch (SettingsException e) {
      outcome = fail(Outcome.error(e.getMessage()), e, secrets);
    } catch (PactContainersException e) {
      // The settings are read by then (reading them fails only with a SettingsException).
      outcome =
          fail(
              raw == null ? Outcome.error(e.getMessage()) : Outcome.of(e, (CliNames) raw.names()),
              e,
              secrets);
    } catch (RuntimeException e) {
      // Not one of the library's errors: a bug. Said in one line, its trace when asked.
      outcome =
          fail(
              Outcome.error(
                  "unexpected "
                      + e
                      + "; this is a bug of "
                      + Commands.NAME
                      + ": run again with "
                      + Commands.STACKTRACE
                      + " and report it"),
              e,
              secrets);
    } finally {
      if (timeline != null) {
        out.println("Timings (--timings), from the command's start:");
        Timeline.lines(timeline.stop()).forEach(l -> out.println("  " + l));
      }
    }
    if (!outcome.message().isEmpty()) {
      err.println(
          (outcome.status() == Commands.BROKEN ? "" : "ERROR: ") + secrets.mask(outcome.message()));
    }
    return outcome.status();
  }

  /**
   * When this process started, on {@link System#nanoTime()}'s clock, so that {@code --timings} also
   * says what came before the command: the JVM's start and the reading of the command line. From
   * Linux's {@code /proc} (the start in clock ticks since boot, and the time since boot, both to 10
   * ms): {@code ProcessHandle}'s start instant is only exact to the second. Elsewhere, not said.
   */
  private static java.util.OptionalLong processStartNanos() {
    long now = System.nanoTime();
    try {
      String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
      // Field 22, starttime; the fields after the command's name, which may hold spaces, from 3.
      long ticks = Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[19]);
      String uptime = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/uptime"));
      double ageSeconds = Double.parseDouble(uptime.split(" ")[0]) - ticks / 100.0;
      return java.util.OptionalLong.of(now - (long) (ageSeconds * 1e9));
    } catch (java.io.IOException | RuntimeException e) {
      return java.util.OptionalLong.empty();
    }
  }

  /** The settings from the four sources, as the library's raw view. */
  CliRawSettings raw() {
    return new CliRawSettings(layers());
  }

  /**
   * The settings, an empty state filter read as the plugin's empty {@code
   * -Dpact.filter.providerState} is: the library's rule, the interactions without a state.
   */
  private static RawSettings stateFilter(CliRawSettings raw) {
    return PropertyOverrides.of(raw, stateFilterOverride(raw));
  }

  /** The empty state filter as the plugin's property gives it; none when not given empty. */
  static Map<String, String> stateFilterOverride(CliRawSettings raw) {
    return raw.providerStateEmpty() ? Map.of(PropertyNames.FILTER_PROVIDER_STATE, "") : Map.of();
  }

  /** The values given literally that are secrets: masked even in a configuration error. */
  static List<String> literalSecrets(CliRawSettings raw) {
    List<String> values = new ArrayList<>(VerificationSettings.literalSecrets(raw));
    Optional.ofNullable(raw.brokerToken()).ifPresent(values::add);
    Optional.ofNullable(raw.brokerPassword()).ifPresent(values::add);
    return values;
  }

  private Outcome fail(Outcome outcome, Exception e, Secrets secrets) {
    if (parsed.hasMatchedOption(Commands.STACKTRACE)) {
      secrets.masked(e).printStackTrace(err);
    }
    return outcome;
  }

  /** Runs, writing the reports inside the run (a Ctrl-C still leaves those of what ran). */
  private Outcome verify(CliRawSettings raw, MappedSettings mapped, Secrets secrets) {
    ReportSet reports = mapped.reports();
    Path output = mapped.config().outputDirectory();
    File reportsFolder =
        VerificationSettings.reportsFolder(raw, Path.of("").toAbsolutePath(), output).toFile();
    List<String> notWritten = new ArrayList<>();
    ConsoleReport console =
        new ConsoleReport(
            picocli.CommandLine.Help.Ansi.AUTO.enabled(),
            raw.showFullDiff(),
            Reproduction.of(mapped.config()));
    CliNames names = (CliNames) raw.names();
    VerificationResult result;
    try {
      result =
          new Verifier()
              .verify(
                  mapped.config(),
                  new ConsoleListener(out, console, names),
                  r ->
                      notWritten.addAll(
                          reports.write(
                              r,
                              reportsFolder.toPath(),
                              environment,
                              secrets,
                              out::println,
                              line -> out.println("ERROR: " + line))));
    } finally {
      // What was written before the secrets were all known (the engine masks as it writes).
      secrets.maskFiles(output, line -> out.println("WARNING: " + line));
    }
    out.println(io.pactcontainers.report.Summary.of(result).stripTrailing());
    result.publishFailure().filter(f -> !result.successful()).ifPresent(out::println);
    return Outcome.of(result, reportsFolder, notWritten, names);
  }

  private SettingsContext context(CliRawSettings raw) {
    return context(raw, environment, out, version);
  }

  /** The context a verification's settings are mapped in: this folder, this environment. */
  static SettingsContext context(
      CliRawSettings raw, Map<String, String> environment, PrintStream out, String version) {
    Path cwd = Path.of("").toAbsolutePath();
    return new SettingsContext(
        cwd,
        cwd.resolve(raw.outputDirectory().toPath()).normalize(),
        environment,
        out::println,
        ServerCredentials.NONE,
        SettingsContext.classesOf(VerifyCommand.class.getClassLoader()),
        List.of(),
        Commands.NAME + " " + version);
  }

  private Layers layers() {
    return layers(parsed, environment, VerifyOptions.ALL);
  }

  /**
   * The four sources of a verification's settings, with this front end's defaults.
   *
   * @param rows the command's settings
   */
  static Layers layers(ParseResult parsed, Map<String, String> environment, List<Option> rows) {
    Optional<ConfigFile> file = Sources.configFile(parsed, environment, rows);
    Map<String, Given> options = Sources.options(parsed, rows);
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put("outputDirectory", "target/pact");
    if (!new Layers(rows, options, environment, file, Map.of()).anyGiven(PACT_SOURCES)) {
      defaults.put("pactDirectory", "pacts");
    }
    return new Layers(rows, options, environment, file, defaults);
  }
}
