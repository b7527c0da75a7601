package io.pactcontainers.cli;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.Secrets;
import io.pactcontainers.broker.BrokerException;
import io.pactcontainers.broker.DeploymentRecorder;
import io.pactcontainers.broker.EnvironmentRecords;
import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.settings.BrokerGoalSettings;
import io.pactcontainers.settings.BrokerSettings;
import io.pactcontainers.settings.ServerCredentials;
import io.pactcontainers.settings.SettingsContext;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ParseResult;

/**
 * The commands that record in the Pact Broker what was deployed or released where, as the Pact
 * Broker CLI's and the plugin's goals of the same names: the settings read as {@code verify}'s
 * (option, environment, {@code --config} file), the Broker mapped by the library's settings layer
 * ({@link BrokerGoalSettings}), one call of the library's {@code broker} package, its line shown.
 * Exit status 0, or 2 with one message naming the option at fault or saying what the Broker
 * answered.
 */
final class BrokerCommand {

  /** A command: its name, help, settings and its one call. */
  enum Goal {
    RECORD_DEPLOYMENT(
        "record-deployment",
        "Records that a version of the application is now deployed to an environment (replacing"
            + " the one deployed there before).",
        BrokerOptions.with(
            BrokerOptions.PACTICIPANT,
            BrokerOptions.VERSION,
            BrokerOptions.ENVIRONMENT,
            BrokerOptions.INSTANCE)),
    RECORD_RELEASE(
        "record-release",
        "Records that a version of the application is released in an environment (one more"
            + " supported version).",
        BrokerOptions.with(
            BrokerOptions.PACTICIPANT,
            BrokerOptions.VERSION,
            BrokerOptions.ENVIRONMENT,
            BrokerOptions.INSTANCE)),
    RECORD_UNDEPLOYMENT(
        "record-undeployment",
        "Records that the application no longer runs in an environment.",
        BrokerOptions.with(
            BrokerOptions.PACTICIPANT, BrokerOptions.ENVIRONMENT, BrokerOptions.INSTANCE)),
    RECORD_SUPPORT_ENDED(
        "record-support-ended",
        "Records that a released version is no longer supported in an environment.",
        BrokerOptions.with(
            BrokerOptions.PACTICIPANT, BrokerOptions.VERSION, BrokerOptions.ENVIRONMENT));

    final String command;
    final String description;
    final List<Option> rows;

    Goal(String command, String description, List<Option> rows) {
      this.command = command;
      this.description = description;
      this.rows = rows;
    }

    static Optional<Goal> named(String command) {
      for (Goal g : values()) {
        if (g.command.equals(command)) {
          return Optional.of(g);
        }
      }
      return Optional.empty();
    }
  }

  private final Goal goal;
  private final ParseResult parsed;
  private final Map<String, String> environment;
  private final PrintStream out;
  private final PrintStream err;

  BrokerCommand(
      Goal goal,
      ParseResult parsed,
      Map<String, String> environment,
      PrintStream out,
      PrintStream err) {
    this.goal = goal;
    this.parsed = parsed;
    this.environment = Map.copyOf(environment);
    this.out = out;
    this.err = err;
  }

  /** Makes the call; the exit status. */
  int run() {
    Secrets secrets = Secrets.none();
    try {
      Layers layers =
          new Layers(
              goal.rows,
              Sources.options(parsed, goal.rows),
              environment,
              Sources.configFile(parsed, environment, goal.rows),
              Map.of());
      CliRawSettings raw = new CliRawSettings(layers);
      secrets = Secrets.of(literalSecrets(raw));
      if (parsed.hasMatchedOption(Commands.VERBOSE)) {
        Verbose.print(layers, secrets, out);
      }
      PactBroker broker = BrokerGoalSettings.broker(raw, context());
      secrets =
          secrets.and(
              broker.credentials().map(c -> Secrets.of(c.secrets())).orElse(Secrets.none()));
      try {
        out.println(secrets.mask(call(broker, raw)));
      } catch (BrokerException e) {
        return fail(BrokerSettings.message(e, raw.names()), e, secrets);
      }
      return Commands.VERIFIED;
    } catch (PactContainersException e) {
      return fail(e.getMessage(), e, secrets);
    }
  }

  private String call(PactBroker broker, CliRawSettings raw) {
    String pacticipant = required(raw, "pacticipant", "my-service");
    String env = required(raw, "environment", "production");
    Optional<String> instance = Optional.ofNullable(raw.text("applicationInstance"));
    return switch (goal) {
      case RECORD_DEPLOYMENT, RECORD_RELEASE ->
          new DeploymentRecorder(broker)
              .record(
                  goal == Goal.RECORD_DEPLOYMENT
                      ? DeploymentRecorder.Kind.DEPLOYMENT
                      : DeploymentRecorder.Kind.RELEASE,
                  pacticipant,
                  required(raw, "version", "1.4.2"),
                  env,
                  instance);
      case RECORD_UNDEPLOYMENT ->
          new EnvironmentRecords(broker).recordUndeployment(pacticipant, env, instance);
      case RECORD_SUPPORT_ENDED ->
          new EnvironmentRecords(broker)
              .recordSupportEnded(pacticipant, required(raw, "version", "1.4.2"), env);
    };
  }

  private static String required(CliRawSettings raw, String key, String example) {
    return BrokerGoalSettings.required(raw.text(key), raw.names(), example, key);
  }

  private static List<String> literalSecrets(CliRawSettings raw) {
    List<String> values = new ArrayList<>();
    Optional.ofNullable(raw.brokerToken()).ifPresent(values::add);
    Optional.ofNullable(raw.brokerPassword()).ifPresent(values::add);
    return values;
  }

  private int fail(String message, Exception e, Secrets secrets) {
    err.println("ERROR: " + secrets.mask(message));
    if (parsed.hasMatchedOption(Commands.STACKTRACE)) {
      secrets.masked(e).printStackTrace(err);
    }
    return Commands.ERROR;
  }

  private SettingsContext context() {
    Path cwd = Path.of("").toAbsolutePath();
    return new SettingsContext(
        cwd,
        cwd,
        environment,
        out::println,
        ServerCredentials.NONE,
        SettingsContext.classesOf(BrokerCommand.class.getClassLoader()),
        List.of(),
        Commands.NAME);
  }
}
