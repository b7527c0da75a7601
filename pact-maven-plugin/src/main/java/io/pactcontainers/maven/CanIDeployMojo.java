package io.pactcontainers.maven;

import static io.pactcontainers.maven.CanIDeployNames.NAMES;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.broker.CanIDeploy;
import io.pactcontainers.broker.CanIDeployFile;
import io.pactcontainers.broker.CanIDeployQuestion;
import io.pactcontainers.broker.CanIDeploySettingException;
import io.pactcontainers.broker.CanIDeployVerdict;
import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.settings.PropertyNames;
import io.pactcontainers.settings.SettingsException;
import java.io.File;
import java.time.Duration;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Asks the Pact Broker whether a pacticipant version can be deployed, as the Broker CLI's {@code
 * can-i-deploy} does: prints the Broker's notices and the matrix, and fails the build when the
 * answer is no (or still unknown after the retries).
 */
@Mojo(name = "can-i-deploy", threadSafe = true, requiresProject = false)
public class CanIDeployMojo extends AbstractBrokerMojo {

  /** The environment to deploy to, e.g. {@code production} (the CLI's {@code --to-environment}). */
  @Parameter(property = PropertyNames.ENVIRONMENT)
  String environment;

  /**
   * Instead of an environment: the tag that marks the versions deployed there (the CLI's {@code
   * --to}, the older way).
   */
  @Parameter(property = PropertyNames.CAN_I_DEPLOY_TO)
  String to;

  /**
   * Asks for the latest version instead of {@code version}: {@code true}, or a tag for the latest
   * with that tag.
   */
  @Parameter(property = PropertyNames.CAN_I_DEPLOY_LATEST)
  String latest;

  /** Asks for the latest version of this branch instead of {@code version}. */
  @Parameter(property = PropertyNames.CAN_I_DEPLOY_BRANCH)
  String branch;

  /** Asks for the latest version of the main branch instead of {@code version}. */
  @Parameter(property = PropertyNames.CAN_I_DEPLOY_MAIN_BRANCH, defaultValue = "false")
  boolean mainBranch;

  /**
   * Pacticipants whose verification results do not count ({@code waiter}), or one version of one
   * ({@code waiter@1.2.0}); comma-separated with -D.
   */
  @Parameter(property = PropertyNames.CAN_I_DEPLOY_IGNORE)
  List<String> ignore;

  /**
   * More applications deployed together with this one, each {@code name@version}: may they all go
   * together? (the CLI's repeated {@code --pacticipant}); comma-separated with -D.
   */
  @Parameter(property = PropertyNames.CAN_I_DEPLOY_PACTICIPANTS)
  List<String> pacticipants;

  /**
   * Instead of an environment: against the latest version of each other application's main branch
   * (may this branch be merged? the CLI's {@code can-i-merge}).
   */
  @Parameter(property = PropertyNames.CAN_I_DEPLOY_TO_MAIN_BRANCH, defaultValue = "false")
  boolean toMainBranch;

  /**
   * Asks and prints the answer, but never fails the build (a pipeline being set up, or a deployment
   * made knowingly); every line then says {@code [dry-run]}.
   */
  @Parameter(property = PropertyNames.CAN_I_DEPLOY_DRY_RUN, defaultValue = "false")
  boolean dryRun;

  /**
   * {@code text} (the default) or {@code json}: json also writes the Broker's answer, as it came,
   * to {@code target/pact/can-i-deploy.json}.
   */
  @Parameter(property = PropertyNames.CAN_I_DEPLOY_OUTPUT, defaultValue = "text")
  String output;

  /** Where {@code output json} writes. */
  @Parameter(defaultValue = "${project.build.directory}/pact", readonly = true)
  File outputDirectory;

  /** How often to ask again while verification results are still missing. */
  @Parameter(property = PropertyNames.RETRIES_WHEN_UNKNOWN, defaultValue = "0")
  int retriesWhenUnknown;

  /** Seconds between those retries. */
  @Parameter(property = PropertyNames.RETRY_INTERVAL, defaultValue = "10")
  int retryInterval;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("can-i-deploy skipped (" + PropertyNames.SKIP + ")");
      return;
    }
    BrokerGoal goal = BrokerGoal.of(this);
    String latestGiven = goal.value(PropertyNames.CAN_I_DEPLOY_LATEST, latest);
    CanIDeployQuestion question;
    try {
      question =
          new CanIDeployQuestion(
              goal.pacticipant(),
              // The version verify published, unless another setting picks the version.
              CanIDeployQuestion.versionPicked(latestGiven, branch, mainBranch)
                  ? goal.version()
                  : goal.pacticipantVersion(),
              latestGiven,
              branch,
              mainBranch,
              goal.value(PropertyNames.ENVIRONMENT, environment),
              goal.value(PropertyNames.CAN_I_DEPLOY_TO, to),
              goal.flag(PropertyNames.CAN_I_DEPLOY_TO_MAIN_BRANCH, toMainBranch),
              goal.list(PropertyNames.CAN_I_DEPLOY_IGNORE, ignore),
              pacticipants,
              output);
    } catch (SettingsException e) {
      throw new MojoExecutionException(e.getMessage());
    }
    PactBroker config;
    CanIDeploy.Query query;
    int retries;
    int interval;
    try {
      config = goal.pactBroker();
      query = question.query(NAMES);
      retries = goal.number(PropertyNames.RETRIES_WHEN_UNKNOWN, retriesWhenUnknown);
      interval = goal.number(PropertyNames.RETRY_INTERVAL, retryInterval);
    } catch (ConfigurationException | CanIDeploySettingException e) {
      throw new MojoExecutionException(e.getMessage());
    }
    question.defaultTargetWarning(query, NAMES).ifPresent(getLog()::warn);
    CanIDeployFile file =
        question.answerFile(
            (outputDirectory == null ? new File("target/pact") : outputDirectory).toPath());
    CanIDeploy.Answer answer;
    try {
      answer =
          new CanIDeploy(config)
              .askUntilKnown(query, retries, Duration.ofSeconds(interval), getLog()::info, file);
    } catch (PactContainersException e) {
      MojoExecutionException error = goal.error(e);
      if (dryRun) {
        CanIDeployVerdict.dryRun(error.getMessage(), true, NAMES).forEach(getLog()::warn);
        return;
      }
      throw error;
    }
    say(new CanIDeployVerdict(query, answer, retries), file);
  }

  /** Prints the matrix and the verdict, then fails the build on a no unless it is a dry run. */
  private void say(CanIDeployVerdict verdict, CanIDeployFile file) throws MojoFailureException {
    verdict.table().forEach(getLog()::info);
    // At the Broker's level: "[INFO] ERROR: ..." would hide an error among the matrix's lines.
    for (CanIDeploy.Notice n : verdict.notices()) {
      if (n.isError()) {
        getLog().error(n.text());
      } else if (n.isWarning()) {
        getLog().warn(n.text());
      } else {
        getLog().info(n.line());
      }
    }
    if (file.isWritten()) {
      getLog().info("The Broker's answer, as JSON: " + file.file());
    }
    if (dryRun) {
      CanIDeployVerdict.dryRun(verdict.sentence(NAMES), false, NAMES).forEach(getLog()::warn);
    } else if (verdict.deployable()) {
      getLog().info(verdict.sentence(NAMES));
    } else {
      throw new MojoFailureException(verdict.sentence(NAMES));
    }
  }
}
