package io.pactcontainers.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * {@code pact-testcontainers}: the verifier's command line. Exit status 0 verified, 1 a contract
 * broken, 2 anything else (documented in {@code --help}).
 */
public final class Main {
  private Main() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the command line's arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.out, System.err));
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @param environment the environment variables
   * @param out where the run is shown
   * @param err where an error is said
   * @return the exit status: 0 verified, 1 a contract broken, 2 anything else
   */
  public static int run(
      String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
    CommandLine line = Commands.line(version(), args.length == 0 ? null : args[0]);
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    ParseResult parsed;
    try {
      parsed = line.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      err.println("ERROR: " + e.getMessage());
      RustOptions.hints(e).forEach(err::println);
      err.println(
          "Run '"
              + Commands.NAME
              + " "
              + (e.getCommandLine().getParent() == null
                  ? ""
                  : e.getCommandLine().getCommandName() + " ")
              + "--help' for the options.");
      return Commands.ERROR;
    }
    if (CommandLine.printHelpIfRequested(parsed)) {
      return Commands.VERIFIED;
    }
    if (!parsed.hasSubcommand()) {
      line.usage(err);
      return Commands.ERROR;
    }
    ParseResult command = parsed.subcommand();
    if (command.commandSpec().name().equals(Commands.COMPLETION)) {
      ((Runnable) command.commandSpec().userObject()).run(); // prints the script to out
      return Commands.VERIFIED;
    }
    if (command.commandSpec().name().equals(Commands.MATRIX)) {
      return new MatrixCommand(command, environment, out, err, version()).run();
    }
    return BrokerCommand.Goal.named(command.commandSpec().name())
        .map(goal -> new BrokerCommand(goal, command, environment, out, err).run())
        .orElseGet(() -> new VerifyCommand(command, environment, out, err, version()).run());
  }

  private static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "(development)" : v;
  }
}
