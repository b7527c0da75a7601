package io.pactcontainers.settings;

import static io.pactcontainers.settings.ProviderSettings.blank;

import io.pactcontainers.broker.PacticipantSpec;
import io.pactcontainers.broker.VersionQuery;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of the pacticipant goals' settings (create-or-update-pacticipant, describe-pacticipant,
 * describe-version), for every front end: what the Broker would refuse is refused before asking it,
 * with the setting named as the front end writes it.
 */
public final class PacticipantSettings {
  private PacticipantSettings() {}

  /**
   * A pacticipant's settings as given, each null or blank when left out.
   *
   * @param name its name
   * @param displayName the name shown in the Broker's UI
   * @param mainBranch its main development branch
   * @param repositoryUrl its repository's URL
   */
  public record PacticipantValues(
      String name, String displayName, String mainBranch, String repositoryUrl) {}

  /**
   * What create-or-update-pacticipant sets.
   *
   * @param given the values given
   * @param names how the front end names settings
   * @param nameSetting the name's setting in the front end ({@code name} as the Broker CLI's {@code
   *     --name}, {@code pacticipant} as the plugin's goals)
   * @return the pacticipant's settings
   * @throws SettingsException for a missing name, a value of more than one line, or a main branch
   *     with spaces (the Broker refuses them)
   */
  public static PacticipantSpec pacticipant(
      PacticipantValues given, SettingNames names, String nameSetting) {
    String name =
        oneLine(
            BrokerGoalSettings.required(given.name(), names, "my-service", nameSetting),
            names,
            nameSetting);
    Optional<String> mainBranch = BrokerGoalSettings.optional(given.mainBranch());
    mainBranch
        .filter(b -> b.chars().anyMatch(Character::isWhitespace))
        .ifPresent(
            b -> {
              throw new SettingsException(
                  names.of("mainBranch")
                      + " cannot contain spaces (the Broker refuses them): "
                      + b
                      + "; e.g. "
                      + names.example("main", "mainBranch"));
            });
    Optional<String> displayName = BrokerGoalSettings.optional(given.displayName());
    displayName.ifPresent(d -> oneLine(d, names, "displayName"));
    Optional<String> repositoryUrl = BrokerGoalSettings.optional(given.repositoryUrl());
    repositoryUrl.ifPresent(u -> oneLine(u, names, "repositoryUrl"));
    return new PacticipantSpec(name, displayName, mainBranch, repositoryUrl);
  }

  /**
   * Which version describe-version describes, as the Pact Broker CLI reads its options: a version
   * number, or {@code latest} (true, or a tag: the latest with that tag), or (ours) a branch's
   * latest; none of them: the latest.
   *
   * @param version a version number, or null
   * @param latest "true", a tag, or null
   * @param branch a branch, or null
   * @param names how the front end names settings
   * @return the query
   * @throws SettingsException when a version number is given with latest or a branch, or a tag with
   *     a branch
   */
  public static VersionQuery versionQuery(
      String version, String latest, String branch, SettingNames names) {
    boolean latestGiven = !blank(latest) && !latest.trim().toLowerCase(Locale.ROOT).equals("false");
    boolean tagGiven = latestGiven && !latest.trim().toLowerCase(Locale.ROOT).equals("true");
    if (!blank(version) && (latestGiven || !blank(branch))) {
      throw new SettingsException(
          names.of("version")
              + " names one version: leave out "
              + names.of(blank(branch) ? "latest" : "branch")
              + ", or leave out "
              + names.of("version")
              + " to describe the latest");
    }
    if (tagGiven && !blank(branch)) {
      throw new SettingsException(
          "Give " + names.of("latest") + " (a tag) or " + names.of("branch") + ", not both");
    }
    if (!blank(version)) {
      return new VersionQuery.Number(version.trim());
    }
    if (tagGiven) {
      return new VersionQuery.LatestWithTag(latest.trim());
    }
    if (!blank(branch)) {
      return new VersionQuery.LatestOfBranch(branch.trim());
    }
    return new VersionQuery.Latest();
  }

  private static String oneLine(String value, SettingNames names, String setting) {
    if (value.contains("\n") || value.contains("\r")) {
      throw new SettingsException(
          names.of(setting) + " has more than one line (the Broker refuses it); give one line");
    }
    return value;
  }
}
