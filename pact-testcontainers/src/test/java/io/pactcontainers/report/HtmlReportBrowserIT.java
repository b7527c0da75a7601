package io.pactcontainers.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.provider.ProviderContainer;
import io.pactcontainers.provider.Readiness;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.state.StateChangeConfig;
import io.pactcontainers.verify.VerificationConfig;
import io.pactcontainers.verify.VerificationListener;
import io.pactcontainers.verify.VerificationResult;
import io.pactcontainers.verify.Verifier;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML report of a real run (the Grill Chef container, one pact it honours, one it breaks)
 * opened in a real browser: Debian's chromium, headless, driven through chromedriver. The failed
 * interaction and its mismatch must be visible without a click, a passed one folded. The screenshot
 * it takes is the README's {@code docs/report.png} (target/report.png; copied by hand).
 */
class HtmlReportBrowserIT {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  @TempDir Path dir;

  @Test
  void theFailedInteractionAndItsMismatchAreVisibleInABrowser() throws Exception {
    Path pacts = Files.createDirectories(dir.resolve("pacts"));
    Files.copy(
        Path.of("../examples/grill-chef/pacts/sous-chef-grill-chef.json"),
        pacts.resolve("sous-chef-grill-chef.json"));
    Files.writeString(
        pacts.resolve("waiter-grill-chef.json"),
        """
        {"consumer":{"name":"waiter"},"provider":{"name":"grill-chef"},"interactions":[
          {"description":"an order for a medium-rare steak","providerStates":[{"name":"steaks are available"}],
           "request":{"method":"POST","path":"/steaks/","headers":{"Content-Type":"application/json"},"body":{"cooking":"medium-rare"}},
           "response":{"status":201,"headers":{"Content-Type":"application/json"},"body":{"waitingTime":12}}}],
         "metadata":{"pactSpecification":{"version":"3.0.0"}}}""");
    ProviderContainer provider =
        ProviderContainer.fromImage("pactcontainers/example-grill-chef:latest")
            .withPort(8000)
            .waitingFor(Readiness.http("/health"));
    VerificationResult result =
        new Verifier()
            .verify(
                VerificationConfig.of(
                        "grill-chef", provider, List.of(new PactSource.Directory(pacts)))
                    .withStateChange(new StateChangeConfig("/_pact/state", true, true))
                    .withOutputDirectory(dir.resolve("out")),
                VerificationListener.SILENT);
    assertThat(result.successful()).isFalse();
    Path html = ReportFormat.HTML.writer().write(result, dir.resolve("reports"), "html").get(0);

    assertThat(new File(CHROMIUM))
        .as("Debian's chromium (scripts/test-all.sh installs it)")
        .exists();
    assertThat(new File(CHROMEDRIVER))
        .as("Debian's chromium-driver (scripts/test-all.sh installs it)")
        .exists();
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(CHROMIUM)
            .addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1500",
                "--user-data-dir=" + dir.resolve("chromium-profile"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    WebDriver browser = new ChromeDriver(service, options);
    try {
      browser.get(html.toUri().toString());
      assertThat(browser.getTitle()).isEqualTo("Pact verification: grill-chef");
      assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("Failed");
      assertThat(browser.findElement(By.id("totals")).getText())
          .contains("3 passed")
          .contains("1 failed")
          .contains("0 errored");

      List<WebElement> failed =
          browser.findElements(By.cssSelector("details.interaction[data-outcome=failed]"));
      assertThat(failed).hasSize(1);
      WebElement row = failed.get(0);
      assertThat(row.findElement(By.tagName("summary")).getText())
          .contains("#0 \"an order for a medium-rare steak\" given \"steaks are available\"");
      WebElement mismatch = row.findElement(By.cssSelector("ul.mismatches li"));
      assertThat(mismatch.isDisplayed()).as("the mismatch is visible without a click").isTrue();
      assertThat(mismatch.getText())
          .contains("$.waitingTime: expected 12 (an integer), found 10 (an integer)");
      assertThat(row.findElement(By.cssSelector("pre.curl")).getText())
          // the image by its id, its tag in a comment: a tag rebuilt since would run another one
          .containsPattern(
              "docker run -d --rm -p 127\\.0\\.0\\.1::8000 sha256:[0-9a-f]{64}\\) .*  #"
                  + " pactcontainers/example-grill-chef:latest, the image verified")
          .contains("curl -sS -i -X POST \"$PROVIDER\"/steaks/");
      // The request as sent, beside the pact's.
      assertThat(row.findElement(By.cssSelector("pre.sent-request")).getText())
          .startsWith("POST http://")
          .contains("/steaks/\nContent-Type: application/json");
      assertThat(row.findElement(By.cssSelector("pre.log")).getText())
          .contains("\"POST /steaks/ HTTP/1.1\" 201");

      List<WebElement> passed =
          browser.findElements(By.cssSelector("details.interaction[data-outcome=passed]"));
      assertThat(passed).hasSize(3);
      WebElement folded = passed.get(0).findElement(By.cssSelector("div.body"));
      assertThat(folded.isDisplayed()).as("a passed interaction starts folded").isFalse();
      passed.get(0).findElement(By.tagName("summary")).click();
      assertThat(folded.isDisplayed()).as("and opens with a click").isTrue();
      passed.get(0).findElement(By.tagName("summary")).click();

      Path screenshot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
      assertThat(Files.size(screenshot)).isGreaterThan(10_000);
      Files.copy(screenshot, Path.of("target/report.png"), StandardCopyOption.REPLACE_EXISTING);
    } finally {
      browser.quit();
    }
  }
}
