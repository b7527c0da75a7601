package io.pactcontainers.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The command line's grammar, made by picocli from the settings' rows ({@link VerifyOptions}): the
 * help lists each option with its environment variable, so the three sources are documented in one
 * place.
 */
final class Commands {
  static final String NAME = "pact-testcontainers";

  /** The options every command has besides its settings. */
  static final String CONFIG = "--config";

  static final String CONFIG_VARIABLE = "PACT_CONFIG";
  static final String VERBOSE = "--verbose";

  /** Where the proxy comes from (the rule is the library's settings layer), said in the help. */
  static final String VERIFY_PROXIES =
      "The Pact Broker and pact URLs go through the proxy of HTTPS_PROXY or HTTP_PROXY"
          + " (user:password@ in it; the hosts in NO_PROXY directly); the provider never does.";

  /** The same for the commands that only talk to the Broker. */
  static final String BROKER_PROXIES =
      "The Pact Broker is reached through the proxy of HTTPS_PROXY or HTTP_PROXY"
          + " (user:password@ in it; the hosts in NO_PROXY directly).";

  static final String STACKTRACE = "--stacktrace";

  /** Exit status: verified. */
  static final int VERIFIED = 0;

  /** Exit status: a contract is broken. */
  static final int BROKEN = 1;

  /** Exit status: anything else went wrong (configuration, Docker, the provider, the Broker). */
  static final int ERROR = 2;

  private static final Map<String, String> EXIT_STATUS = exitStatus();

  static final String MATRIX = "matrix";

  static final String COMPLETION = "generate-completion";

  private static final Map<String, String> MATRIX_EXIT_STATUS = matrixExitStatus();

