package io.pactcontainers.verify;

import io.pactcontainers.Secrets;
import io.pactcontainers.model.Pact;

/**
 * A listener whose every line has the run's secrets masked, so that no front end has to remember
 * it: a warning quoting a header a redirect dropped, a Broker's answer, a provider's message. Typed
 * events pass as they are: the front end's presenter renders them and masks what it shows.
 */
final class MaskingListener implements VerificationListener {
  private final VerificationListener listener;
  private final Secrets secrets;

  private MaskingListener(VerificationListener listener, Secrets secrets) {
    this.listener = listener;
    this.secrets = secrets;
  }

  static VerificationListener of(VerificationListener listener, Secrets secrets) {
    return secrets.isEmpty() ? listener : new MaskingListener(listener, secrets);
  }

  @Override
  public void info(String line) {
    listener.info(secrets.mask(line));
  }

  @Override
  public void warn(String line) {
    listener.warn(secrets.mask(line));
  }

  @Override
  public String settingName(io.pactcontainers.Setting setting) {
    return listener.settingName(setting);
  }

  @Override
  public void pactStarted(Pact pact, int interactions) {
    listener.pactStarted(pact, interactions);
  }

  @Override
  public void interactionVerified(Pact pact, InteractionResult result) {
    listener.interactionVerified(pact, result);
  }

  @Override
  public void interactionVerified(Pact pact, InteractionResult result, Progress progress) {
    listener.interactionVerified(pact, result, progress);
  }
}
