package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.broker.BrokerSource;
import io.pactcontainers.verify.VerificationConfig;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run switches of {@code verify}, mapped onto the library, and their mistakes in POM terms. */
class VerifyRunControlsTest {
  @TempDir Path dir;

  private VerifyMojo mojo;

  @org.junit.jupiter.api.BeforeEach
  void aMinimalPom() {
    mojo = VerifyMojoTest.minimalMojo(dir);
  }

  @Test
  void theSwitchesAreMapped() throws Exception {
    mojo.failFast = true;
    mojo.followRedirects = true;
    mojo.basePath = "/api";
    mojo.stateChangeUrl = "/_pact/state";
    mojo.consumerStateChangeUrls = Map.of("mobile", "/_pact/mobile-state");
    VerificationConfig c = VerifyMojoTest.configuration(mojo);
    assertThat(c.failFast()).isTrue();
    assertThat(c.followRedirects()).isTrue();
    assertThat(c.basePath()).isEqualTo("/api");
    assertThat(c.consumerStateChanges().get("mobile").url()).isEqualTo("/_pact/mobile-state");
  }

  @Test
  void aConsumerStateUrlThatIsEmptyOrCannotBeSentNamesTheConsumer() {
    mojo.consumerStateChangeUrls = Map.of("mobile", " ");
    assertThatThrownBy(() -> VerifyMojoTest.configuration(mojo))
        .hasMessage("<consumerStateChangeUrls><mobile> is empty; give the consumer's state URL");
  }

  @Test
  void severalPactDirectoriesAreReadInOrderAndOneThatDoesNotExistIsNamed() throws Exception {
    File a = Files.createDirectories(dir.resolve("a")).toFile();
    File b = Files.createDirectories(dir.resolve("b")).toFile();
    mojo.pactDirectory = new File(dir.toFile(), "never-created");
    mojo.pactDirectories = List.of(a, b);
    assertThat(VerifyMojoTest.configuration(mojo).sources())
        .extracting(io.pactcontainers.source.PactSource::describe)
        .containsExactly("directory " + a, "directory " + b);

    mojo.pactDirectories = List.of(a, new File(dir.toFile(), "typo"));
    assertThatThrownBy(() -> VerifyMojoTest.configuration(mojo))
        .hasMessage(
            "<pactDirectories><pactDirectory> "
                + new File(dir.toFile(), "typo")
                + " is not a folder; check the path");
  }

  @Test
  void lastFailedWithoutAPreviousReportSaysWhereItLookedAndWhatToDo() {
    mojo.lastFailed = true;
    assertThatThrownBy(() -> VerifyMojoTest.configuration(mojo))
        .hasMessageStartingWith(
            "-Dpact.lastFailed: there is no report of a previous run at "
                + GoalContext.of(mojo)
                    .outputFolder()
                    .toPath()
                    .resolve("reports")
                    .resolve("grill-chef.json"))
        .hasMessageEndingWith("run once without it");
  }

  @Test
  void brokerRetriesFromTheCommandLineReplaceThePoms() throws Exception {
    mojo.brokerUrl = "https://broker.example.com";
    mojo.broker = new BrokerConfiguration();
    mojo.broker.retries = 3;
    mojo.brokerRetries = 0;
    assertThat(VerifyMojoTest.configuration(mojo).sources())
        .filteredOn(BrokerSource.class::isInstance)
        .singleElement()
        .satisfies(s -> assertThat(((BrokerSource) s).config().retries()).isZero());
    assertThat(mojo.broker.retries).as("the injected <broker>, never written").isEqualTo(3);
  }

  @Test
  void lastFailedWithAnotherProvidersReportIsABuildErrorNamingTheFile() throws Exception {
    mojo.lastFailed = true;
    Path report =
        GoalContext.of(mojo).outputFolder().toPath().resolve("reports").resolve("grill-chef.json");
    Files.createDirectories(report.getParent());
    Files.writeString(report, "{\"provider\":\"oven\",\"pacts\":[]}");
    assertThatThrownBy(() -> VerifyMojoTest.configuration(mojo))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "-Dpact.lastFailed: the previous run's report is of another provider, \"oven\", not"
                + " \"grill-chef\": "
                + report
                + "; run once without it to write this provider's report");
    Files.writeString(report, "");
    assertThatThrownBy(() -> VerifyMojoTest.configuration(mojo))
        .hasMessage(
            "-Dpact.lastFailed: the previous run's report is empty: "
                + report
                + "; run once without it to write this provider's report");
  }
}
