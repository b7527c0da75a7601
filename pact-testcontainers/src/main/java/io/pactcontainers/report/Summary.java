package io.pactcontainers.report;

import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.PactResult;
import io.pactcontainers.verify.VerificationResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plain-text summary printed at the end of a run: the interactions that did not pass again,
 * grouped per consumer, then the totals on the last line.
 */
public final class Summary {
  private Summary() {}

  /**
   * The totals: {@code Pact verification of "p": 3 passed, 1 failed, 0 errored in 812 ms}.
   *
   * @param result the run's result
   * @return one line
   */
  public static String totals(VerificationResult result) {
    StringBuilder sb = new StringBuilder();
    long passed = result.count(InteractionResult.Passed.class);
    long failed = result.count(InteractionResult.Failed.class);
    long errored = result.count(InteractionResult.Errored.class);
    long pendingFailures =
        result.allResults().stream().filter(r -> !r.passed() && r.pending()).count();
    sb.append("Pact verification of \"")
        .append(result.provider())
        .append("\": ")
        .append(passed)
        .append(" passed, ")
        .append(failed)
        .append(" failed, ")
        .append(errored)
        .append(" errored");
    if (pendingFailures > 0) {
      sb.append(" (").append(pendingFailures).append(" of the failures pending, not counted)");
    }
    if (result.notSent() > 0) {
      sb.append(" (").append(result.notSent()).append(" of them not sent: the run stopped)");
    }
    sb.append(" in ").append(result.duration().toMillis()).append(" ms");
    result.interrupted().ifPresent(i -> sb.append(" (").append(i).append(")"));
    if (result.partial()) {
      sb.append(" (a partial run: ").append(result.filtering().describe()).append(')');
    }
    return sb.toString();
  }

  /**
   * The summary: failures and errors again, per consumer, then the totals last.
   *
   * @param result the run's result
   * @return the summary's lines, joined by newlines, the run's secrets masked
   */
  public static String of(VerificationResult result) {
    Map<String, StringBuilder> perConsumer = new LinkedHashMap<>();
    for (PactResult pact : result.pacts()) {
      for (InteractionResult r : pact.results()) {
        if (r.passed() || ConsoleReport.notSent(r)) {
          continue; // those not sent are counted once below, with why
        }
        StringBuilder sb = perConsumer.computeIfAbsent(pact.consumer(), k -> new StringBuilder());
        sb.append("    ")
            .append(r.pending() ? "[PENDING] " : "")
            .append(r.outcome().toUpperCase(java.util.Locale.ROOT))
            .append(' ')
            .append(r.interaction().label())
            .append(ConsoleReport.given(r.interaction().providerStates()))
            .append(" (")
            .append(pact.location())
            .append(")\n");
        if (r instanceof InteractionResult.Failed f) {
          // As the interaction's own lines show them: the missing keys of one object on one line.
          String lastCategory = null;
          for (ShownMismatch m : ShownMismatch.of(f.mismatches())) {
            if (!m.category().equals(lastCategory)) {
              sb.append("      ").append(m.category()).append(":\n");
              lastCategory = m.category();
            }
            sb.append("        - ").append(m.line()).append('\n');
          }
        } else if (r instanceof InteractionResult.Errored e) {
          sb.append("      Error: ").append(e.error()).append('\n');
        }
      }
    }
    StringBuilder out = new StringBuilder();
    if (!perConsumer.isEmpty()) {
      out.append("Interactions that did not pass, per consumer:\n");
      perConsumer.forEach(
          (consumer, lines) ->
              out.append("  ")
                  .append(consumer)
                  .append(" -> ")
                  .append(result.provider())
                  .append(":\n")
                  .append(lines));
      out.append('\n');
    }
    result
        .stopped()
        .ifPresent(
            why ->
                out.append(result.notSent())
                    .append(result.notSent() == 1 ? " interaction" : " interactions")
                    .append(" not sent: the run stopped: ")
                    .append(why)
                    .append("\n\n"));
    // A mismatch may quote what a provider echoed: the run's secrets are masked here, once.
    return result.reproduction().secrets().mask(out.append(totals(result)).append('\n').toString());
  }

  /**
   * The verdict word of a result as the reports write it: passed, failed, errored, with "pending"
   * when it does not count.
   */
  static String outcome(InteractionResult r) {
    return r.passed() ? "passed" : (r.pending() ? "pending, " : "") + r.outcome();
  }
}
