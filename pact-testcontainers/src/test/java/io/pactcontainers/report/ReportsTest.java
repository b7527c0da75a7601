package io.pactcontainers.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.RecordingProvider;
import io.pactcontainers.RecordingProvider.Answer;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.state.StateChangeConfig;
import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.VerificationConfig;
import io.pactcontainers.verify.VerificationListener;
import io.pactcontainers.verify.VerificationResult;
import io.pactcontainers.verify.Verifier;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.SurefireReportParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report format from real runs (real HTTP, an in-process provider) of a passing and a failing
 * provider: the JUnit XML against Surefire's schema and read back by Surefire's own parser, the
 * curl commands run with the real curl, the HTML's structure, JSON and Markdown contents.
 */
class ReportsTest {
  @TempDir Path dir;

  private RecordingProvider server;
  private volatile boolean broken;

  @BeforeEach
  void startProvider() {
    server =
        RecordingProvider.start(
            r -> {
              if (r.path().equals("/gone")) {
                return Answer.hangUp(); // no answer at all: the interaction errors
              }
              return Answer.json(
                  r.path().equals("/state")
                      ? "{}"
                      : r.path().startsWith("/orders")
                          ? (broken
                              ? "{\"items\":[1,2],\"note\":\"a <b>\"}"
                              : "{\"items\":[1,2,3],\"note\":\"a <b>\"}")
                          : "{\"name\":\"steak\"}");
            });
  }

  /** What the provider received, each request as "METHOD target {headers} body". */
  private List<String> received() {
    return server.received().stream()
        .map(r -> r.line() + " " + new TreeMap<>(r.headers()) + " " + r.body())
        .toList();
  }

  @AfterEach
  void stopProvider() {
    server.close();
  }

  private VerificationResult run(boolean withError) throws Exception {
    Path pacts = Files.createDirectories(dir.resolve("pacts"));
    String interactions =
        "{\"description\":\"a steak\",\"request\":{\"method\":\"GET\",\"path\":\"/steaks/1\"},"
            + "\"response\":{\"status\":200,\"body\":{\"name\":\"steak\"}}},"
            + "{\"description\":\"an order with <three> items\",\"providerStates\":[{\"name\":\"Bob's order exists\",\"params\":{\"id\":7}}],"
            + "\"request\":{\"method\":\"POST\",\"path\":\"/orders/7\",\"query\":{\"lang\":[\"fr\"]},"
            + "\"headers\":{\"Content-Type\":\"application/json\",\"X-Note\":\"it's déjà vu\"},\"body\":{\"say\":\"don't 'quote' me\"}},"
            + "\"response\":{\"status\":200,\"body\":{\"items\":[1,2,3],\"note\":\"a <b>\"}}}"
            + (withError
                ? ",{\"description\":\"a vanishing answer\",\"request\":{\"method\":\"GET\",\"path\":\"/gone\"},"
                    + "\"response\":{\"status\":200}}"
                : "");
    Files.writeString(
        pacts.resolve("sous-grill.json"),
        "{\"consumer\":{\"name\":\"sous\"},\"provider\":{\"name\":\"grill\"},"
            + "\"interactions\":["
            + interactions
            + "],\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}");
    VerificationConfig config =
        VerificationConfig.of(
                "grill",
                new RunningProvider(server.url()),
                List.of(new PactSource.Directory(pacts)))
            .withOutputDirectory(dir.resolve("out"))
            .withStateChange(new StateChangeConfig("/state", true, false));
    return new Verifier().verify(config, VerificationListener.SILENT);
  }

  private Path junit(VerificationResult result) throws Exception {
    Path reports = dir.resolve("reports-" + System.nanoTime());
    List<Path> files = ReportFormat.JUNIT.writer().write(result, reports, "xml");
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("TEST-sous-grill.xml");
    return files.get(0);
  }

