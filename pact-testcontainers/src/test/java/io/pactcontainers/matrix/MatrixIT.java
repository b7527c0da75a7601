package io.pactcontainers.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pactcontainers.provider.LocalImages;
import io.pactcontainers.provider.ProviderContainer;
import io.pactcontainers.provider.Readiness;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.state.StateChangeConfig;
import io.pactcontainers.verify.Publishing;
import io.pactcontainers.verify.VerificationConfig;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.testcontainers.DockerClientFactory;

/**
 * The nightly example's images (Grill Chef tags 1.0 to 2.1, scripts/build-images.sh) against its
 * sous-chef pacts: cell by cell, in a browser, against an earlier night, under each failOn, and
 * merged from two slices as two CI machines would verify them.
 */
class MatrixIT {
  private static final String NEWEST = "pactcontainers/example-grill-chef:2.0";
  private static final String OLDEST = "pactcontainers/example-grill-chef:1.0";

  @TempDir Path dir;

  private Path pacts;

  @BeforeEach
  void sousChefPacts() throws Exception {
    pacts = Files.createDirectories(dir.resolve("pacts"));
    for (String version : List.of("1.0.0", "1.1.0", "2.0.0")) {
      Files.copy(
          Path.of("../examples/nightly/pacts/sous-chef-" + version + ".json"),
          pacts.resolve("sous-chef-" + version + ".json"));
    }
  }

  private MatrixResult run(
      List<String> images, Optional<Path> previous, Path out, List<String> progress) {
    ProviderContainer provider =
        ProviderContainer.fromImage(images.get(0))
            .withPort(8000)
            .waitingFor(Readiness.http("/health"));
    VerificationConfig cell =
        VerificationConfig.of("grill-chef", provider, List.of(new PactSource.Directory(pacts)))
            .withStateChange(new StateChangeConfig("/_pact/state", true, true));
    MatrixConfig config = new MatrixConfig(cell, provider, images, 3, FailOn.ANY, previous, out);
    MatrixResult result = new Matrix().run(config, progress::add);
    MatrixFiles.write(result, out);
    return result;
  }

  @Test
  void everyCellIsAVerificationAndThePageShowsTheBrokenOne() throws Exception {
    List<String> rows =
        LocalImages.newest(
            "pactcontainers/example-grill-chef", Pattern.compile("[0-9]+\\.[0-9]+"), 2);
    assertThat(rows)
        .as("the newest two tags, newest first")
        .containsExactly("pactcontainers/example-grill-chef:2.1", NEWEST);
    List<String> progress = new ArrayList<>();
    Path out = dir.resolve("night-1");
    MatrixResult result = run(List.of(NEWEST, OLDEST), Optional.empty(), out, progress);

    JsonNode json = new ObjectMapper().readTree(out.resolve("matrix.json").toFile());
    assertThat(json.get("images")).extracting(JsonNode::asText).containsExactly(NEWEST, OLDEST);
    assertThat(json.get("columns"))
        .extracting(c -> c.get("id").asText())
        .containsExactly("sous-chef@1.0.0", "sous-chef@1.1.0", "sous-chef@2.0.0");
    assertThat(json.get("cells")).hasSize(6);
    for (JsonNode cell : json.get("cells")) {
      boolean broken =
          cell.get("image").asText().equals(NEWEST)
              && cell.get("column").asText().equals("sous-chef@1.0.0");
      assertThat(cell.get("outcome").asText())
          .as(cell.toString())
          .isEqualTo(broken ? "failed" : "passed");
      assertThat(cell.get("detail").asText()).isEqualTo(broken ? "1 passed, 1 failed" : "2 passed");
      assertThat(cell.get("failing").toString())
          .isEqualTo(
              broken
                  ? "[{\"index\":0,\"description\":\"an order for a medium-rare steak\","
                      + "\"states\":[\"steaks are available\"],\"outcome\":\"failed\"}]"
                  : "[]");
      assertThat(out.resolve(cell.get("report").asText()))
          .as("the cell's own HTML report")
          .isRegularFile();
      assertThat(
              out.resolve(cell.get("report").asText())
                  .resolveSibling("TEST-sous-chef-grill-chef.xml"))
          .isRegularFile();
    }
    assertThat(progress)
        .hasSize(6)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(
                        "failed  " + NEWEST + " x sous-chef 1.0.0 (1 passed, 1 failed) in "));
    assertThat(result.failing(FailOn.ANY))
        .extracting(MatrixResult.Cell::column)
        .containsExactly("sous-chef@1.0.0");
    assertThat(result.failing(FailOn.NEWEST)).hasSize(1);
    assertThat(result.failing(FailOn.NEVER)).isEmpty();
    assertThat(Files.readString(out.resolve("matrix.md")))
        .contains("| " + NEWEST + " | failed 1/2 | passed 2/2 | passed 2/2 |")
        .contains(
            "- "
                + NEWEST
                + " x sous-chef 1.0.0: did not pass #0 \"an order for a medium-rare steak\" given"
                + " \"steaks are available\" (failed)\n");

