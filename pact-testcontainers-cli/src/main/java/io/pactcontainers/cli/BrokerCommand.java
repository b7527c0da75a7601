package io.pactcontainers.cli;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.Secrets;
import io.pactcontainers.broker.BrokerException;
import io.pactcontainers.broker.BrokerOutput;
import io.pactcontainers.broker.CanIDeployQuestion;
import io.pactcontainers.broker.DeploymentRecorder;
import io.pactcontainers.broker.EnvironmentRecords;
import io.pactcontainers.broker.Environments;
import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.broker.Pacticipants;
import io.pactcontainers.broker.VersionRecorder;
import io.pactcontainers.settings.BrokerGoalSettings;
import io.pactcontainers.settings.BrokerSettings;
import io.pactcontainers.settings.PacticipantSettings;
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
 * The commands that only talk to the Pact Broker, as the Pact Broker CLI's and the plugin's goals
 * of the same names (recording deployments and releases, tagging and creating versions,
 * can-i-deploy): the settings read as {@code verify}'s (option, environment, {@code --config}
 * file), the Broker mapped by the library's settings layer ({@link BrokerGoalSettings}), one call
 * of the library's {@code broker} package, its line shown. Exit status 0, or 2 with one message
 * naming the option at fault or saying what the Broker answered; can-i-deploy's own in {@link
 * CanIDeployCommand}.
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
            BrokerOptions.PACTICIPANT, BrokerOptions.VERSION, BrokerOptions.ENVIRONMENT)),
    CAN_I_DEPLOY(
        "can-i-deploy",
        "Asks the Pact Broker whether a version of the application can be deployed (as the Pact"
            + " Broker CLI's can-i-deploy): prints the matrix the answer rests on and the answer.",
        BrokerOptions.with(BrokerOptions.CAN_I_DEPLOY)),
    CREATE_VERSION_TAG(
        "create-version-tag",
        "Tags a version of the application (the older way to mark what is deployed where, still"
            + " read by the tag selectors).",
        BrokerOptions.with(
            BrokerOptions.PACTICIPANT,
            BrokerOptions.VERSION,
            BrokerOptions.TAGS,
            BrokerOptions.AUTO_CREATE_VERSION)),
    CREATE_OR_UPDATE_VERSION(
        "create-or-update-version",
        "Creates a version of the application with its branch and tags before anything is"
            + " published for it, or adds them to it.",
        BrokerOptions.with(
            BrokerOptions.PACTICIPANT,
            BrokerOptions.VERSION,
            BrokerOptions.BRANCH,
            BrokerOptions.TAGS)),
    CREATE_ENVIRONMENT(
        "create-environment",
        "Creates an environment in the Pact Broker, to record deployments and releases to and"
            + " to ask can-i-deploy about.",
        BrokerOptions.with(BrokerOptions.ENVIRONMENT_SETTINGS)),
    UPDATE_ENVIRONMENT(
        "update-environment",
        "Changes an environment: what is given replaces its own, the rest is kept.",
        BrokerOptions.with(
            java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(BrokerOptions.UUID),
                    BrokerOptions.ENVIRONMENT_SETTINGS.stream())
                .toList())),
    DELETE_ENVIRONMENT(
        "delete-environment",
        "Deletes an environment.",
        BrokerOptions.with(BrokerOptions.UUID, BrokerOptions.OUTPUT)),
    LIST_ENVIRONMENTS(
        "list-environments",
        "Lists the environments, with their UUIDs.",
        BrokerOptions.with(BrokerOptions.OUTPUT)),
    DESCRIBE_ENVIRONMENT(
        "describe-environment",
        "Describes an environment.",
        BrokerOptions.with(BrokerOptions.UUID, BrokerOptions.OUTPUT)),
    CREATE_OR_UPDATE_PACTICIPANT(
        "create-or-update-pacticipant",
        "Creates a pacticipant, or sets what is given on the one the Broker has (its main branch"
            + " is what mainBranch selectors read).",
        BrokerOptions.with(BrokerOptions.PACTICIPANT_SETTINGS)),
    DESCRIBE_PACTICIPANT(
        "describe-pacticipant",
        "Describes a pacticipant.",
        BrokerOptions.with(
            BrokerOptions.PACTICIPANT.withNames("--name", "-a", "--pacticipant"),
            BrokerOptions.OUTPUT)),
    DESCRIBE_VERSION(
        "describe-version",
        "Describes a version of a pacticipant with its branches and tags: the one given, or the"
            + " latest (of all, with a tag, or of a branch).",
        BrokerOptions.with(BrokerOptions.DESCRIBE_VERSION));

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
      secrets = secrets.and(Secrets.of(broker.secrets()));
      try {
        if (goal == Goal.CAN_I_DEPLOY) {
          String version =
              CanIDeployQuestion.versionPicked(
                      raw.text("latest"), raw.text("branch"), raw.flag("mainBranch", false))
                  ? raw.text("version")
                  : pacticipantVersion(raw);
          return new CanIDeployCommand(raw, version, broker, secrets, out, err).run();
        }
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
    if (goal.command.endsWith("-environment") || goal == Goal.LIST_ENVIRONMENTS) {
      return environment(broker, raw);
    }
    String pacticipant = required(raw, "pacticipant", "my-service");
    if (PACTICIPANT_GOALS.contains(goal)) {
      return pacticipant(broker, raw, pacticipant);
    }
    if (goal == Goal.CREATE_VERSION_TAG || goal == Goal.CREATE_OR_UPDATE_VERSION) {
      return version(broker, raw, pacticipant);
    }
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
                  pacticipantVersion(raw),
                  env,
                  instance);
      case RECORD_UNDEPLOYMENT ->
          new EnvironmentRecords(broker).recordUndeployment(pacticipant, env, instance);
      case RECORD_SUPPORT_ENDED ->
          new EnvironmentRecords(broker)
              .recordSupportEnded(pacticipant, pacticipantVersion(raw), env);
      default -> throw new IllegalStateException(goal.command + " is not a record command");
    };
  }

  /** The environment commands: one call of the library's {@link Environments}. */
  private String environment(PactBroker broker, CliRawSettings raw) {
    Environments environments = new Environments(broker);
    BrokerOutput output = BrokerGoalSettings.output(raw.text("output"), raw.names());
    BrokerGoalSettings.EnvironmentValues given =
        new BrokerGoalSettings.EnvironmentValues(
            raw.text("name"),
            raw.text("displayName"),
            raw.text("production"),
            raw.text("contactName"),
            raw.text("contactEmailAddress"));
    return switch (goal) {
      case CREATE_ENVIRONMENT ->
          environments.create(
              BrokerGoalSettings.environment(given, true, raw.names(), "name"), output);
      case UPDATE_ENVIRONMENT ->
          environments.update(
              uuid(raw), BrokerGoalSettings.environment(given, false, raw.names(), "name"), output);
      case DELETE_ENVIRONMENT -> environments.delete(uuid(raw), output);
      case DESCRIBE_ENVIRONMENT -> environments.describe(uuid(raw), output);
      case LIST_ENVIRONMENTS -> environments.list(output);
      default -> throw new IllegalStateException(goal.command + " is not an environment command");
    };
  }

  private static final java.util.Set<Goal> PACTICIPANT_GOALS =
      java.util.EnumSet.of(
          Goal.CREATE_OR_UPDATE_PACTICIPANT, Goal.DESCRIBE_PACTICIPANT, Goal.DESCRIBE_VERSION);

  /** The pacticipant commands: one call of the library's {@link Pacticipants}. */
  private String pacticipant(PactBroker broker, CliRawSettings raw, String pacticipant) {
    Pacticipants pacticipants = new Pacticipants(broker);
    BrokerOutput output = BrokerGoalSettings.output(raw.text("output"), raw.names());
    return switch (goal) {
      case CREATE_OR_UPDATE_PACTICIPANT ->
          pacticipants.createOrUpdate(
              PacticipantSettings.pacticipant(
                  new PacticipantSettings.PacticipantValues(
                      pacticipant,
                      raw.text("displayName"),
                      raw.text("mainBranch"),
                      raw.text("repositoryUrl")),
                  raw.names(),
                  "pacticipant"),
              output);
      case DESCRIBE_PACTICIPANT -> pacticipants.describe(pacticipant, output);
      case DESCRIBE_VERSION ->
          pacticipants.describeVersion(
              pacticipant,
              PacticipantSettings.versionQuery(
                  raw.text("version"), raw.text("latest"), raw.text("branch"), raw.names()),
              output);
      default -> throw new IllegalStateException(goal.command + " is not a pacticipant command");
    };
  }

  /**
   * The version given, else the one verify publishes (the git commit of the working folder, or the
   * CI's variables); what was taken said on the error stream, so that the answer stays alone on the
   * output.
   */
  private String pacticipantVersion(CliRawSettings raw) {
    return BrokerGoalSettings.pacticipantVersion(
        raw.text("version"),
        null,
        Path.of("").toAbsolutePath(),
        environment,
        err::println,
        raw.names());
  }

  private static String uuid(CliRawSettings raw) {
    return required(raw, "uuid", "3a3b3c3d-0000-4000-8000-123456789abc");
  }

  /** create-version-tag and create-or-update-version: the version, its tags (and branch). */
  private String version(PactBroker broker, CliRawSettings raw, String pacticipant) {
    String version = pacticipantVersion(raw);
    VersionRecorder recorder = new VersionRecorder(broker);
    if (goal == Goal.CREATE_VERSION_TAG) {
      List<String> tags =
          BrokerGoalSettings.requiredEntries(raw.list("tags"), raw.names(), "prod", "tags");
      return recorder.createVersionTag(
          pacticipant, version, tags, raw.flag("autoCreateVersion", false));
    }
    return recorder.createOrUpdateVersion(
        pacticipant,
        version,
        Optional.ofNullable(raw.text("branch")),
        BrokerGoalSettings.entries(raw.list("tags")));
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
