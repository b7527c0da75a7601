package io.pactcontainers.report;

import io.pactcontainers.model.Interaction;
import io.pactcontainers.model.ProviderState;
import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.PactResult;
import io.pactcontainers.verify.VerificationResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A report for people (CI job summaries, pull request comments). */
final class MarkdownReportWriter implements ReportWriter {
  @Override
  public String render(VerificationResult result) {
    StringBuilder sb =
        new StringBuilder("# Pact verification: ").append(result.provider()).append("\n\n");
    sb.append(result.successful() ? "**Passed**" : "**Failed**").append("\n\n");
    if (result.partial()) {
      sb.append("> **A partial run**: ")
          .append(cell(result.filtering().describe()))
          .append(". What was left out was not verified.\n\n");
    }
    for (PactResult p : result.pacts()) {
      sb.append("## ")
          .append(p.consumer())
          .append("\n\n| # | interaction | provider state | outcome |\n|---|---|---|---|\n");
      for (Row row : rows(p)) {
        sb.append("| ")
            .append(row.interaction().index())
            .append(" | ")
            .append(cell(row.interaction().description()))
            .append(" | ")
            .append(cell(states(row.interaction().providerStates())))
            .append(" | ")
            .append(cell(row.outcome()))
            .append(" |\n");
      }
      sb.append('\n');
    }
    sb.append("```\n").append(Summary.of(result)).append("```\n");
    return sb.toString();
  }

  /** A table row: a verified interaction or one left out, in the pact's order. */
  private record Row(Interaction interaction, String outcome) {}

  private static List<Row> rows(PactResult p) {
    List<Row> rows = new ArrayList<>();
    for (InteractionResult r : p.results()) {
      rows.add(new Row(r.interaction(), Summary.outcome(r)));
    }
    for (PactResult.NotVerified n : p.leftOut()) {
      rows.add(new Row(n.interaction(), "not verified: " + n.reason()));
    }
    rows.sort(Comparator.comparingInt(r -> r.interaction().index()));
    return rows;
  }

  private static String states(List<ProviderState> states) {
    return states.isEmpty()
        ? ""
        : states.stream().map(ProviderState::name).collect(Collectors.joining(" and "));
  }

  /** Text safe in a table cell: pipes escaped, on one line. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace('\n', ' ');
  }
}
