package io.pactcontainers.verify;

import io.pactcontainers.model.Pact;
import java.util.List;

/**
 * Passes everything on and keeps the warning events for the result (a warning still given as text
 * is shown only: every warning of the library's is an event).
 */
record RecordingListener(VerificationListener delegate, List<RunEvent> warnings)
    implements VerificationListener {
  @Override
  public void event(RunEvent event) {
    if (event.warning()) {
      warnings.add(event);
    }
    delegate.event(event);
  }

  @Override
  public void info(String line) {
    delegate.info(line);
  }

  @Override
  public void warn(String line) {
    delegate.warn(line);
  }

  @Override
  public void pactStarted(Pact pact, int interactions) {
    delegate.pactStarted(pact, interactions);
  }

  @Override
  public void interactionVerified(Pact pact, InteractionResult result, Progress progress) {
    delegate.interactionVerified(pact, result, progress);
  }

  @Override
  public String settingName(io.pactcontainers.Setting setting) {
    return delegate.settingName(setting);
  }
}
