package io.pactcontainers.verify;

import io.pactcontainers.model.Pact;
import java.util.List;

/** Passes everything on and keeps the warnings for the result. */
record RecordingListener(VerificationListener delegate, List<String> warnings)
    implements VerificationListener {
  @Override
  public void info(String line) {
    delegate.info(line);
  }

  @Override
  public void warn(String line) {
    warnings.add(line);
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
