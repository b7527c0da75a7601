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
}