  private static Map<String, String> matrixExitStatus() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(" 0", "Passed: no cell fails under --fail-on.");
    m.put(" 1", "Cells failed or errored under --fail-on.");
    m.put(
        " 2",
        "Anything else: a setting, Docker, an interrupted run, a page that could not be written.");
    return m;
  }

  /** Every command's, in one list: each command's help says its own. */
  private static Map<String, String> topExitStatus() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(" 0", "Verified, done, deployable.");
    m.put(
        " 1",
        "A contract is broken (verify), cells failed (matrix), not deployable (can-i-deploy).");
    m.put(" 2", "Anything else: a setting, Docker, the provider's start, the Pact Broker.");
    return m;
  }

  /** A Broker command's exit status, in this order in the help. */
  private static Map<String, String> brokerExitStatus(BrokerCommand.Goal goal) {
    Map<String, String> m = new LinkedHashMap<>();
    if (goal == BrokerCommand.Goal.CAN_I_DEPLOY) {
      m.put(" 0", "Deployable: the Pact Broker says yes (and always under --dry-run).");
      m.put(" 1", "Not deployable: the Pact Broker says no, or cannot tell yet.");
      m.put(" 2", "Not asked: a setting, or the Pact Broker's error.");
    } else {
      m.put(" 0", "Done: the Pact Broker has it.");
      m.put(" 2", "Not done: a setting, or the Pact Broker's answer.");
    }
    return m;
  }

  private Commands() {}

  private static Map<String, String> exitStatus() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(" 0", "Verified: every interaction passed (or is pending).");
    m.put(" 1", "A contract is broken: an interaction did not pass.");
    m.put(
        " 2",
        "Anything else: a setting, Docker, the provider's start, the Pact Broker, an"
            + " interaction that could not be judged.");
    return m;
  }

  /**
   * The command line: {@code pact-testcontainers} and its sub-commands.
   *
   * @param version this program's version
   */
  static CommandLine line(String version) {
    return line(version, null);
  }

  /**
   * The command line for these arguments: when the first names a sub-command, only that one is
   * made. picocli reads every option's model when a command is added (about a tenth of a second for
   * all of them in a fresh JVM, on every run); a run needs one. Anything else (help, {@code
   * --version}, a name picocli should suggest a command for, the completion script, which describes
   * every command) gets them all.
   *
   * @param version this program's version
   * @param first the first argument, or null
   */
  static CommandLine line(String version, String first) {
    CommandSpec top = CommandSpec.create().name(NAME).mixinStandardHelpOptions(true);
    top.version(NAME + " " + version);
    usage(top.usageMessage())
        .exitCodeList(topExitStatus())
        .description(
            "Verifies a Pact provider that runs as a Docker container: only the image matters.");
    Map<String, Supplier<Object>> commands = subcommands(version);
    if (first != null && !first.equals(COMPLETION) && commands.containsKey(first)) {
      top.addSubcommand(first, new CommandLine(commands.get(first).get()));
    } else {
      commands.forEach((name, command) -> top.addSubcommand(name, new CommandLine(command.get())));
    }
    CommandLine line = new CommandLine(top);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    return line;
  }

  /** The sub-commands in the help's order, each made only when asked for. */
  private static Map<String, Supplier<Object>> subcommands(String version) {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("verify", () -> verify(version));
    m.put(MATRIX, () -> matrix(version));
    for (BrokerCommand.Goal goal : BrokerCommand.Goal.values()) {
      m.put(goal.command, () -> broker(goal));
    }
    // picocli's own: a bash (and zsh, through bashcompinit) completion script of this grammar.
    m.put(COMPLETION, AutoComplete.GenerateCompletion::new);
    return m;
  }

  private static UsageMessageSpec usage(UsageMessageSpec usage) {
    return usage
        .exitCodeListHeading("%nExit status:%n")
        .exitCodeList(EXIT_STATUS)
        .sortOptions(false)
        .width(100);
  }

  private static CommandSpec verify(String version) {
    CommandSpec verify = CommandSpec.create().name("verify").mixinStandardHelpOptions(true);
    verify.version(NAME + " " + version);
    usage(verify.usageMessage())
        .description(
            "Starts the provider's container, verifies it against its pacts and removes it.",
            "Every option can also be given by its environment variable, and by its key in the"
                + " "
                + CONFIG
                + " file (the Maven plugin's parameter names: provider.image, stateChangeUrl...)."
                + " The option wins, then the environment, then the file.",
            VERIFY_PROXIES)
        .footerHeading("%nExample:%n")
        .footer(
            "  " + NAME + " verify --image grill-chef:1.4.2 --port 8000 --wait-path /health \\",
            "      -s /_pact/state -n grill-chef -d pacts");
    for (Option o : VerifyOptions.ALL) {
      if (!o.names().isEmpty()) {
        verify.addOption(spec(o));
      }
    }
    common(verify);
    return verify;
  }

  private static CommandSpec matrix(String version) {
    CommandSpec matrix = CommandSpec.create().name(MATRIX).mixinStandardHelpOptions(true);
    matrix.version(NAME + " " + version);
    usage(matrix.usageMessage())
        .exitCodeList(MATRIX_EXIT_STATUS)
        .description(
            "Verifies many provider images (the rows) against many pacts (a column per consumer"
                + " version), every cell a verification with verify's options, and writes"
                + " matrix.html, matrix.json and matrix.md to the output folder's matrix/.",
            "Every option can also be given by its environment variable, and by its key in the"
                + " "
                + CONFIG
                + " file (the Maven plugin's parameter names).",
            VERIFY_PROXIES)
        .footerHeading("%nExample:%n")
        .footer(
            "  " + NAME + " matrix --images grill-chef:2.0,grill-chef:1.9 --port 8000 \\",
            "      -s /_pact/state -n grill-chef -d pacts --fail-on newest");
    for (Option o : MatrixOptions.ALL) {
      if (!o.names().isEmpty()) {
        matrix.addOption(spec(o));
      }
    }
    common(matrix);
    return matrix;
  }

  /**
   * A Broker command: the Pact Broker CLI's options ({@code --version} is the pacticipant's, so
   * only {@code --help} besides).
   */
  private static CommandSpec broker(BrokerCommand.Goal goal) {
    CommandSpec spec = CommandSpec.create().name(goal.command);
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .description("Show this help message and exit.")
            .build());
    usage(spec.usageMessage())
        .exitCodeList(brokerExitStatus(goal))
        .description(
            goal.description,
            "Every option can also be given by its environment variable, and by its key in the"
                + " "
                + CONFIG
                + " file (the Maven plugin's parameter names).",
            BROKER_PROXIES);
    goal.rows.stream().filter(o -> !o.names().isEmpty()).forEach(o -> spec.addOption(spec(o)));
    common(spec);
    return spec;
  }

  /** The options every command has besides its settings. */
  private static void common(CommandSpec command) {
    command.addOption(
        OptionSpec.builder(CONFIG)
            .paramLabel("FILE")
            .type(String.class)
            .description(
                "A YAML file of settings by the Maven plugin's parameter names. Env: "
                    + CONFIG_VARIABLE
                    + ".")
            .build());
    command.addOption(
        OptionSpec.builder(VERBOSE)
            .type(boolean.class)
            .arity("0")
            .description("Says each setting's value and where it came from (secrets masked).")
            .build());
    command.addOption(
        OptionSpec.builder(STACKTRACE)
            .type(boolean.class)
            .arity("0")
            .description("Shows the stack trace of an error.")
            .build());
  }

  private static OptionSpec spec(Option o) {
    OptionSpec.Builder b = OptionSpec.builder(o.names().toArray(String[]::new));
    String env = o.variable().map(v -> " Env: " + v + ".").orElse("");
    switch (o.kind()) {
      case ITEM, CONSTANT -> b.type(boolean.class).arity("0");
      case FLAG ->
          b.type(String.class)
              .arity("0..1")
              .fallbackValue("true")
              .paramLabel(o.label() == null ? "true|false" : o.label());
      case LIST, MAP, HEADERS, SIDECARS ->
          b.type(List.class).auxiliaryTypes(String.class).arity("1").paramLabel(o.label());
      default -> b.type(String.class).arity("1").paramLabel(o.label());
    }
    return b.description(o.description() + env).build();
  }
}
