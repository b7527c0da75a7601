package io.pactcontainers.verify;

import io.pactcontainers.model.Pact;

/** What a run tells its user as it goes. The Maven plugin adapts this to Maven's log. */
public interface VerificationListener {
  VerificationListener SILENT = new VerificationListener() {};

  default void info(String line) {}

  /** How this front end names a setting in messages; by default the library's own words. */
  default String settingName(io.pactcontainers.Setting setting) {
    return setting.words();
  }

  default void warn(String line) {}

  default void pactStarted(Pact pact, int interactions) {}

  default void interactionVerified(Pact pact, InteractionResult result) {}

  /**
   * An interaction verified; by default the same as {@link #interactionVerified(Pact,
   * InteractionResult)}.
   */
  default void interactionVerified(Pact pact, InteractionResult result, Progress progress) {
    interactionVerified(pact, result);
  }
}
