package it.pantry;

import io.pactcontainers.report.ReportWriter;
import io.pactcontainers.verify.VerificationResult;

/** The team's own report beside the built-in ones: one line for the team's dashboard. */
public class TeamReport implements ReportWriter {
  @Override
  public String extension() {
    return "team.txt";
  }

  @Override
  public String render(VerificationResult result) {
    return result.provider()
        + ": "
        + result.allResults().size()
        + " interaction(s), "
        + (result.successful() ? "verified" : "NOT verified")
        + "\n";
  }
}
