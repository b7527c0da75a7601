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
    io.pactcontainers.report.Verdict verdict =
        io.pactcontainers.report.Verdict.of(
            result,
            reports,
            notWritten,
            "<outputDirectory>",
            "<broker><failIfPublishFails>false</failIfPublishFails>");
    if (result.successful()) {
      log.info(summary);
    } else {
      log.error(summary);
      result.publishFailure().ifPresent(log::error);
    }
    switch (verdict.kind()) {
      case VERIFIED -> {}
      case CONTRACT_BROKEN -> throw new MojoFailureException(verdict.message());
      case NOT_COMPLETED -> throw new MojoExecutionException(verdict.message());
    }
  }
}
