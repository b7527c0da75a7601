package io.pactcontainers.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.Secrets;
import io.pactcontainers.source.Credentials;
import io.pactcontainers.verify.VerificationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports a run writes, by format name, and where they go. */
class ReportSetTest {
  @TempDir Path dir;

  private final List<String> info = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();

  @Test
  void theDefaultFormatsAreJsonJunitHtmlAndMarkdown() {
    assertThat(ReportSet.parse(Arrays.asList("json", "junit", "html", "markdown")).formats())
        .isEqualTo(ReportFormat.DEFAULTS);
    assertThat(ReportSet.parse(List.of("md", " JUNIT ", "json", "json")).formats())
        .containsExactly(ReportFormat.MARKDOWN, ReportFormat.JUNIT, ReportFormat.JSON);
  }

  @Test
  void anUnknownFormatNamesTheValidOnes() {
    assertThatThrownBy(() -> ReportSet.parse(List.of("pdf")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown report format \"pdf\"; valid: json, junit, html, markdown");
  }

  @Test
  void theMarkdownReportIsAddedToTheGithubJobSummaryWithSecretsMasked() throws Exception {
    Path summary = Files.writeString(dir.resolve("step-summary.md"), "earlier step\n");
    Secrets secrets = Secrets.of(new Credentials.Bearer("s3cret-token").secrets());
    VerificationResult result =
        new VerificationResult("grill s3cret-token", List.of(), List.of(), Duration.ofMillis(5));
    ReportSet.parse(List.of("markdown", "html"))
        .write(
            result,
            dir.resolve("reports"),
            Map.of("GITHUB_STEP_SUMMARY", summary.toString()),
            secrets,
            info::add,
            errors::add);
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
    assertThat(errors).isEmpty();
  }

  @Test
  void withoutMarkdownNothingGoesToTheJobSummary() {
    Path summary = dir.resolve("step-summary.md");
    ReportSet.parse(List.of("json"))
        .write(
            new VerificationResult("grill", List.of(), List.of(), Duration.ZERO),
            dir.resolve("reports"),
            Map.of("GITHUB_STEP_SUMMARY", summary.toString()),
            Secrets.none(),
            info::add,
            errors::add);
    assertThat(summary).doesNotExist();
  }

  @Test
  void anEarlierRunsReportsAreRemovedAndAFolderUnderAFileHasNoneToRemove() throws Exception {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    Path earlier = Files.writeString(reports.resolve("kitchen.json"), "{\"successful\":true}");
    Path junit = Files.writeString(reports.resolve("TEST-pact-kitchen.xml"), "<testsuite/>");

    ReportSet.removePrevious(reports, "kitchen");

    assertThat(earlier).doesNotExist();
    assertThat(junit).exists(); // written anew, one per pact, by a run that writes reports
    Path file = Files.writeString(dir.resolve("a-file"), "where a folder should be");
    ReportSet.removePrevious(file.resolve("out/reports"), "kitchen"); // nothing there: no error
    assertThat(file).hasContent("where a folder should be");
  }

  @Test
  void aFolderThatCannotBeMadeIsSaidWithWhyNotJustItsPath() throws Exception {
    Path inTheWay = Files.writeString(dir.resolve("reports"), "a file, not a folder");
    List<String> notWritten =
        ReportSet.parse(List.of("json"))
            .write(
                new VerificationResult("grill", List.of(), List.of(), Duration.ZERO),
                inTheWay,
                Map.of(),
                Secrets.none(),
                info::add,
                errors::add);

    assertThat(notWritten)
        .containsExactly(
            "the json report (a file stands where a folder should be: " + inTheWay + ")");
    assertThat(
            io.pactcontainers.WholeFile.why(
                new java.nio.file.AccessDeniedException("/project/target")))
        .isEqualTo("permission denied: /project/target");
  }

  @Test
  void aReportThatCannotBeWrittenIsSaidAndTheOthersAreWrittenAllTheSame() throws Exception {
    Path reports = dir.resolve("reports");
    Files.createDirectories(reports.resolve(".grill.html.part")); // html cannot be written
    List<String> notWritten =
        ReportSet.parse(List.of("json", "html", "markdown"))
            .write(
                new VerificationResult("grill", List.of(), List.of(), Duration.ZERO),
                reports,
                Map.of(),
                Secrets.none(),
                info::add,
                errors::add);
    assertThat(notWritten).singleElement().asString().startsWith("the html report (");
    assertThat(reports.resolve("grill.json")).exists();
    assertThat(reports.resolve("grill.md")).exists();
    assertThat(reports.resolve("grill.html")).doesNotExist();
    assertThat(info)
        .anySatisfy(l -> assertThat(l).startsWith("Reports in ").contains("grill.json, grill.md"));
    assertThat(errors)
        .singleElement()
        .asString()
        .startsWith("Could not write the html report (")
        .endsWith(" in " + reports + "; nothing half-written is left there");
  }
}
