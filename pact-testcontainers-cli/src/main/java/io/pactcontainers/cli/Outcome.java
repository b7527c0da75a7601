package io.pactcontainers.cli;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.broker.BrokerException;
import io.pactcontainers.model.JsonLimitException;
import io.pactcontainers.report.Verdict;
import io.pactcontainers.settings.BrokerSettings;
import io.pactcontainers.verify.VerificationResult;
import java.io.File;
import java.util.List;

/**
 * The run's result, or the library's error, as the exit status and its one message: 0 verified, 1 a
 * contract broken, 2 anything else, so that CI tells a broken contract from a broken set-up.
 *
 * @param status the exit status
 * @param message what to say on stderr; empty for a pass
 */
record Outcome(int status, String message) {

  /** A library error in this user's words: exit status 2. */
  static Outcome of(PactContainersException e, CliNames names) {
    if (e instanceof BrokerException b) {
      return error(BrokerSettings.message(b, names));
    }
    if (e instanceof JsonLimitException) {
      return error(e.getMessage() + " with " + names.of("maxBodySize") + " (in MB)");
    }
    return error(e.getMessage());
  }

  static Outcome error(String message) {
    return new Outcome(Commands.ERROR, message);
  }

  /**
   * The verdict: a pass, a broken contract, or a run that could not judge (errored interactions
   * only, stopped) or whose publication or reports failed.
   *
   * @param reports the reports' folder
   * @param notWritten the reports that could not be written
   * @param names how this user names settings
   */
  static Outcome of(
      VerificationResult result, File reports, List<String> notWritten, CliNames names) {
    Verdict verdict =
        Verdict.of(
            result,
            reports,
            notWritten,
            names.of("outputDirectory"),
            "broker.failIfPublishFails: false in the " + Commands.CONFIG + " file");
    return switch (verdict.kind()) {
      case VERIFIED -> new Outcome(Commands.VERIFIED, "");
      case CONTRACT_BROKEN -> new Outcome(Commands.BROKEN, verdict.message());
      case NOT_COMPLETED -> error(verdict.message());
    };
  }
}
