package io.pactcontainers.cli;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.Secrets;
import io.pactcontainers.broker.BrokerException;
import io.pactcontainers.broker.CanIDeploy;
import io.pactcontainers.broker.CanIDeployFile;
import io.pactcontainers.broker.CanIDeployQuestion;
import io.pactcontainers.broker.CanIDeployQuestion.Setting;
import io.pactcontainers.broker.CanIDeployVerdict;
import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.settings.BrokerGoalSettings;
import io.pactcontainers.settings.BrokerSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * can-i-deploy: the library's question ({@link CanIDeployQuestion}, its rules) made of the
 * settings, asked with its retries, its verdict ({@link CanIDeployVerdict}) printed. Exit status 0
 * deployable (or a dry run), 1 not deployable (or still unknown), 2 an error, which the caller
 * says.
 */
final class CanIDeployCommand {
  /** Where {@code --output json} writes, as the plugin's target/pact. */
  static final Path ANSWER_FOLDER = Path.of("target", "pact");

  private final CliRawSettings raw;
  private final PactBroker broker;
  private final String version;
  private final Secrets secrets;
  private final PrintStream out;
  private final PrintStream err;
  private final Names names;

  /**
   * @param version the version to ask about, unless another setting picks it (null: none)
   */
  CanIDeployCommand(
      CliRawSettings raw,
      String version,
      PactBroker broker,
      Secrets secrets,
      PrintStream out,
      PrintStream err) {
    this.raw = raw;
    this.version = version;
    this.broker = broker;
    this.secrets = secrets;
    this.out = out;
    this.err = err;
    this.names = new Names(raw);
  }

  /**
   * Asks; the exit status.
   *
   * @throws PactContainersException a setting or the Broker at fault (not under {@code --dry-run})
   */
  int run() {
    String latest = raw.text("latest");
    CanIDeployQuestion question =
        new CanIDeployQuestion(
            BrokerGoalSettings.required(
                raw.text("pacticipant"), raw.names(), "my-service", "pacticipant"),
            version,
            "false".equalsIgnoreCase(latest) ? null : latest,
            raw.text("branch"),
            raw.flag("mainBranch", false),
            raw.text("environment"),
            raw.text("to"),
            raw.flag("toMainBranch", false),
            raw.list("ignore"),
            raw.list("pacticipants"),
            raw.text("output"));
    CanIDeploy.Query query = question.query(names);
    int retries = raw.number("retriesWhenUnknown", 0);
    int interval = raw.number("retryInterval", 10);
    boolean dryRun = raw.flag("dryRun", false);
    question.defaultTargetWarning(query, names).ifPresent(w -> say("WARNING: " + w));
    CanIDeployFile file = question.answerFile(ANSWER_FOLDER);
    CanIDeploy.Answer answer;
    try {
      answer =
          new CanIDeploy(broker)
              .askUntilKnown(query, retries, Duration.ofSeconds(interval), this::say, file);
    } catch (PactContainersException e) {
      if (!dryRun) {
        throw e;
      }
      String said =
          e instanceof BrokerException b ? BrokerSettings.message(b, raw.names()) : e.getMessage();
      CanIDeployVerdict.dryRun(said, true, names).forEach(l -> say("WARNING: " + l));
      return Commands.VERIFIED;
    }
    CanIDeployVerdict verdict = new CanIDeployVerdict(query, answer, retries);
    verdict.table().forEach(this::say);
    verdict.notices().forEach(n -> say(n.line()));
    if (file.isWritten()) {
      say("The Broker's answer, as JSON: " + file.file().toAbsolutePath());
    }
    if (dryRun) {
      CanIDeployVerdict.dryRun(verdict.sentence(names), false, names)
          .forEach(l -> say("WARNING: " + l));
      return Commands.VERIFIED;
    }
    if (verdict.deployable()) {
      say(verdict.sentence(names));
      return Commands.VERIFIED;
    }
    err.println(secrets.mask(verdict.sentence(names)));
    return Commands.BROKEN;
  }

  private void say(String line) {
    out.println(secrets.mask(line));
  }

  /** can-i-deploy's settings in this user's words: as given, and the option that gives each. */
  private static final class Names implements CanIDeployQuestion.Names {
    private final CliRawSettings raw;

    Names(CliRawSettings raw) {
      this.raw = raw;
    }

    @Override
    public String element(Setting setting) {
      return raw.names().of(key(setting));
    }

    @Override
    public String property(Setting setting) {
      return option(setting);
    }

    @Override
    public String option(Setting setting) {
      return raw.layers().row(key(setting)).flatMap(Option::longName).orElse(key(setting));
    }

    private static String key(Setting setting) {
      return switch (setting) {
        case PACTICIPANT -> "pacticipant";
        case VERSION -> "version";
        case LATEST -> "latest";
        case BRANCH -> "branch";
        case MAIN_BRANCH -> "mainBranch";
        case ENVIRONMENT -> "environment";
        case TO -> "to";
        case TO_MAIN_BRANCH -> "toMainBranch";
        case IGNORE -> "ignore";
        case PACTICIPANTS -> "pacticipants";
        case OUTPUT -> "output";
        case RETRIES_WHEN_UNKNOWN -> "retriesWhenUnknown";
        case DRY_RUN -> "dryRun";
      };
    }
  }
}
