package io.pactcontainers.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.verify.PactResult;
import io.pactcontainers.verify.VerificationResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A run stopped by Ctrl-C or SIGTERM lists only the interactions it verified: the JSON and JUnit
 * reports say it was interrupted, so that they are not read as a whole, empty or green run.
 */
class InterruptedRunReportsTest {
  private static VerificationResult interrupted(Optional<String> how) {
    PactResult pact =
        new PactResult("web", "menu", "/pacts/web-menu.json", false, List.of(), Optional.empty());
    return new VerificationResult(
        "menu", List.of(pact), List.of(), Duration.ofMillis(5), Optional.empty(), how);
  }

  @Test
  void theJsonReportSaysTheRunWasInterruptedAndAfterHowMany() throws Exception {
    JsonNode json =
        new ObjectMapper()
            .readTree(
                ReportFormat.JSON
                    .writer()
                    .render(interrupted(Optional.of("interrupted after 0 of 3 interactions"))));
    assertThat(json.path("interrupted").asText())
        .isEqualTo("interrupted after 0 of 3 interactions");
    assertThat(json.path("successful").asBoolean()).isFalse();
  }

  @Test
  void theJunitReportHasAnErroredCaseSayingTheRunWasInterrupted() {
    String xml =
        JunitReportWriter.suite(
            interrupted(Optional.empty()).pacts().get(0),
            interrupted(Optional.of("interrupted after 0 of 3 interactions")));
    assertThat(xml)
        .contains("tests=\"1\"")
        .contains("errors=\"1\"")
        .contains("<testcase name=\"not verified: the run was interrupted\"")
        .contains(
            "<error message=\"interrupted after 0 of 3 interactions (Ctrl-C or SIGTERM): the"
                + " interactions not listed were not verified\"");
  }

  @Test
  void theJunitReportCarriesTheInterruptionAsAProperty() {
    String xml =
        JunitReportWriter.suite(
            interrupted(Optional.empty()).pacts().get(0),
            interrupted(Optional.of("interrupted after 0 of 3 interactions")));
    assertThat(xml)
        .contains(
            "<property name=\"pact.interrupted\" value=\"interrupted after 0 of 3 interactions\"");
  }

  @Test
  void aRunThatWasNotInterruptedHasNoSuchKeyPropertyOrCase() throws Exception {
    VerificationResult whole = interrupted(Optional.empty());
    assertThat(
            new ObjectMapper()
                .readTree(ReportFormat.JSON.writer().render(whole))
                .has("interrupted"))
        .isFalse();
    assertThat(JunitReportWriter.suite(whole.pacts().get(0), whole))
        .doesNotContain("pact.interrupted")
        .doesNotContain("not verified: the run was interrupted")
        .contains("errors=\"0\"");
  }
}
