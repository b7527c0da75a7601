package io.pactcontainers.report;

import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.PactResult;
import io.pactcontainers.verify.VerificationResult;

/** A report for people (CI job summaries, pull request comments). */
final class MarkdownReportWriter implements ReportWriter {
  @Override
  public String render(VerificationResult result) {
    StringBuilder sb =
        new StringBuilder("# Pact verification: ").append(result.provider()).append("\n\n");
    sb.append(result.successful() ? "**Passed**" : "**Failed**").append("\n\n");
    for (PactResult p : result.pacts()) {
      sb.append("## ")
          .append(p.consumer())
          .append("\n\n| # | interaction | outcome |\n|---|---|---|\n");
      for (InteractionResult r : p.results()) {
        sb.append("| ")
            .append(r.interaction().index())
            .append(" | ")
            .append(r.interaction().description().replace("|", "\\|"))
            .append(" | ")
            .append(Summary.outcome(r))
            .append(" |\n");
      }
      sb.append('\n');
    }
    sb.append("```\n").append(Summary.of(result)).append("```\n");
    return sb.toString();
  }
}