  @Test
  void junitXmlOfAFailingRunIsValidSurefireXmlThatSurefireReadsBack() throws Exception {
    broken = true;
    VerificationResult result = run(true);
    Path xml = junit(result);

    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(getClass().getResource("/xsd/surefire-test-report-3.0.xsd"))
        .newValidator()
        .validate(new StreamSource(xml.toFile()));
    List<ReportTestSuite> suites =
        new SurefireReportParser(List.of(xml.getParent().toFile()), new NullConsoleLogger())
            .parseXMLReportFiles();
    assertThat(suites).hasSize(1);
    ReportTestSuite suite = suites.get(0);
    assertThat(suite.getNumberOfTests()).isEqualTo(3);
    assertThat(suite.getNumberOfFailures()).isEqualTo(1);
    assertThat(suite.getNumberOfErrors()).isEqualTo(1);
    assertThat(suite.getNumberOfSkipped()).isZero();
    List<ReportTestCase> cases = suite.getTestCases();
    assertThat(cases)
        .extracting(ReportTestCase::getName)
        .containsExactly(
            "#0 \"a steak\"",
            "#1 \"an order with <three> items\" given \"Bob's order exists\"",
            "#2 \"a vanishing answer\"");
    assertThat(cases.get(0).isSuccessful()).isTrue();
    assertThat(cases.get(1).hasFailure()).isTrue();
    assertThat(cases.get(1).getFailureMessage())
        .isEqualTo("$.items: expected an array of 3 elements, found 2 [1,2]");
    assertThat(cases.get(1).getFailureDetail())
        .contains("curl -sS -i -X POST")
        .contains("          -  3\n");
    assertThat(cases.get(2).hasError()).isTrue();
    assertThat(cases.get(2).getFailureMessage()).startsWith("Request to the provider failed");
  }

