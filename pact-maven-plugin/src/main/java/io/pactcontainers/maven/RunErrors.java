package io.pactcontainers.maven;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.broker.BrokerException;
import io.pactcontainers.model.JsonLimitException;
import io.pactcontainers.provider.ProviderStartException;
import io.pactcontainers.settings.PropertyNames;
import io.pactcontainers.verify.NothingToVerifyException;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The one ladder from the library's typed errors and results to Maven's outcomes, shared by the
 * goals: a broken contract is a failure, everything else an error with one message in POM terms.
 */
final class RunErrors {
  private RunErrors() {}

  /** A library error as the BUILD ERROR Maven prints, in POM terms. */
  static MojoExecutionException of(PactContainersException e) {
    if (e instanceof NothingToVerifyException) {
      // No contract was broken: the pacts are not where the POM says, or none is for this provider.
      return new MojoExecutionException(e.getMessage());
    }
    if (e instanceof BrokerException b) {
      return new MojoExecutionException(
          io.pactcontainers.settings.BrokerSettings.message(b, MavenNames.POM), b);
    }
    if (e instanceof JsonLimitException) {
      return new MojoExecutionException(
          e.getMessage() + " with <maxBodySize> (-D" + PropertyNames.MAX_BODY_SIZE + ", in MB)");
    }
    if (e instanceof ProviderStartException) {
      // Without the cause: Maven would append Testcontainers' own message ("Retry limit hit...").
      return new MojoExecutionException(e.getMessage());
    }
    return new MojoExecutionException(e.getMessage(), e);
  }

  /**
   * Prints the summary and turns the run's result into Maven's outcome: nothing for a pass, a
   * failure for a broken contract, an error for a run that could not judge (errored interactions
   * only: state endpoint, provider down, interrupted) or whose publication failed.
   */
  static void outcome(
      io.pactcontainers.verify.VerificationResult result,
      File reports,
      List<String> notWritten,
      Log log)
      throws MojoExecutionException, MojoFailureException {
    String summary = io.pactcontainers.report.Summary.of(result);
    // Said with the verdict, and in the build's message: a missing report is not a complete run.
    String unwritten =
        notWritten.isEmpty()
            ? ""
            : String.join(", ", notWritten)
                + " could not be written to "
                + reports
                + " (nothing half-written is left); free space there, or set <outputDirectory>"
                + " elsewhere, and run again";
    if (result.successful()) {
      log.info(summary);
      if (result.publishFailure().isPresent()) {
        throw new MojoExecutionException(
            result.publishFailure().get()
                + " (set <broker><failIfPublishFails>false</failIfPublishFails> to only warn)"
                + (unwritten.isEmpty() ? "" : "; also, " + unwritten));
      }
      if (!unwritten.isEmpty()) {
        throw new MojoExecutionException(
            "Pact verification passed, but " + unwritten + ". " + summary.strip());
      }
      return;
    }
    log.error(summary);
    // A publication that failed too is said as well: it is not lost behind the failed contract.
    result.publishFailure().ifPresent(log::error);
    String totals =
        io.pactcontainers.report.Summary.totals(result)
            + "; see the mismatches above and the reports in "
            + reports
            + result
                .publishFailure()
                .map(f -> "; also, " + Character.toLowerCase(f.charAt(0)) + f.substring(1))
                .orElse("")
            + (unwritten.isEmpty() ? "" : "; also, " + unwritten);
    boolean contractBroken = result.contractBroken();
    if (result.stopped().isPresent() && !contractBroken) {
      // One message: what happened, what to do, then the totals.
      throw new MojoExecutionException(
          "Pact verification stopped: " + result.stopped().get() + ". " + totals);
    }
    if (!contractBroken) {
      throw new MojoExecutionException("Pact verification could not be completed: " + totals);
    }
    throw new MojoFailureException("Pact verification failed: " + totals);
  }
}
