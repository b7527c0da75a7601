package io.pactcontainers.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.broker.PacticipantSpec;
import io.pactcontainers.broker.VersionQuery;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pacticipant goals' settings: what the Broker would refuse, refused before asking it. */
class PacticipantSettingsTest {
  private static final SettingNames POM = PomNames.POM;

  @Test
  void aPacticipantsValuesAreTrimmedAndTheLeftOutOnesStayEmpty() {
    PacticipantSpec spec =
        PacticipantSettings.pacticipant(
            new PacticipantSettings.PacticipantValues(" grill-chef ", null, "main", " "),
            POM,
            "pacticipant");
    assertThat(spec)
        .isEqualTo(
            new PacticipantSpec(
                "grill-chef", Optional.empty(), Optional.of("main"), Optional.empty()));
  }

  @Test
  void aMissingNameIsNamedWithAnExample() {
    assertThatThrownBy(
            () ->
                PacticipantSettings.pacticipant(
                    new PacticipantSettings.PacticipantValues(null, null, null, null),
                    POM,
                    "pacticipant"))
        .isInstanceOf(SettingsException.class)
        .hasMessage("<pacticipant> is needed; e.g. " + POM.example("my-service", "pacticipant"));
  }

  @Test
  void aMainBranchWithSpacesIsRefusedBeforeAskingTheBroker() {
    assertThatThrownBy(
            () ->
                PacticipantSettings.pacticipant(
                    new PacticipantSettings.PacticipantValues(
                        "grill-chef", null, "main line", null),
                    POM,
                    "pacticipant"))
        .hasMessage(
            "<mainBranch> cannot contain spaces (the Broker refuses them): main line; e.g. "
                + POM.example("main", "mainBranch"));
  }

  @Test
  void aDisplayNameOfTwoLinesIsRefused() {
    assertThatThrownBy(
            () ->
                PacticipantSettings.pacticipant(
                    new PacticipantSettings.PacticipantValues(
                        "grill-chef", "Grill\nChef", null, null),
                    POM,
                    "pacticipant"))
        .hasMessage("<displayName> has more than one line (the Broker refuses it); give one line");
  }

  @Test
  void theVersionAskedForIsANumberTheLatestATagsLatestOrABranchsLatest() {
    assertThat(PacticipantSettings.versionQuery(null, null, null, POM))
        .isEqualTo(new VersionQuery.Latest());
    assertThat(PacticipantSettings.versionQuery(null, "true", null, POM))
        .isEqualTo(new VersionQuery.Latest());
    assertThat(PacticipantSettings.versionQuery(null, "prod", null, POM))
        .isEqualTo(new VersionQuery.LatestWithTag("prod"));
    assertThat(PacticipantSettings.versionQuery(null, "true", "main", POM))
        .isEqualTo(new VersionQuery.LatestOfBranch("main"));
    assertThat(PacticipantSettings.versionQuery("1.4.2", "false", null, POM))
        .isEqualTo(new VersionQuery.Number("1.4.2"));
  }

  @Test
  void aVersionNumberWithLatestOrABranchIsRefused() {
    assertThatThrownBy(() -> PacticipantSettings.versionQuery("1.4.2", "true", null, POM))
        .hasMessage(
            "<version> names one version: leave out <latest>, or leave out <version> to describe"
                + " the latest");
    assertThatThrownBy(() -> PacticipantSettings.versionQuery("1.4.2", null, "main", POM))
        .hasMessageContaining("leave out <branch>");
    assertThatThrownBy(() -> PacticipantSettings.versionQuery(null, "prod", "main", POM))
        .hasMessage("Give <latest> (a tag) or <branch>, not both");
  }
}
