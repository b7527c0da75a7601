package io.pactcontainers.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.Secrets;
import io.pactcontainers.report.ReportFormat;
import io.pactcontainers.report.ReportSet;
import io.pactcontainers.report.ReportWriter;
import io.pactcontainers.source.Credentials;
import io.pactcontainers.verify.VerificationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report of the team's own, named by its class in {@code <reports>} beside the built-in formats
 * (as pact-jvm allows): made from the test class path, written with the others, masked as they are.
 */
class CustomReportTest {
  @TempDir Path dir;

  /** A team's report: one line per run, a file of its own extension. */
  public static final class TeamReport implements ReportWriter {
    @Override
    public String extension() {
      return "team.txt";
    }

    @Override
    public String render(VerificationResult result) {
      return "team report for " + result.provider() + "\n";
    }
  }

  /** A report that writes its file itself, echoing what the provider's name holds, unmasked. */
  public static final class CarelessReport implements ReportWriter {
    @Override
    public String render(VerificationResult result) {
      return result.provider();
    }

    @Override
    public List<Path> write(VerificationResult result, Path dir, String extension, Secrets secrets)
        throws IOException {
      return List.of(Files.writeString(dir.resolve("careless.txt"), render(result)));
    }
  }

  /** A report whose writing fails. */
  public static final class BrokenReport implements ReportWriter {
    @Override
    public String render(VerificationResult result) {
      throw new IllegalStateException("no template");
    }
  }

  private MappedSettings map(List<String> reports) {
    GivenSettings raw = new GivenSettings();
    raw.pactDirectory = dir.toFile();
    raw.reports = reports;
    return VerificationSettings.map(
        raw,
        new SettingsContext(
            dir,
            dir.resolve("target/pact"),
            Map.of(),
            line -> {},
            ServerCredentials.NONE,
            SettingsContext.classesOf(getClass().getClassLoader()),
            List.of(),
            "test"));
  }

  @Test
  void aClassNameInReportsIsATeamsOwnReportBesideTheFormats() {
    ReportSet set = map(List.of("json", TeamReport.class.getName())).reports();
    assertThat(set.formats()).containsExactly(ReportFormat.JSON);
    assertThat(set.custom()).containsOnlyKeys(TeamReport.class.getName());
    assertThat(set.custom().get(TeamReport.class.getName())).isInstanceOf(TeamReport.class);
    assertThat(map(List.of("html")).reports().custom()).isEmpty();
  }

  @Test
  void itIsWrittenWithTheOthersAndMaskedEvenWhenItWritesItself() throws Exception {
    Secrets secrets = Secrets.of(new Credentials.Bearer("s3cret-token").secrets());
    ReportSet set =
        map(List.of("json", TeamReport.class.getName(), CarelessReport.class.getName())).reports();
    Path reports = dir.resolve("reports");
    List<String> info = new ArrayList<>();
    List<String> notWritten =
        set.write(
            new VerificationResult("grill s3cret-token", List.of(), List.of(), Duration.ZERO),
            reports,
            Map.of(),
            secrets,
            info::add,
            line -> {});
    assertThat(notWritten).isEmpty();
    assertThat(reports.resolve("grill-s3cret-token.team.txt"))
        .hasContent("team report for grill ****");
    assertThat(reports.resolve("careless.txt")).hasContent("grill ****");
    assertThat(info).anySatisfy(l -> assertThat(l).contains("grill-s3cret-token.team.txt"));
  }

  @Test
  void aReportClassThatThrowsIsAReportNotWrittenNotARunLost() {
    ReportSet set = map(List.of("json", BrokenReport.class.getName())).reports();
    List<String> errors = new ArrayList<>();
    List<String> notWritten =
        set.write(
            new VerificationResult("grill", List.of(), List.of(), Duration.ZERO),
            dir.resolve("reports"),
            Map.of(),
            Secrets.none(),
            line -> {},
            errors::add);
    assertThat(notWritten)
        .containsExactly(
            "the "
                + BrokenReport.class.getName()
                + " report (java.lang.IllegalStateException: no template)");
    assertThat(dir.resolve("reports/grill.json")).exists();
    assertThat(errors).singleElement().asString().startsWith("Could not write the ");
  }

  @Test
  void aClassMissingOrOfTheWrongTypeIsASettingError() {
    assertThatThrownBy(() -> map(List.of("com.acme.TeamReport")))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "<reports> com.acme.TeamReport is not on the test class path (the test's class path):"
                + " put it in src/test/java, run a phase that compiles it (mvn verify does), and"
                + " check the name");
    assertThatThrownBy(() -> map(List.of("java.lang.String")))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "<reports> java.lang.String does not implement io.pactcontainers.report.ReportWriter");
    assertThatThrownBy(() -> map(List.of("pdf")))
        .isInstanceOf(SettingsException.class)
        .hasMessage("<reports>: unknown report format \"pdf\"; valid: json, junit, html, markdown");
  }
}
