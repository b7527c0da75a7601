package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.report.ReportFormat;
import io.pactcontainers.source.Credentials;
import io.pactcontainers.verify.VerificationResult;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code <reports>} parameter and where the reports go. */
class ReportsTest {
  @TempDir Path dir;

  private final List<String> info = new ArrayList<>();
  private final SystemStreamLog log =
      new SystemStreamLog() {
        @Override
        public void info(CharSequence content) {
          info.add(content.toString());
        }
      };

  @Test
  void theDefaultFormatsAreJsonJunitHtmlAndMarkdown() throws Exception {
    assertThat(Reports.parse(Arrays.asList("json", "junit", "html", "markdown")).formats())
        .isEqualTo(ReportFormat.DEFAULTS);
    assertThat(Reports.parse(List.of("md", " JUNIT ", "json", "json")).formats())
        .containsExactly(ReportFormat.MARKDOWN, ReportFormat.JUNIT, ReportFormat.JSON);
  }

  @Test
  void anUnknownFormatNamesTheParameterAndTheValidOnes() {
    assertThatThrownBy(() -> Reports.parse(List.of("pdf")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("<reports>: unknown report format \"pdf\"; valid: json, junit, html, markdown");
  }

  @Test
  void theMarkdownReportIsAddedToTheGithubJobSummaryWithSecretsMasked() throws Exception {
    Path summary = Files.writeString(dir.resolve("step-summary.md"), "earlier step\n");
    SecretMasking masking =
        SecretMasking.ofValues(List.of(new Credentials.Bearer("s3cret-token")), List.of());
    VerificationResult result =
        new VerificationResult("grill s3cret-token", List.of(), List.of(), Duration.ofMillis(5));
    Reports.parse(List.of("markdown", "html"))
        .write(
            result,
            new File(dir.toFile(), "reports"),
            log,
            Map.of("GITHUB_STEP_SUMMARY", summary.toString()),
            masking.secrets());
    String text = Files.readString(summary);
    assertThat(text)
        .startsWith("earlier step\n# Pact verification: grill ****")
        .doesNotContain("s3cret-token");
    assertThat(info)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("Reports in ")
                    .contains("grill-s3cret-token.md, grill-s3cret-token.html")
                    .contains("(open file:"));
    assertThat(info).contains("Markdown report added to the job summary ($GITHUB_STEP_SUMMARY)");
  }

  @Test
  void withoutMarkdownNothingGoesToTheJobSummary() throws Exception {
    Path summary = dir.resolve("step-summary.md");
    Reports.parse(List.of("json"))
        .write(
            new VerificationResult("grill", List.of(), List.of(), Duration.ZERO),
            new File(dir.toFile(), "reports"),
            log,
            Map.of("GITHUB_STEP_SUMMARY", summary.toString()),
            io.pactcontainers.Secrets.none());
    assertThat(summary).doesNotExist();
  }

  @Test
  void aReportThatCannotBeWrittenIsSaidAndTheOthersAreWrittenAllTheSame() throws Exception {
    File reports = new File(dir.toFile(), "reports");
    Files.createDirectories(reports.toPath().resolve(".grill.html.part")); // html cannot be written
    List<String> notWritten =
        Reports.parse(List.of("json", "html", "markdown"))
            .write(
                new VerificationResult("grill", List.of(), List.of(), Duration.ZERO),
                reports,
                log,
                Map.of(),
                io.pactcontainers.Secrets.none());
    assertThat(notWritten).singleElement().asString().startsWith("the html report (");
    assertThat(reports.toPath().resolve("grill.json")).exists();
    assertThat(reports.toPath().resolve("grill.md")).exists();
    assertThat(reports.toPath().resolve("grill.html")).doesNotExist();
    assertThat(info)
        .anySatisfy(l -> assertThat(l).startsWith("Reports in ").contains("grill.json, grill.md"));
  }
}
