package io.pactcontainers.maven;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.broker.CanIDeploy;
import io.pactcontainers.broker.CanIDeployFile;
import io.pactcontainers.broker.PactBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
  java.io.File outputDirectory;

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
    PactBroker config;
    CanIDeploy.Query query;
    try {
      config = pactBroker();
      query = query();
    } catch (ConfigurationException e) {
      throw new MojoExecutionException(e.getMessage());
    }
    if (query.target() instanceof CanIDeploy.Target.LatestOfAll && query.others().isEmpty()) {
      getLog()
          .warn(
              "No <environment> or <to> given: checking "
                  + pacticipant
                  + " against the latest version of every other"
                  + " application; set -D"
                  + PropertyNames.ENVIRONMENT
                  + " to check against what is deployed there");
    }
    CanIDeployFile file = answerFile();
    CanIDeploy.Answer answer;
    try {
      answer =
          new CanIDeploy(config)
              .askUntilKnown(
                  query,
                  retriesWhenUnknown,
                  Duration.ofSeconds(retryInterval),
                  getLog()::info,
                  file);
    } catch (PactContainersException e) {
      MojoExecutionException error = brokerError(e);
      if (dryRun) {
        getLog().warn("[dry-run] " + error.getMessage());
        getLog()
            .warn(
                "[dry-run] Dry run ("
                    + PropertyNames.CAN_I_DEPLOY_DRY_RUN
                    + "): the Broker's error does not decide the build");
        return;
      }
      throw error;
    }
    print(answer);
    if (file.isWritten()) {
      getLog().info("The Broker's answer, as JSON: " + file.file());
    }
    boolean yes = answer.deployable().orElse(false);
    String verdict =
        yes
            ? "Computer says yes \\o/ : "
                + query.describe()
                + ". "
                + answer.reason().replace('\n', ' ')
            : "Computer says no: "
                + query.describe()
                + " is "
                + (answer.deployable().isEmpty() ? "not known to be safe" : "not safe")
                + ": "
                + answer.reason().replace('\n', ' ')
                + (retriesWhenUnknown == 0 && answer.deployable().isEmpty()
                    ? "; set -D"
                        + PropertyNames.RETRIES_WHEN_UNKNOWN
                        + " to wait for results still to come"
                    : "");
    if (dryRun) {
      getLog().warn("[dry-run] " + verdict);
      getLog()
          .warn(
              "[dry-run] Dry run ("
                  + PropertyNames.CAN_I_DEPLOY_DRY_RUN
                  + "): the answer does not decide the build");
      return;
    }
    if (yes) {
      getLog().info(verdict);
      return;
    }
    throw new MojoFailureException(verdict);
  }

  /**
   * {@code output json}: this run's answer (or failure) in {@code can-i-deploy.json}; text: an
   * earlier one removed.
   */
  private CanIDeployFile answerFile() {
    java.nio.file.Path dir =
        (outputDirectory == null ? new java.io.File("target/pact") : outputDirectory).toPath();
    return "json".equals(output == null ? "" : output.trim())
        ? CanIDeployFile.written(dir)
        : CanIDeployFile.none(dir);
  }

  private CanIDeploy.Query query() throws ConfigurationException {
    List<String> picks = new ArrayList<>();
    if (!ProviderMapping.blank(latest)) {
      picks.add("<latest>");
    }
    if (!ProviderMapping.blank(branch)) {
      picks.add("<branch>");
    }
    if (mainBranch) {
      picks.add("<mainBranch>");
    }
    if (picks.size() > 1) {
      throw new ConfigurationException(
          String.join(" and ", picks) + " each pick the version to deploy; keep one");
    }
    CanIDeploy.Version v;
    if (!ProviderMapping.blank(latest)) {
      String l = latest.trim();
      v = new CanIDeploy.Version.Latest(l.equals("true") ? Optional.empty() : Optional.of(l));
    } else if (!ProviderMapping.blank(branch)) {
      v = new CanIDeploy.Version.LatestOfBranch(branch.trim());
    } else if (mainBranch) {
      v = new CanIDeploy.Version.LatestOfMainBranch();
    } else if (!ProviderMapping.blank(version)) {
      v = new CanIDeploy.Version.Number(version.trim());
    } else {
      throw new ConfigurationException(
          "<version> is blank; set -D"
              + PropertyNames.PACTICIPANT_VERSION
              + ", or ask for the latest with -D"
              + PropertyNames.CAN_I_DEPLOY_LATEST
              + "=true");
    }
    if (!ProviderMapping.blank(environment) && !ProviderMapping.blank(to)) {
      throw new ConfigurationException(
          "<environment> and <to> both name where to deploy; keep one (<environment> unless the Broker"
              + " only knows tags)");
    }
    if (toMainBranch && (!ProviderMapping.blank(environment) || !ProviderMapping.blank(to))) {
      throw new ConfigurationException(
          "<toMainBranch> and <"
              + (ProviderMapping.blank(to) ? "environment" : "to")
              + "> both name"
              + " what to check against; keep one");
    }
    if (!List.of("text", "json").contains(output == null ? "text" : output.trim())) {
      throw new ConfigurationException("<output> is text or json, found \"" + output + "\"");
    }
    CanIDeploy.Target target =
        !ProviderMapping.blank(environment)
            ? new CanIDeploy.Target.Environment(environment.trim())
            : !ProviderMapping.blank(to)
                ? new CanIDeploy.Target.Tag(to.trim())
                : toMainBranch
                    ? new CanIDeploy.Target.MainBranches()
                    : new CanIDeploy.Target.LatestOfAll();
    try {
      return new CanIDeploy.Query(
          pacticipant.trim(), v, target, entries(ignore), entries(pacticipants));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("<pacticipants>: " + e.getMessage());
    }
  }

  private void print(CanIDeploy.Answer answer) {
    String format = "%-24s %-14s %-24s %-14s %s";
    getLog()
        .info(String.format(format, "CONSUMER", "C.VERSION", "PROVIDER", "P.VERSION", "VERIFIED"));
    for (CanIDeploy.Row r : answer.matrix()) {
      getLog()
          .info(
              String.format(
                  format,
                  r.consumer(),
                  r.consumerVersion(),
                  r.provider(),
                  r.providerVersion(),
                  r.verification() + (r.ignored() ? " (ignored)" : "")));
    }
    if (answer.matrix().isEmpty()) {
      getLog().info("(no verification stands between this version and the target)");
    }
    answer.notices().forEach(n -> getLog().info(n));
  }
}
