package io.pactcontainers.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.RecordingProvider;
import io.pactcontainers.RecordingProvider.Answer;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.verify.InteractionFilter;
import io.pactcontainers.verify.VerificationConfig;
import io.pactcontainers.verify.VerificationListener;
import io.pactcontainers.verify.VerificationResult;
import io.pactcontainers.verify.Verifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run narrowed by a filter is said to be partial in every output: the plan line, the summary,
 * JSON, JUnit XML, HTML and Markdown; a filter with a look-ahead that leaves nothing out is warned
 * about; a missing key is diffed and stays absent in JSON.
 */
class PartialRunTest {
  @TempDir Path pacts;

  private RecordingProvider server;
  private final List<String> warnings = new ArrayList<>();
  private final List<String> infos = new ArrayList<>();

  @BeforeEach
  void startProvider() throws Exception {
    server = RecordingProvider.start(r -> Answer.json("{\"title\":\"steak\",\"price\":12}"));
    Files.writeString(
        pacts.resolve("web-menu.json"),
        ("{'consumer':{'name':'web'},'provider':{'name':'menu'},'interactions':["
                + "{'description':'the dish, with an auth token','providerState':'a dish exists',"
                + "'request':{'method':'GET','path':'/dish'},'response':{'status':200,"
                + "'body':{'name':'steak','price':12}}},"
                + "{'description':'the dish, no auth token','request':{'method':'GET','path':'/dish'},"
                + "'response':{'status':200}},"
                + "{'description':'the price','request':{'method':'GET','path':'/price'},"
                + "'response':{'status':200}}],"
                + "'metadata':{'pactSpecification':{'version':'2.0.0'}}}")
            .replace('\'', '"'));
  }

  @AfterEach
  void stopProvider() {
    server.close();
  }

  private VerificationResult run(String description) {
    VerificationConfig config =
        VerificationConfig.of(
                "menu", new RunningProvider(server.url()), List.of(new PactSource.Directory(pacts)))
            .withOutputDirectory(pacts.resolve("out"))
            .withFilter(
                new InteractionFilter(
                    List.of(), Optional.of(Pattern.compile(description)), Optional.empty()));
    return new Verifier()
        .verify(
            config,
            io.pactcontainers.report.RunPresenter.rendering(
                new VerificationListener() {
                  @Override
                  public void info(String line) {
                    infos.add(line);
                  }

                  @Override
                  public void warn(String line) {
                    warnings.add(line);
                  }

                  @Override
                  public String settingName(io.pactcontainers.Setting setting) {
                    return setting == io.pactcontainers.Setting.FILTER_DESCRIPTION
                        ? "<interactionDescription>"
                        : setting.words();
                  }
                }));
  }

  @Test
  void everyOutputOfAFilteredRunSaysItIsPartial() throws Exception {
    VerificationResult result = run("^(?!.*no auth token)");
    assertThat(result.partial()).isTrue();
    assertThat(warnings)
        .contains(
            "Verifying provider \"menu\": 2 of 3 interactions in 1 pact: 1 left out by"
                + " <interactionDescription> ^(?!.*no auth token) (a partial run)");
    assertThat(Summary.totals(result))
        .endsWith(
            " (a partial run: 1 of 3 interactions left out by <interactionDescription> ^(?!.*no"
                + " auth token))");

    JsonNode json = new ObjectMapper().readTree(ReportFormat.JSON.writer().render(result));
    assertThat(json.get("partial").asBoolean()).isTrue();
    assertThat(json.at("/filters/0/setting").asText()).isEqualTo("<interactionDescription>");
    assertThat(json.at("/filters/0/pattern").asText()).isEqualTo("^(?!.*no auth token)");
    assertThat(json.at("/filters/0/leftOut").asInt()).isEqualTo(1);
    assertThat(json.at("/pacts/0/partial").asBoolean()).isTrue();
    assertThat(json.at("/pacts/0/filters/0/leftOut").asInt()).isEqualTo(1);
    assertThat(json.at("/pacts/0/leftOut/0/description").asText())
        .isEqualTo("the dish, no auth token");

    String junit = ReportFormat.JUNIT.writer().render(result);
    assertThat(junit)
        .contains("tests=\"3\"")
        .contains("skipped=\"1\"")
        .contains(
            "<testcase name=\"#1 &quot;the dish, no auth token&quot;\" classname=\"web-menu\""
                + " time=\"0\">\n    <skipped message=\"not verified: left out by"
                + " &lt;interactionDescription&gt; ^(?!.*no auth token)\"/>");

    assertThat(ReportFormat.HTML.writer().render(result))
        .contains(
            "<p class=\"partial\" id=\"partial\"><b>A partial run</b>: 1 of 3 interactions left"
                + " out by &lt;interactionDescription&gt; ^(?!.*no auth token). What was left out"
                + " was not verified.</p>");

    String markdown = ReportFormat.MARKDOWN.writer().render(result);
    assertThat(markdown)
        .contains(
            "> **A partial run**: 1 of 3 interactions left out by <interactionDescription>"
                + " ^(?!.*no auth token). What was left out was not verified.")
        .contains("| # | interaction | provider state | outcome |")
        .contains("| 0 | the dish, with an auth token | a dish exists | failed |")
        .contains(
            "| 1 | the dish, no auth token |  | not verified: left out by"
                + " <interactionDescription> ^(?!.*no auth token) |");
  }

  @Test
  void aLookAheadThatLeavesOutNothingIsWarnedAboutAndTheRunIsWhole() {
    // Unanchored, the look-ahead matches at a later position of every description.
    VerificationResult result = run("(?!.*no auth token)");
    assertThat(result.partial()).isFalse();
    assertThat(warnings)
        .startsWith(
            "<interactionDescription> (?!.*no auth token) left out nothing, though it has a"
                + " look-around or an alternation; the filters find a match anywhere in the"
                + " text: anchor the pattern (^...$) if it is to match the whole text");
    assertThat(infos).contains("Verifying provider \"menu\": 3 interactions in 1 pact");
  }

  @Test
  void aMissingKeyIsDiffedAgainstWhatIsThereAndStaysAbsentInJson() throws Exception {
    VerificationResult result = run("^the dish, with");
    List<String> details = new ConsoleReport(false, false).details(result.allResults().get(0));
    assertThat(details)
        .contains(
            "      - $.name: expected key \"name\" with \"steak\" (a string), but it was missing")
        .contains(
            "          -  \"name\" : \"steak\",",
            "          +  \"title\" : \"steak\",   (not a mismatch)");
    JsonNode json = new ObjectMapper().readTree(ReportFormat.JSON.writer().render(result));
    JsonNode mismatch = json.at("/pacts/0/interactions/0/mismatches/0");
    assertThat(mismatch.get("path").asText()).isEqualTo("$.name");
    assertThat(mismatch.get("actual").isNull()).isTrue();
    assertThat(mismatch.get("missing").asBoolean()).isTrue();
  }
}
