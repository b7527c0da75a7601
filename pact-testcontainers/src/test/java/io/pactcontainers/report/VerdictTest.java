package io.pactcontainers.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.model.Interaction;
import io.pactcontainers.model.Mismatch;
import io.pactcontainers.model.PactReader;
import io.pactcontainers.verify.Evidence;
import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.PactResult;
import io.pactcontainers.verify.VerificationResult;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The verdict every front end says, in its words for the two settings it names. */
class VerdictTest {
  private static final File REPORTS = new File("target/pact/reports");
  private static final Interaction INTERACTION =
      new PactReader()
          .read(
              "{\"consumer\":{\"name\":\"sous\"},\"provider\":{\"name\":\"grill\"},\"interactions\":["
                  + "{\"description\":\"an order\",\"request\":{\"method\":\"GET\",\"path\":\"/\"},"
                  + "\"response\":{\"status\":200}}],"
                  + "\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}",
              "p.json")
          .interactions()
          .get(0);

  private static VerificationResult run(InteractionResult r) {
    return new VerificationResult(
        "grill",
        List.of(new PactResult("sous", "grill", "p.json", false, List.of(r), Optional.empty())),
        List.of(),
        Duration.ofMillis(5));
  }

  private static Verdict verdict(VerificationResult result, List<String> notWritten) {
    return Verdict.of(result, REPORTS, notWritten, "--output-directory", "X=false");
  }

  @Test
  void aPassIsVerifiedUnlessAReportCouldNotBeWritten() {
    VerificationResult passed =
        run(new InteractionResult.Passed(INTERACTION, Duration.ZERO, false));
    assertThat(verdict(passed, List.of())).isEqualTo(new Verdict(Verdict.Kind.VERIFIED, ""));
    assertThat(verdict(passed, List.of("the html report (No space left on device)")))
        .isEqualTo(
            new Verdict(
                Verdict.Kind.NOT_COMPLETED,
                "Pact verification passed, but the html report (No space left on device) could not"
                    + " be written to "
                    + REPORTS
                    + " (nothing half-written is left); free space there or make it writable, or set"
                    + " --output-directory elsewhere, and run again"));
    assertThat(verdict(passed.withPublishFailure("Publishing failed: 503"), List.of()).message())
        .isEqualTo("Publishing failed: 503 (set X=false to only warn)");
  }

  @Test
  void aBrokenContractIsTheOnlyFailureEverythingElseIsNotCompleted() {
    VerificationResult broken =
        run(
            new InteractionResult.Failed(
                INTERACTION,
                List.of(
                    new Mismatch.StatusMismatch("200", "500", "status: expected 200, found 500")),
                Duration.ZERO,
                false,
                Evidence.NONE));
    Verdict v = verdict(broken, List.of());
    assertThat(v.kind()).isEqualTo(Verdict.Kind.CONTRACT_BROKEN);
    assertThat(v.message())
        .startsWith("Pact verification failed: ")
        .endsWith("; see the mismatches above and the reports in " + REPORTS);
    VerificationResult errored =
        run(new InteractionResult.Errored(INTERACTION, "connection refused", Duration.ZERO, false));
    assertThat(verdict(errored, List.of()).kind()).isEqualTo(Verdict.Kind.NOT_COMPLETED);
    assertThat(verdict(errored, List.of()).message())
        .startsWith("Pact verification could not be completed: connection refused. ");
  }
}
