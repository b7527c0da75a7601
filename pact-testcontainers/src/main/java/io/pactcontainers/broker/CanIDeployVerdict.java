package io.pactcontainers.broker;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.broker.CanIDeployQuestion.Names;
import io.pactcontainers.broker.CanIDeployQuestion.Setting;
import java.util.ArrayList;
import java.util.List;

/**
 * The Broker's can-i-deploy answer in words, as the Broker's CLI gives it: the matrix it rests on,
 * the Broker's notices, and one sentence, yes or no, that a front end prints or fails with.
 *
 * @param query the question asked
 * @param answer the Broker's answer
 * @param retriesWhenUnknown how often the front end asked again while results were missing
 */
public record CanIDeployVerdict(
    CanIDeploy.Query query, CanIDeploy.Answer answer, int retriesWhenUnknown) {

  private static final String ROW = "%-24s %-14s %-24s %-14s %s";

  /**
   * Checks the components.
   *
   * @param query the question asked
   * @param answer the Broker's answer
   * @param retriesWhenUnknown how often the front end asked again while results were missing
   */
  public CanIDeployVerdict {
    requireNonNull(query, "query");
    requireNonNull(answer, "answer");
  }

  /**
   * Whether the version may go: a no, or a still unknown answer, is not.
   *
   * @return the Broker said yes
   */
  public boolean deployable() {
    return answer.deployable().orElse(false);
  }

  /**
   * The verdict: "Computer says yes \o/ : ..." or "Computer says no: ...", with the Broker's reason
   * and, for an answer still unknown, how to wait for it.
   *
   * @param names how the front end names its settings
   * @return one line
   */
  public String sentence(Names names) {
    String reason = answer.reason().replace('\n', ' ');
    if (deployable()) {
      return "Computer says yes \\o/ : " + query.describe() + ". " + reason;
    }
    boolean unknown = answer.deployable().isEmpty();
    return "Computer says no: "
        + query.describe()
        + " is "
        + (unknown ? "not known to be safe" : "not safe")
        + ": "
        + reason
        + (retriesWhenUnknown == 0 && unknown
            ? "; set "
                + names.option(Setting.RETRIES_WHEN_UNKNOWN)
                + " to wait for results still to come"
            : "");
  }

  /**
   * The matrix the answer rests on, one line a row under a header; the Broker's notices are {@link
   * #notices}, for a front end to show each at its level.
   *
   * @return the lines
   */
  public List<String> table() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(ROW, "CONSUMER", "C.VERSION", "PROVIDER", "P.VERSION", "VERIFIED"));
    for (CanIDeploy.Row r : answer.matrix()) {
      lines.add(
          String.format(
              ROW,
              r.consumer(),
              r.consumerVersion(),
              r.provider(),
              r.providerVersion(),
              r.verification() + (r.ignored() ? " (ignored)" : "")));
    }
    if (answer.matrix().isEmpty()) {
      lines.add("(no verification stands between this version and the target)");
    }
    return lines;
  }

  /**
   * The Broker's notices beside its answer, in its order.
   *
   * @return the notices
   */
  public List<CanIDeploy.Notice> notices() {
    return answer.notices();
  }

  /**
   * A dry run's lines: what would have decided the build, then that it does not.
   *
   * @param said the verdict's sentence, or the error that stopped the question
   * @param brokerError whether {@code said} is an error rather than the answer
   * @param names how the front end names its settings
   * @return two lines, each marked {@code [dry-run]}
   */
  public static List<String> dryRun(String said, boolean brokerError, Names names) {
    return List.of(
        "[dry-run] " + said,
        "[dry-run] Dry run ("
            + names.property(Setting.DRY_RUN)
            + "): the "
            + (brokerError ? "Broker's error" : "answer")
            + " does not decide the build");
  }
}
