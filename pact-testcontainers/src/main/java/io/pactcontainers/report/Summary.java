package io.pactcontainers.report;

import io.pactcontainers.matching.Mismatch;
import io.pactcontainers.model.ProviderState;
import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.PactVerification;
import io.pactcontainers.verify.VerificationResult;
import java.util.List;
import java.util.stream.Collectors;

/** The plain-text summary printed at the end of a run: counts, then every failing interaction. */
public final class Summary {
  private Summary() {}

  public static String of(VerificationResult result) {
    StringBuilder sb = new StringBuilder();
    long passed = result.count(InteractionResult.Passed.class);
    long failed = result.count(InteractionResult.Failed.class);
    long errored = result.count(InteractionResult.Errored.class);
    long pendingFailures = result.allResults().stream().filter(r -> !r.passed() && r.pending()).count();
    sb.append("Pact verification of \"").append(result.provider()).append("\": ")
        .append(passed).append(" passed, ").append(failed).append(" failed, ").append(errored).append(" errored");
    if (pendingFailures > 0) {
      sb.append(" (").append(pendingFailures).append(" of the failures pending, not counted)");
    }
    sb.append(" in ").append(result.duration().toMillis()).append(" ms");
    result.interrupted().ifPresent(i -> sb.append(" (").append(i).append(")"));
    sb.append('\n');
    for (PactVerification pact : result.pacts()) {
      for (InteractionResult r : pact.results()) {
        if (r.passed()) {
          continue;
        }
        sb.append('\n').append(r.pending() ? "[PENDING] " : "").append(pact.consumer()).append(" -> ")
            .append(pact.provider()).append(", interaction ").append(r.interaction().label());
        List<ProviderState> states = r.interaction().providerStates();
        if (!states.isEmpty()) {
          sb.append(" given ").append(states.stream().map(s -> "\"" + s.name() + "\"").collect(Collectors.joining(" and ")));
        }
        sb.append(" (").append(pact.location()).append(")\n");
        if (r instanceof InteractionResult.Failed f) {
          String lastCategory = null;
          for (Mismatch m : f.mismatches()) {
            if (!m.category().equals(lastCategory)) {
              sb.append("  ").append(m.category()).append(":\n");
              lastCategory = m.category();
            }
            sb.append("    - ").append(m.message()).append('\n');
          }
        } else if (r instanceof InteractionResult.Errored e) {
          sb.append("  Error: ").append(e.error()).append('\n');
        }
      }
    }
    return sb.toString();
  }
}
