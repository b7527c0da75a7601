package io.pactcontainers.broker;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * can-i-deploy's question as a front end's settings give it, raw (null or blank for what the user
 * left out), and the rules that make a {@link CanIDeploy.Query} of it: one way to pick the version,
 * one thing to check against. Messages name the settings as the front end does, through {@link
 * Names}; {@link CanIDeployVerdict} words the answer.
 *
 * @param pacticipant the application, as the Broker names it
 * @param version its version, unless one of the next three picks it
 * @param latest {@code true}, or a tag: the latest version (with that tag)
 * @param branch the latest version of this branch
 * @param mainBranch the latest version of the main branch
 * @param environment the environment to deploy to
 * @param to instead: the tag that marks the versions deployed there
 * @param toMainBranch instead: against the latest of each other application's main branch
 * @param ignore pacticipants (or {@code name@version}) whose verifications do not count
 * @param pacticipants more applications deployed with it, each {@code name@version}
 * @param output {@code text} or {@code json}
 */
public record CanIDeployQuestion(
    String pacticipant,
    String version,
    String latest,
    String branch,
    boolean mainBranch,
    String environment,
    String to,
    boolean toMainBranch,
    List<String> ignore,
    List<String> pacticipants,
    String output) {

  /** The settings of the question and its run, for messages that name them. */
  public enum Setting {
    /** The application. */
    PACTICIPANT,
    /** Its version. */
    VERSION,
    /** The latest version, or the latest with a tag. */
    LATEST,
    /** The latest version of a branch. */
    BRANCH,
    /** The latest version of the main branch. */
    MAIN_BRANCH,
    /** The environment to deploy to. */
    ENVIRONMENT,
    /** The tag of the versions deployed where it goes. */
    TO,
    /** Against the others' main branches. */
    TO_MAIN_BRANCH,
    /** The pacticipants whose verifications do not count. */
    IGNORE,
    /** The applications deployed with it. */
    PACTICIPANTS,
    /** text or json. */
    OUTPUT,
    /** How often to ask again while results are missing. */
    RETRIES_WHEN_UNKNOWN,
    /** Asks, but never decides the build. */
    DRY_RUN
  }

  /** How a front end names its settings: the Maven plugin's {@code <latest>}, a CLI's flag. */
  public interface Names {
    /**
     * The setting as the user writes it in configuration.
     *
     * @param setting the setting
     * @return {@code <latest>}
     */
    String element(Setting setting);

    /**
     * The setting's key.
     *
     * @param setting the setting
     * @return {@code pact.canIDeploy.latest}
     */
    String property(Setting setting);

    /**
     * What the user writes to give it on the command line.
     *
     * @param setting the setting
     * @return {@code -Dpact.canIDeploy.latest}; by default, the key
     */
    default String option(Setting setting) {
      return property(setting);
    }
  }

  /**
   * Keeps what is given as given, but for the lists: null is none, blank entries are dropped and
   * the others trimmed.
   *
   * @param pacticipant the application
   * @param version its version
   * @param latest {@code true}, or a tag
   * @param branch a branch
   * @param mainBranch the main branch
   * @param environment the environment
   * @param to the tag of the target
   * @param toMainBranch against the others' main branches
   * @param ignore pacticipants whose verifications do not count; null for none
   * @param pacticipants applications deployed with it; null for none
   * @param output text or json; null for text
   */
  public CanIDeployQuestion {
    ignore = entries(ignore);
    pacticipants = entries(pacticipants);
  }

  /**
   * The query, checked.
   *
   * @param names how the front end names the settings
   * @return the query to ask the Broker
   * @throws CanIDeploySettingException when the settings contradict each other or miss the version
   */
  public CanIDeploy.Query query(Names names) {
    requireNonNull(names, "names");
    CanIDeploy.Version v = version(names);
    if (!blank(environment) && !blank(to)) {
      throw new CanIDeploySettingException(
          Setting.ENVIRONMENT,
          names.element(Setting.ENVIRONMENT)
              + " and "
              + names.element(Setting.TO)
              + " both name where to deploy; keep one ("
              + names.element(Setting.ENVIRONMENT)
              + " unless the Broker only knows tags)");
    }
    if (toMainBranch && (!blank(environment) || !blank(to))) {
      throw new CanIDeploySettingException(
          Setting.TO_MAIN_BRANCH,
          names.element(Setting.TO_MAIN_BRANCH)
              + " and "
              + names.element(blank(to) ? Setting.ENVIRONMENT : Setting.TO)
              + " both name what to check against; keep one");
    }
    if (!List.of("text", "json").contains(output == null ? "text" : output.trim())) {
      throw new CanIDeploySettingException(
          Setting.OUTPUT,
          names.element(Setting.OUTPUT) + " is text or json, found \"" + output + "\"");
    }
    try {
      return new CanIDeploy.Query(pacticipant.trim(), v, target(), ignore, pacticipants);
    } catch (IllegalArgumentException e) {
      throw new CanIDeploySettingException(
          Setting.PACTICIPANTS, names.element(Setting.PACTICIPANTS) + ": " + e.getMessage());
    }
  }

  /**
   * Whether a setting other than the version picks the version to ask about (the latest, a
   * branch's, the main branch's): then no version is looked for when none is given.
   *
   * @param latest {@code true}, a tag, {@code false} or null
   * @param branch a branch, or null
   * @param mainBranch whether the main branch's latest is asked for
   * @return true when one of them picks the version
   */
  public static boolean versionPicked(String latest, String branch, boolean mainBranch) {
    return !blank(latest) && !latest.trim().equalsIgnoreCase("false")
        || !blank(branch)
        || mainBranch;
  }

  private CanIDeploy.Version version(Names names) {
    List<String> picks = new ArrayList<>();
    if (!blank(latest)) {
      picks.add(names.element(Setting.LATEST));
    }
    if (!blank(branch)) {
      picks.add(names.element(Setting.BRANCH));
    }
    if (mainBranch) {
      picks.add(names.element(Setting.MAIN_BRANCH));
    }
    if (picks.size() > 1) {
      throw new CanIDeploySettingException(
          Setting.LATEST,
          String.join(" and ", picks) + " each pick the version to deploy; keep one");
    }
    if (!blank(latest)) {
      String l = latest.trim();
      return new CanIDeploy.Version.Latest(l.equals("true") ? Optional.empty() : Optional.of(l));
    } else if (!blank(branch)) {
      return new CanIDeploy.Version.LatestOfBranch(branch.trim());
    } else if (mainBranch) {
      return new CanIDeploy.Version.LatestOfMainBranch();
    } else if (!blank(version)) {
      return new CanIDeploy.Version.Number(version.trim());
    }
    throw new CanIDeploySettingException(
        Setting.VERSION,
        names.element(Setting.VERSION)
            + " is needed; set "
            + names.option(Setting.VERSION)
            + ", or ask for the latest with "
            + names.option(Setting.LATEST)
            + "=true");
  }

  private CanIDeploy.Target target() {
    return !blank(environment)
        ? new CanIDeploy.Target.Environment(environment.trim())
        : !blank(to)
            ? new CanIDeploy.Target.Tag(to.trim())
            : toMainBranch
                ? new CanIDeploy.Target.MainBranches()
                : new CanIDeploy.Target.LatestOfAll();
  }

  /**
   * What to say when the question names nothing to check against: the Broker then checks against
   * the latest of every other application, which is rarely what a deployment means.
   *
   * @param query the query made of this question
   * @param names how the front end names the settings
   * @return the warning, when it applies
   */
  public Optional<String> defaultTargetWarning(CanIDeploy.Query query, Names names) {
    if (!(query.target() instanceof CanIDeploy.Target.LatestOfAll) || !query.others().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "No "
            + names.element(Setting.ENVIRONMENT)
            + " or "
            + names.element(Setting.TO)
            + " given: checking "
            + pacticipant
            + " against the latest version of every other application; set "
            + names.option(Setting.ENVIRONMENT)
            + " to check against what is deployed there");
  }

  /**
   * The answer's file: written with {@code output json}; otherwise only an earlier one removed.
   *
   * @param dir the folder of {@code can-i-deploy.json}
   * @return its handling
   */
  public CanIDeployFile answerFile(Path dir) {
    return "json".equals(output == null ? "" : output.trim())
        ? CanIDeployFile.written(dir)
        : CanIDeployFile.none(dir);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The non-blank entries, trimmed. */
  private static List<String> entries(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().filter(v -> !blank(v)).map(String::trim).toList();
  }
}
