package io.pactcontainers.cli;

import io.pactcontainers.Setting;
import io.pactcontainers.model.Pact;
import io.pactcontainers.report.ConsoleReport;
import io.pactcontainers.report.RunPresenter;
import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.Progress;
import io.pactcontainers.verify.RunEvent;
import io.pactcontainers.verify.VerificationListener;
import java.io.PrintStream;

/**
 * Shows a run on the terminal in the lines {@link RunPresenter} and {@link ConsoleReport} write, in
 * the order they come (warnings marked as such). The library has masked the run's secrets in them
 * already.
 */
final class ConsoleListener implements VerificationListener {
  private final PrintStream out;
  private final ConsoleReport console;
  private final CliNames names;

  ConsoleListener(PrintStream out, ConsoleReport console, CliNames names) {
    this.out = out;
    this.console = console;
    this.names = names;
  }

  @Override
  public void event(RunEvent event) {
    RunPresenter.tell(event, this);
  }

  @Override
  public void info(String line) {
    out.println(line);
  }

  @Override
  public void warn(String line) {
    out.println("WARNING: " + line);
  }

  @Override
  public String settingName(Setting setting) {
    return names.setting(setting);
  }

  @Override
  public void pactStarted(Pact pact, int interactions) {
    out.println(RunPresenter.pactStarted(pact, interactions));
  }

  @Override
  public void interactionVerified(Pact pact, InteractionResult result, Progress progress) {
    for (ConsoleReport.Line line : console.interaction(pact.consumer(), result, progress)) {
      out.println(
          line.level() == ConsoleReport.Level.WARN ? "WARNING: " + line.text() : line.text());
    }
  }
}
