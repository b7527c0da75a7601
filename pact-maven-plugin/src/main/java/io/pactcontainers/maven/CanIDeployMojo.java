package io.pactcontainers.maven;

import io.pactcontainers.broker.BrokerException;
import io.pactcontainers.broker.CanIDeploy;
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

  /** Pacticipants whose verification results do not count (comma-separated with -D). */
  @Parameter(property = PropertyNames.CAN_I_DEPLOY_IGNORE)
  List<String> ignore;

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
    if (query.target() instanceof CanIDeploy.Target.LatestOfAll) {
      getLog()
          .warn(
              "No <environment> or <to> given: checking "
                  + pacticipant
                  + " against the latest version of every other"
                  + " application; set -D"
                  + PropertyNames.ENVIRONMENT
                  + " to check against what is deployed there");
    }
    CanIDeploy.Answer answer;
    try {
      answer =
          new CanIDeploy(config)
              .askUntilKnown(
                  query, retriesWhenUnknown, Duration.ofSeconds(retryInterval), getLog()::info);
    } catch (BrokerException e) {
      throw new MojoExecutionException(BrokerMapping.message(e), e);
    }
    print(answer);
    if (answer.deployable().orElse(false)) {
      getLog()
          .info(
              "Computer says yes \\o/ : "
                  + query.describe()
                  + ". "
                  + answer.reason().replace('\n', ' '));
      return;
    }
    throw new MojoFailureException(
        "Computer says no: "
            + query.describe()
            + " is "
            + (answer.deployable().isEmpty() ? "not known to be safe" : "not safe")
            + ": "
            + answer.reason().replace('\n', ' ')
            + (retriesWhenUnknown == 0 && answer.deployable().isEmpty()
                ? "; set -D"
                    + PropertyNames.RETRIES_WHEN_UNKNOWN
                    + " to wait for results still to come"
                : ""));
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
    CanIDeploy.Target target =
        !ProviderMapping.blank(environment)
            ? new CanIDeploy.Target.Environment(environment.trim())
            : !ProviderMapping.blank(to)
                ? new CanIDeploy.Target.Tag(to.trim())
                : new CanIDeploy.Target.LatestOfAll();
    return new CanIDeploy.Query(
        pacticipant.trim(),
        v,
        target,
        ignore == null
            ? List.of()
            : ignore.stream().filter(i -> !ProviderMapping.blank(i)).map(String::trim).toList());
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
