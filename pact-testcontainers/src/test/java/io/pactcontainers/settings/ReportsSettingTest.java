package io.pactcontainers.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.report.ReportFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code reports} setting: its default, and an unknown format said as the POM names it. */
class ReportsSettingTest {
  @Test
  void withoutTheSettingTheFormatsAreJsonJunitHtmlAndMarkdown() {
    assertThat(VerificationSettings.reports(new GivenSettings()).formats())
        .isEqualTo(ReportFormat.DEFAULTS)
        .containsExactly(
            ReportFormat.JSON, ReportFormat.JUNIT, ReportFormat.HTML, ReportFormat.MARKDOWN);
  }

  @Test
  void anUnknownFormatNamesTheSettingAndTheValidOnes() {
    GivenSettings raw = new GivenSettings();
    raw.reports = List.of("json", "pdf");
    assertThatThrownBy(() -> VerificationSettings.reports(raw))
        .isInstanceOf(SettingsException.class)
        .hasMessage("<reports>: unknown report format \"pdf\"; valid: json, junit, html, markdown");
  }

  @Test
  void reportFilesAreAddedToTheFormatsOfTheFolder(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    GivenSettings raw = new GivenSettings();
    raw.reports = List.of("html");
    raw.reportFiles =
        java.util.Map.of(
            "json", dir.resolve("r.json").toFile(), "junit", dir.resolve("r.xml").toFile());

    var set = VerificationSettings.reports(raw);

    assertThat(set.formats()).containsExactly(ReportFormat.HTML);
    assertThat(set.files())
        .containsEntry(ReportFormat.JSON, dir.resolve("r.json"))
        .containsEntry(ReportFormat.JUNIT, dir.resolve("r.xml"));
  }

  @Test
  void aReportFileThatIsAFolderOrAnUnknownFormatIsNamed(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    GivenSettings raw = new GivenSettings();
    raw.reportFiles = java.util.Map.of("json", dir.toFile());
    assertThatThrownBy(() -> VerificationSettings.reports(raw))
        .isInstanceOf(SettingsException.class)
        .hasMessage("<reportFiles><json>: " + dir + " is a folder; name the report's file");

    raw.reportFiles = java.util.Map.of("pdf", dir.resolve("r.pdf").toFile());
    assertThatThrownBy(() -> VerificationSettings.reports(raw))
        .hasMessage(
            "<reportFiles>: unknown report format \"pdf\"; valid: json, junit, html, markdown");
  }
}
