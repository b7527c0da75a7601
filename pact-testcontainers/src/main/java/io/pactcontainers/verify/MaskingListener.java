package io.pactcontainers.verify;

import io.pactcontainers.Secrets;
import io.pactcontainers.model.Pact;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * A listener whose every line has the run's secrets masked, so that no front end has to remember
 * it: a warning quoting a header a redirect dropped, a Broker's answer, a provider's message. An
 * event's text is masked before it is passed on: each {@code String} and {@code List<String>}
 * component of its record (all of them, so that a new event needs no masking of its own).
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
  public void event(RunEvent event) {
    listener.event(masked(event, secrets));
  }

  /** The event again, its text components masked. */
  static RunEvent masked(RunEvent event, Secrets secrets) {
    RecordComponent[] components = event.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        Object value = components[i].getAccessor().invoke(event);
        if (value instanceof String s) {
          value = secrets.mask(s);
        } else if (value instanceof List<?> list) {
          value = list.stream().map(o -> o instanceof String s ? secrets.mask(s) : o).toList();
        }
        values[i] = value;
      }
      return (RunEvent) event.getClass().getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      // Every event is a public record of this package: this is a bug, not the user's problem.
      throw new IllegalStateException("Cannot mask " + event.getClass().getSimpleName(), e);
    }
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
