package io.pactcontainers.verify;

import io.pactcontainers.model.Pact;

/**
 * What a run tells its user as it goes: typed events (the plan, the publishing, a redirect
 * followed...) that a front end says in the words of {@code report.RunPresenter}, each result
 * (worded by {@code report.ConsoleReport}), and a few lines still given as text. The Maven plugin
 * adapts this to Maven's log.
 */
public interface VerificationListener {
  /** A listener that shows nothing. */
  VerificationListener SILENT = new VerificationListener() {};

  /**
   * Something happened: the front end says it, in the words of {@code report.RunPresenter}.
   *
   * @param event what happened, the run's secrets masked in its text
   */
  default void event(RunEvent event) {}

  /**
   * A line of progress still given as text: the provider started, a result published.
   *
   * @param line what happened
   */
  default void info(String line) {}

  /**
   * How this front end names a setting in messages; by default the library's own words.
   *
   * @param setting a setting a message asks the user to check
   * @return its name as the user wrote it ({@code <provider><image>} for Maven)
   */
  default String settingName(io.pactcontainers.Setting setting) {
    return setting.words();
  }

  /**
   * Something the user should look at, that does not stop the run, still given as text.
   *
   * @param line the warning
   */
  default void warn(String line) {}

  /**
   * A pact is about to be verified.
   *
   * @param pact the pact
   * @param interactions how many of its interactions will run (after filters)
   */
  default void pactStarted(Pact pact, int interactions) {}

  /**
   * An interaction verified.
   *
   * @param pact its pact
   * @param result its result
   */
  default void interactionVerified(Pact pact, InteractionResult result) {}

  /**
   * An interaction verified; by default the same as {@link #interactionVerified(Pact,
   * InteractionResult)}.
   *
   * @param pact its pact
   * @param result its result
   * @param progress how far the run is
   */
  default void interactionVerified(Pact pact, InteractionResult result, Progress progress) {
    interactionVerified(pact, result);
  }
}