  @Test
  void reportFilesHoldTheWholeRunInOneDocumentEachMasked() throws Exception {
    broken = true;
    VerificationResult result = run(true);
    Path json = dir.resolve("ci/verification.json");
    Path xml = dir.resolve("ci/verification.xml");
    List<String> said = new ArrayList<>();

    List<String> notWritten =
        ReportSet.parse(List.of())
            .withFile(ReportFormat.JSON, json)
            .withFile(ReportFormat.JUNIT, xml)
            .write(
                result,
                dir.resolve("reports"),
                java.util.Map.of(),
                io.pactcontainers.Secrets.of(List.of("steak")),
                said::add,
                said::add);

    assertThat(notWritten).isEmpty();
    assertThat(said).containsExactly("Report file(s): " + json + ", " + xml);
    assertThat(dir.resolve("reports")).doesNotExist();
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.toString())
        .isEqualTo(
            new ObjectMapper()
                .readTree(
                    io.pactcontainers.Secrets.of(List.of("steak"))
                        .mask(ReportFormat.JSON.writer().render(result)))
                .toString());
    org.w3c.dom.Document doc =
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(xml.toFile());
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("testsuites");
    assertThat(doc.getDocumentElement().getAttribute("name")).isEqualTo("grill");
    assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(3);
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("error").getLength()).isEqualTo(1);
    assertThat(Files.readString(xml)).contains("****").doesNotContain("steak");
  }

  @Test
  void junitXmlOfAPassingRunHasNoFailures() throws Exception {
    Path xml = junit(run(false));
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(getClass().getResource("/xsd/surefire-test-report-3.0.xsd"))
        .newValidator()
        .validate(new StreamSource(xml.toFile()));
    ReportTestSuite suite =
        new SurefireReportParser(List.of(xml.getParent().toFile()), new NullConsoleLogger())
            .parseXMLReportFiles()
            .get(0);
    assertThat(suite.getNumberOfTests()).isEqualTo(2);
    assertThat(suite.getNumberOfFailures() + suite.getNumberOfErrors() + suite.getNumberOfSkipped())
        .isZero();
    assertThat(suite.getTestCases()).allMatch(ReportTestCase::isSuccessful);
  }

  @Test
  void curlCommandsSendTheStateSetupAndTheRequestExactlyAsTheVerifierDid() throws Exception {
    broken = true;
    VerificationResult result = run(false);
    InteractionResult.Failed failed = (InteractionResult.Failed) result.allResults().get(1);
    List<String> sentByVerifier;
    // the failing interaction's state set-up and request (the teardown is not needed to
    // reproduce)
    sentByVerifier =
        received().stream()
            .filter(r -> r.contains("/orders/7") || r.contains("\"setup\"") && r.contains("Bob"))
            .toList();
    server.clear();
    List<String> commands = Curl.commands(failed.evidence());
    assertThat(commands).hasSize(2);
    for (String command : commands) {
      // As a terminal would pass it: the command's UTF-8 bytes, whatever this JVM's locale.
      Path script =
          Files.writeString(
              dir.resolve("again-" + System.nanoTime() + ".sh"),
              command + " >/dev/null\n",
              StandardCharsets.UTF_8);
      Process curl = new ProcessBuilder("sh", script.toString()).redirectErrorStream(true).start();
      assertThat(curl.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(curl.exitValue())
          .as(new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
          .isZero();
    }
    assertThat(received()).containsExactlyElementsOf(sentByVerifier);
    assertThat(sentByVerifier.get(1))
        .contains("POST /orders/7?lang=fr")
        .contains("x-note=it's déjà vu") // sent as ISO-8859-1, as the server reads it
        .endsWith("{\"say\":\"don't 'quote' me\"}");
  }

  @Test
  void jsonReportCarriesTheCurlCommandsOfFailures() throws Exception {
    broken = true;
    VerificationResult result = run(false);
    JsonNode json = new ObjectMapper().readTree(ReportFormat.JSON.writer().render(result));
    JsonNode failed = json.at("/pacts/0/interactions/1");
    assertThat(failed.get("outcome").asText()).isEqualTo("failed");
    // The provider's URL first (a provider already running), then the calls against $PROVIDER.
    assertThat(failed.get("curl")).hasSize(3);
    assertThat(failed.get("curl").get(0).asText()).startsWith("PROVIDER=http://127.0.0.1:");
    assertThat(failed.get("curl").get(2).asText())
        .startsWith("curl -sS -i -X POST \"$PROVIDER\"'/orders/7?lang=fr'");
    assertThat(failed.at("/requestSent/0").asText()).startsWith("POST http://127.0.0.1:");
    assertThat(failed.has("providerLog"))
        .isTrue(); // empty: a provider not started by the verifier has no log to show
    assertThat(json.at("/pacts/0/interactions/0").has("curl")).isFalse();
  }

  @Test
  void htmlReportIsOnePageWithNothingExternalAndFailuresOpen() throws Exception {
    broken = true;
    String html = ReportFormat.HTML.writer().render(run(true));
    assertThat(html)
        .doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("<link")
        .doesNotContain("src=")
        .doesNotContain("url(")
        .doesNotContain("@import");
    assertThat(html)
        .contains("<details class=\"interaction passed\" id=\"p0-i0\" data-outcome=\"passed\">");
    assertThat(html)
        .contains(
            "<details class=\"interaction failed\" id=\"p0-i1\" data-outcome=\"failed\" open>");
    assertThat(html)
        .contains(
            "<details class=\"interaction errored\" id=\"p0-i2\" data-outcome=\"errored\" open>");
    // values are escaped, never markup
    assertThat(html)
        .contains("an order with &lt;three&gt; items")
        .doesNotContain("<three>")
        .doesNotContain("a <b>");
    assertThat(html).contains("$.items: expected an array of 3 elements, found 2 [1,2]");
    assertThat(html)
        // 2 is there on both sides (only its comma moved): greyed; the missing 3 is the mismatch
        .contains("<span class=\"by-rule\">-  2,</span>")
        .contains("<span class=\"del\">-  3</span>")
        .contains("<span class=\"by-rule\">+  2</span>")
        .contains(".by-rule{color:#8c959f;display:block}");
  }

  @Test
  void markdownReportListsEveryInteractionAndTheFailuresAgain() throws Exception {
    broken = true;
    String md = ReportFormat.MARKDOWN.writer().render(run(false));
    assertThat(md)
        .contains("**Failed**")
        .contains("| # | interaction | provider state | outcome |")
        .contains("| 0 | a steak |  | passed |")
        .contains("| 1 | an order with <three> items | Bob's order exists | failed |")
        .contains("FAILED #1 \"an order with <three> items\" given \"Bob's order exists\"");
  }

  @Test
  void aPassingRunWritesEveryDefaultFormat() throws Exception {
    VerificationResult result = run(false);
    List<String> names = new ArrayList<>();
    for (ReportFormat f : ReportFormat.DEFAULTS) {
      f.writer()
          .write(result, dir.resolve("all"), f.extension())
          .forEach(p -> names.add(p.getFileName().toString()));
    }
    assertThat(names)
        .containsExactly("grill.json", "TEST-sous-grill.xml", "grill.html", "grill.md");
    assertThat(Files.readString(dir.resolve("all/grill.html")))
        .contains("<span id=\"verdict\" class=\"verdict passed\">Passed</span>");
    assertThat(new File(dir.resolve("all").toFile(), "grill.json"))
        .content()
        .contains("\"successful\" : true");
    assertThat(names.stream().collect(Collectors.joining())).doesNotContain("..");
  }
}