    WebDriver browser = browser();
    try {
      browser.get(out.resolve("matrix.html").toUri().toString());
      WebElement broken =
          browser.findElement(
              By.cssSelector("td[data-image='" + NEWEST + "'][data-column='sous-chef@1.0.0']"));
      assertThat(broken.isDisplayed()).isTrue();
      // The counts without hovering; what failed in the tooltip; a legend for the colours.
      assertThat(broken.getText()).isEqualTo("failed\n1/2 passed");
      assertThat(broken.getAttribute("title"))
          .isEqualTo(
              "1 passed, 1 failed\nDid not pass:\n- #0 \"an order for a medium-rare steak\" given"
                  + " \"steaks are available\" (failed)");
      assertThat(browser.findElement(By.id("legend")).getText())
          .contains("failed: a broken contract")
          .contains("dashed: a partial run");
      assertThat(broken.getAttribute("class")).contains("failed");
      assertThat(broken.getCssValue("background-color")).isEqualTo("rgba(255, 235, 233, 1)");
      assertThat(browser.findElements(By.cssSelector("td[data-outcome=passed]"))).hasSize(5);
      broken.findElement(By.tagName("a")).click();
      assertThat(browser.getTitle()).isEqualTo("Pact verification: grill-chef");
      assertThat(browser.findElement(By.cssSelector("ul.mismatches li")).getText())
          .contains("$.waitingTime: expected 10 (an integer), found 12 (an integer)");
    } finally {
      browser.quit();
    }
    assertThat(
            DockerClientFactory.instance()
                .client()
                .listContainersCmd()
                .withShowAll(true)
                // This JVM's containers only: the engine may be shared with another build.
                .withLabelFilter(
                    java.util.Map.of(
                        "io.pactcontainers.pid", String.valueOf(ProcessHandle.current().pid())))
                .exec())
        .as("containers left")
        .isEmpty();
  }

  @Test
  void aPreviousNightMarksTheCellsThatChanged() throws Exception {
    Path first = dir.resolve("night-1");
    run(List.of(NEWEST), Optional.empty(), first, new ArrayList<>());
    // As if the broken cell had passed the night before, and a passing one had failed.
    ObjectNode earlier =
        (ObjectNode) new ObjectMapper().readTree(first.resolve("matrix.json").toFile());
    for (JsonNode cell : earlier.get("cells")) {
      String column = cell.get("column").asText();
      if (column.equals("sous-chef@1.0.0")) {
        ((ObjectNode) cell).put("outcome", "passed");
      } else if (column.equals("sous-chef@2.0.0")) {
        ((ObjectNode) cell).put("outcome", "failed");
      }
    }
    Path previous = dir.resolve("previous.json");
    new ObjectMapper().writeValue(previous.toFile(), earlier);
    List<String> progress = new ArrayList<>();
    MatrixResult second =
        run(List.of(NEWEST), Optional.of(previous), dir.resolve("night-2"), progress);

    assertThat(second.cells())
        .filteredOn(MatrixResult.Cell::changed)
        .extracting(
            c -> c.column() + ": " + c.previously().get().word() + " -> " + c.outcome().word())
        .containsExactlyInAnyOrder(
            "sous-chef@1.0.0: passed -> failed", "sous-chef@2.0.0: failed -> passed");
    assertThat(progress).anySatisfy(l -> assertThat(l).endsWith(", was passed"));
    String html = Files.readString(dir.resolve("night-2/matrix.html"));
    assertThat(html)
        .contains("2 changed since the previous matrix")
        .contains("class=\"failed changed\"")
        .contains("<span class=\"was\">was passed</span>");
  }

  @Test
  void twoSlicesMergeIntoOneMatrixWhoseLinksStillWork() throws Exception {
    Path sliceA = dir.resolve("machine-a/matrix");
    Path sliceB = dir.resolve("machine-b/matrix");
    run(List.of(NEWEST), Optional.empty(), sliceA, new ArrayList<>());
    run(List.of(OLDEST), Optional.empty(), sliceB, new ArrayList<>());
    Path merged = dir.resolve("merged");
    MatrixResult all =
        MatrixFiles.merge(
            List.of(sliceA.resolve("matrix.json"), sliceB.resolve("matrix.json")), merged);
    MatrixFiles.write(all, merged);

    assertThat(all.images()).containsExactly(NEWEST, OLDEST);
    assertThat(all.columns()).hasSize(3);
    assertThat(all.cells()).hasSize(6);
    assertThat(all.cell(NEWEST, "sous-chef@1.0.0").orElseThrow().outcome())
        .isEqualTo(MatrixResult.Outcome.FAILED);
    assertThat(all.cell(OLDEST, "sous-chef@1.0.0").orElseThrow().outcome())
        .isEqualTo(MatrixResult.Outcome.PASSED);
    for (MatrixResult.Cell cell : all.cells()) {
      assertThat(merged.resolve(cell.report().orElseThrow()).normalize())
          .as("link from the merged page")
          .isRegularFile();
    }
    assertThat(MatrixFiles.read(merged.resolve("matrix.json")).cells()).hasSize(6);
  }

  @Test
  void slicesThatDisagreeOnACellAreRefusedAndAPartialCellNeverHidesAWholeOne() throws Exception {
    Path sliceA = dir.resolve("machine-a/matrix");
    run(List.of(NEWEST), Optional.empty(), sliceA, new ArrayList<>());
    // The same image verified again elsewhere, where the broken cell passed (a flaky night).
    ObjectNode other =
        (ObjectNode) new ObjectMapper().readTree(sliceA.resolve("matrix.json").toFile());
    for (JsonNode cell : other.get("cells")) {
      if (cell.get("column").asText().equals("sous-chef@1.0.0")) {
        ((ObjectNode) cell).put("outcome", "passed");
      }
    }
    Path sliceB = Files.createDirectories(dir.resolve("machine-b/matrix")).resolve("matrix.json");
    new ObjectMapper().writeValue(sliceB.toFile(), other);
    assertThatThrownBy(() -> MatrixFiles.merge(List.of(sliceA.resolve("matrix.json"), sliceB), dir))
        .isInstanceOf(MatrixException.class)
        .hasMessage(
            "Cannot merge: "
                + NEWEST
                + " x sous-chef@1.0.0 is failed in "
                + sliceA.resolve("matrix.json")
                + " and passed in "
                + sliceB
                + "; give each image x consumer version to one slice only, or verify it again");

    // Same outcomes, one slice partial: kept once, the whole cell.
    ObjectNode partial =
        (ObjectNode) new ObjectMapper().readTree(sliceA.resolve("matrix.json").toFile());
    for (JsonNode cell : partial.get("cells")) {
      ((ObjectNode) cell).put("partial", true).put("leftOut", "1 of 2 interactions left out");
      ((ObjectNode) cell).put("detail", "from the partial slice");
    }
    Path sliceC = Files.createDirectories(dir.resolve("machine-c/matrix")).resolve("matrix.json");
    new ObjectMapper().writeValue(sliceC.toFile(), partial);
    MatrixResult merged = MatrixFiles.merge(List.of(sliceC, sliceA.resolve("matrix.json")), dir);
    assertThat(merged.cells()).hasSize(3).noneMatch(MatrixResult.Cell::partial);
  }

  @Test
  void aFilteredCellIsMarkedPartialOnThePageAndInTheJson() throws Exception {
    ProviderContainer provider =
        ProviderContainer.fromImage(OLDEST).withPort(8000).waitingFor(Readiness.http("/health"));
    VerificationConfig cell =
        VerificationConfig.of("grill-chef", provider, List.of(new PactSource.Directory(pacts)))
            .withStateChange(new StateChangeConfig("/_pact/state", true, true))
            .withFilter(
                new io.pactcontainers.verify.InteractionFilter(
                    List.of(), Optional.of(Pattern.compile("well-done")), Optional.empty()));
    Path out = dir.resolve("partial");
    MatrixResult result =
        new Matrix()
            .run(
                new MatrixConfig(
                    cell, provider, List.of(OLDEST), 1, FailOn.ANY, Optional.empty(), out),
                l -> {});
    MatrixFiles.write(result, out);
    JsonNode json = new ObjectMapper().readTree(out.resolve("matrix.json").toFile());
    assertThat(json.at("/cells/0/partial").asBoolean()).isTrue();
    assertThat(json.at("/cells/0/leftOut").asText())
        .isEqualTo("1 of 2 interactions left out by the interaction description filter well-done");
    WebDriver browser = browser();
    try {
      browser.get(out.resolve("matrix.html").toUri().toString());
      WebElement first = browser.findElement(By.cssSelector("td[data-column='sous-chef@1.0.0']"));
      assertThat(first.getText()).isEqualTo("passed\n1/1 passed, partial");
      assertThat(first.getAttribute("class")).contains("partial");
      assertThat(first.getCssValue("border-top-style")).isEqualTo("dashed");
    } finally {
      browser.quit();
    }
  }

  @Test
  void imagesOfOneCreationTimeAreOrderedByTheirTagsAsVersions() throws Exception {
    // As Jib builds them: one creation time (1970) for every tag; here, tags of one image.
    List<String> tags = List.of("1.2.0", "1.10.0", "1.9.0");
    try {
      for (String tag : tags) {
        assertThat(
                new ProcessBuilder(
                        "docker", "tag", "pactcontainers/debian:bookworm", "pact-it-jib:" + tag)
                    .start()
                    .waitFor())
            .isZero();
      }
      assertThat(LocalImages.newest("pact-it-jib", Pattern.compile(".*"), 5))
          .containsExactly("pact-it-jib:1.10.0", "pact-it-jib:1.9.0", "pact-it-jib:1.2.0");
    } finally {
      for (String tag : tags) {
        new ProcessBuilder("docker", "rmi", "pact-it-jib:" + tag).start().waitFor();
      }
    }
  }

  @Test
  void eachImagesResultsArePublishedUnderTheVersionOfItsTag() throws Exception {
    try (io.pactcontainers.broker.BrokerStandIn broker =
        new io.pactcontainers.broker.BrokerStandIn()) {
      broker.publish(
          "sous-chef",
          "1.0.0",
          "main",
          "grill-chef",
          Files.readString(pacts.resolve("sous-chef-1.0.0.json")));
      ProviderContainer provider =
          ProviderContainer.fromImage(NEWEST).withPort(8000).waitingFor(Readiness.http("/health"));
      VerificationConfig cell =
          VerificationConfig.of(
                  "grill-chef",
                  provider,
                  List.of(
                      new io.pactcontainers.broker.BrokerSource(
                          io.pactcontainers.broker.PactBroker.of(broker.url())
                              .withSelectors(
                                  List.of(
                                      io.pactcontainers.broker.ConsumerVersionSelector
                                          .onMainBranch()))
                              .withProviderBranch("main"))))
              .withStateChange(new StateChangeConfig("/_pact/state", true, true))
              .withPublishing(
                  new Publishing(
                      new io.pactcontainers.broker.ProviderVersion(
                          "ignored", Optional.of("main"), List.of(), Optional.empty()),
                      true,
                      "0.1.0"));
      MatrixResult result =
          new Matrix()
              .run(
                  new MatrixConfig(
                      cell,
                      provider,
                      List.of(NEWEST, OLDEST),
                      2,
                      FailOn.ANY,
                      Optional.empty(),
                      dir.resolve("published"),
                      "{tag}-nightly"),
                  line -> {});

      assertThat(result.columns())
          .extracting(MatrixResult.Column::label)
          .containsExactly("sous-chef 1.0.0");
      assertThat(broker.verifications()).hasSize(2);
      assertThat(broker.verifications())
          .extracting(
              v ->
                  v.body().path("providerApplicationVersion").asText()
                      + " "
                      + v.body().path("success").asBoolean())
          .containsExactlyInAnyOrder("2.0-nightly false", "1.0-nightly true");
      assertThat(broker.providerVersionBranches())
          .containsEntry("grill-chef@2.0-nightly", "main")
          .containsEntry("grill-chef@1.0-nightly", "main");
    }
  }

  @Test
  void aFileThatIsNotAMatrixIsSaidToBeOne() throws Exception {
    Path bogus = Files.writeString(dir.resolve("x.json"), "{\"provider\":\"p\"}");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MatrixFiles.read(bogus))
        .isInstanceOf(MatrixException.class)
        .hasMessage(
            "Not a matrix: "
                + bogus
                + " has no \"images\", \"columns\" and \"cells\"; give a matrix.json that a matrix run"
                + " wrote");
  }

  private WebDriver browser() {
    ChromeOptions options =
        new ChromeOptions()
            .setBinary("/usr/bin/chromium")
            .addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--user-data-dir=" + dir.resolve("chromium-profile"));
    return new ChromeDriver(
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build(),
        options);
  }
}
