package io.pactcontainers.maven;

import io.pactcontainers.model.Pact;
import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.VerificationListener;
import org.apache.maven.plugin.logging.Log;

/** Shows a run's progress in Maven's log. */
final class MavenLogListener implements VerificationListener {
  private final Log log;

  MavenLogListener(Log log) {
    this.log = log;
  }

  @Override
  public void info(String line) {
    log.info(line);
  }

  @Override
  public void warn(String line) {
    log.warn(line);
  }

  @Override
  public void pactStarted(Pact pact, int interactions) {
    log.info("Pact " + pact.consumer() + " -> " + pact.provider() + " (" + pact.specVersion().label() + ", "
        + interactions + " interaction" + (interactions == 1 ? "" : "s") + ") from " + pact.location());
  }

  @Override
  public void interactionVerified(Pact pact, InteractionResult result) {
    String outcome = result instanceof InteractionResult.Passed ? "OK     "
        : result instanceof InteractionResult.Failed ? "FAILED " : "ERROR  ";
    String line = "  " + outcome + (result.pending() ? "[pending] " : "") + result.interaction().label()
        + " (" + result.duration().toMillis() + " ms)";
    if (result.passed() || result.pending()) {
      log.info(line);
    } else {
      log.error(line);
    }
  }
}
