package io.pactcontainers.report;

import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.VerificationResult;
import java.io.File;
import java.util.List;

/**
 * A run's verdict as every front end says it, with its one message: verified; a broken contract (a
 * build failure, exit status 1); or a run that could not judge, was stopped, or whose publication
 * or reports failed (a build error, exit status 2). A report that could not be written is said with
 * the verdict: a missing report is not a complete run.
 *
 * @param kind which of the three
 * @param message what to say; empty when verified
 */
public record Verdict(Kind kind, String message) {

  /** The three outcomes a front end tells apart. */
  public enum Kind {
    /** Every interaction passed (pending ones aside), published and reported as asked. */
    VERIFIED,
    /** An interaction's answer broke the contract. */
    CONTRACT_BROKEN,
    /** The run could not judge, stopped, or could not publish or report. */
    NOT_COMPLETED
  }

  /**
   * The reports that could not be written, as every front end says it with its verdict.
   *
   * @param notWritten the reports, each with its reason ("bench.json (permission denied: DIR)")
   * @param reports the reports' folder
   * @param outputDirectory the output folder's setting, in the front end's words
   * @return "X could not be written to DIR (nothing half-written is left); free space there or make
   *     it writable, or set SETTING elsewhere, and run again"
   */
  public static String reportsNotWritten(
      List<String> notWritten, File reports, String outputDirectory) {
    return String.join(", ", notWritten)
        + " could not be written to "
        + reports
        + " (nothing half-written is left); free space there or make it writable, or set "
        + outputDirectory
        + " elsewhere, and run again";
  }

  /**
   * The verdict of a run.
   *
   * @param result the run's result
   * @param reports the reports' folder
   * @param notWritten the reports that could not be written
   * @param outputDirectory the output folder's setting, in the front end's words
   * @param onlyWarnOnPublishFailure how to make a failed publication a warning, in its words
   * @return the verdict
   */
  public static Verdict of(
      VerificationResult result,
      File reports,
      List<String> notWritten,
      String outputDirectory,
      String onlyWarnOnPublishFailure) {
    String unwritten =
        notWritten.isEmpty() ? "" : reportsNotWritten(notWritten, reports, outputDirectory);
    String also = unwritten.isEmpty() ? "" : "; also, " + unwritten;
    if (result.successful()) {
      if (result.publishFailure().isPresent()) {
        return new Verdict(
            Kind.NOT_COMPLETED,
            result.publishFailure().get()
                + " (set "
                + onlyWarnOnPublishFailure
                + " to only warn)"
                + also);
      }
      return unwritten.isEmpty()
          ? new Verdict(Kind.VERIFIED, "")
          : new Verdict(Kind.NOT_COMPLETED, "Pact verification passed, but " + unwritten);
    }
    // A publication that failed too is said as well: it is not lost behind the failed contract.
    String totals =
        Summary.totals(result)
            + "; see the mismatches above and the reports in "
            + reports
            + result
                .publishFailure()
                .map(f -> "; also, " + Character.toLowerCase(f.charAt(0)) + f.substring(1))
                .orElse("")
            + also;
    if (result.contractBroken()) {
      return new Verdict(Kind.CONTRACT_BROKEN, "Pact verification failed: " + totals);
    }
    if (result.stopped().isPresent()) {
      // One message: what happened, what to do, then the totals.
      return new Verdict(
          Kind.NOT_COMPLETED,
          "Pact verification stopped: " + result.stopped().get() + ". " + totals);
    }
    // Every interaction erred alike (a provider refusing the TLS handshake, say): the one message
    // says why, not only that.
    List<String> errors =
        result.allResults().stream()
            .filter(r -> r instanceof InteractionResult.Errored)
            .map(r -> ((InteractionResult.Errored) r).error())
            .distinct()
            .toList();
    return new Verdict(
        Kind.NOT_COMPLETED,
        "Pact verification could not be completed: "
            + (errors.size() == 1 ? errors.get(0) + ". " : "")
            + totals);
  }
}
