package io.pactcontainers.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.matrix.FailOn;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The matrix's settings and their rules, in the front end's words (here the POM's). */
class MatrixSettingsTest {
  private static MatrixSettings.Raw raw(List<String> images, String repository, String failOn) {
    return new MatrixSettings.Raw(images, repository, ".*", 5, null, failOn, null, null, null);
  }

  @Test
  void theRowsAreTheImagesGivenEachListMaySeparateThemByCommas() {
    assertThat(MatrixSettings.rows(raw(List.of("a:2, a:1", "b:1"), null, null), PomNames.POM))
        .containsExactly("a:2", "a:1", "b:1");
  }

  @Test
  void withoutRowsTheMessageSaysHowToGiveThem() {
    assertThatThrownBy(() -> MatrixSettings.rows(raw(null, " ", null), PomNames.POM))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "The matrix needs its rows: give <images>a:1,a:2</images>, or <imageRepository> with"
                + " <tagPattern>");
    MatrixSettings.Raw badPattern =
        new MatrixSettings.Raw(null, "grill", "1.(", 5, null, null, null, null, null);
    assertThatThrownBy(() -> MatrixSettings.rows(badPattern, PomNames.POM))
        .hasMessageStartingWith("<tagPattern> is not a valid regular expression: ");
  }

  @Test
  void thePolicyIsAnyByDefaultAndAnUnknownOneNamesTheValidOnes() {
    assertThat(MatrixSettings.failOn(raw(null, null, null), PomNames.POM)).isEqualTo(FailOn.ANY);
    assertThat(MatrixSettings.failOn(raw(null, null, "Newest"), PomNames.POM))
        .isEqualTo(FailOn.NEWEST);
    assertThatThrownBy(() -> MatrixSettings.failOn(raw(null, null, "sometimes"), PomNames.POM))
        .hasMessage("<failOn>: unknown value \"sometimes\"; valid: any, newest, never");
  }

  @Test
  void eachCellTakesTheFirstRowsImageUnlessOneIsGivenAndPublishesUnderTheRowsTag() {
    GivenSettings verify = new GivenSettings();
    assertThat(MatrixSettings.cellOverrides(raw(null, null, null), verify, List.of("a:2", "a:1")))
        .isEqualTo(Map.of(PropertyNames.PROVIDER_IMAGE, "a:2"));
  }

  @Test
  void slicesToMergeMustBeThere() {
    MatrixSettings.Raw merge =
        new MatrixSettings.Raw(
            null, null, null, 5, null, null, null, null, List.of(new File("no/such.json")));
    assertThat(merge.merging()).isTrue();
    assertThatThrownBy(() -> MatrixSettings.mergeFrom(merge, PomNames.POM))
        .hasMessage(
            "<mergeFrom>: no/such.json not found; give the matrix.json files the slices wrote");
  }
}
