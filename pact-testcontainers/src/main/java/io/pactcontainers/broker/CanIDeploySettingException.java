package io.pactcontainers.broker;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.PactContainersException;

/**
 * A can-i-deploy setting that cannot be asked about (two ways to pick the version, no version, two
 * targets): the message names the settings as the front end does.
 */
public final class CanIDeploySettingException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  private final CanIDeployQuestion.Setting setting;

  CanIDeploySettingException(CanIDeployQuestion.Setting setting, String message) {
    super(message);
    this.setting = requireNonNull(setting, "setting");
  }

  /**
   * The setting at fault (the first named, where two contradict each other).
   *
   * @return the setting
   */
  public CanIDeployQuestion.Setting setting() {
    return setting;
  }
}
