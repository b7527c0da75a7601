package io.pactcontainers.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.pactcontainers.settings.SourceVersion;
import io.pactcontainers.verify.RequestHeader;
import io.pactcontainers.verify.VerificationConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContextException;

/**
 * The annotation's settings go through the library's settings layer, which checks them as it checks
 * the plugin's and says what is wrong in the annotation's words.
 */
class AnnotationSettingsTest {
  @PactProviderTest(
      provider = "p",
      headers = {
        @PactProviderTest.Header(name = "Authorization", command = "echo Bearer minted-$((40+2))"),
        @PactProviderTest.Header(name = "X-Trace", value = "on", always = true, secret = false)
      })
  static class Minted {}

  @PactProviderTest(
      provider = "p",
      headers = @PactProviderTest.Header(name = "Authorization", value = "x", command = "echo y"))
  static class Both {}

  @PactProviderTest(
      provider = "p",
      headers = @PactProviderTest.Header(name = "X-Api-Key", value = "${PACT_JUNIT5_UNSET_KEY}"))
  static class Unset {}

  @PactProviderTest(
      provider = "p",
      headers =
          @PactProviderTest.Header(name = "X-Slow", command = "sleep 5; echo late", timeout = 1))
  static class SlowCommand {}

  @PactProviderTest(provider = "p", brokerUrl = "http://broker.example", reports = "pdf")
  static class UnknownReport {}

  @PactProviderTest(provider = "p", consumerVersionSelectors = "[{\"branch\":\"main\"}]")
  static class SelectorsWithoutBroker {}

  @PactProviderTest(
      provider = "p",
      brokerUrl = "http://broker.example",
      consumerVersionSelectors = "[{\"matchingBranch\":true}]")
  static class MatchingBranchWithoutProviderBranch {}

  @PactProviderTest(
      provider = "p",
      brokerUrl = "http://broker.example",
      broker = @PactProviderTest.Broker(caCertificate = "no-such-ca.pem"))
  static class MissingBrokerCa {}

  @PactProviderTest(
      provider = "p",
      brokerUrl = "https://broker.example",
      broker =
          @PactProviderTest.Broker(
              clientCertificate = "no-such-client.p12",
              clientCertificatePasswordVariable = "TEAM_P12"))
  static class MissingBrokerClientCertificate {}

  @PactProviderTest(
      provider = "p",
      brokerUrl = "https://broker.example",
      broker = @PactProviderTest.Broker(clientKey = "client.key"))
  static class BrokerClientKeyAlone {}

  @PactProviderTest(
      provider = "p",
      brokerUrl = "http://broker.example",
      broker = @PactProviderTest.Broker(includeWipPactsSince = "2024-01-31"))
  static class WipWithoutPending {}

  @PactProviderTest(
      provider = "p",
      brokerUrl = "http://broker.example",
      broker = @PactProviderTest.Broker(selectors = @PactProviderTest.Selector))
  static class EmptySelector {}

  @PactProviderTest(provider = "p", pactDirectories = "src/test/resources/no-such-pacts")
  static class MissingMoreFolder {}

  @PactProviderTest(
      provider = "p",
      pacts = "src/test/resources/grill-chef-pacts",
      pactDirectories = "src/test/resources/state-pacts",
      pactUrls = "https://broker.example/pacts/provider/p/consumer/c/version/1")
  static class FoldersAndUrls {}

  @PactProviderTest(
      provider = "p",
      headers = @PactProviderTest.Header(name = "Authorization", method = "mint"))
  static class MintedInJava {
    static String mint() {
      return "Bearer from-java";
    }
  }

  @PactProviderTest(
      provider = "p",
      headers = @PactProviderTest.Header(name = "Authorization", method = "noSuchMethod"))
  static class NoSuchMintMethod {}

  private static VerificationConfig config(Class<?> type, Map<String, String> properties) {
    PactProviderTest annotation = type.getAnnotation(PactProviderTest.class);
    AnnotationRawSettings raw =
        new AnnotationRawSettings(
            annotation, properties, HeaderMethods.values(type, annotation.headers()));
    return AnnotationSettings.map(raw, type, line -> {}).config();
  }

  @Test
  void aCommandsOutputIsTheValueAndEachHeaderKeepsItsRules() {
    assertThat(config(Minted.class, Map.of()).requestHeaders())
        .extracting(
            RequestHeader::name,
            RequestHeader::value,
            RequestHeader::replace,
            RequestHeader::secret)
        .containsExactly(
            tuple("Authorization", "Bearer minted-42", RequestHeader.Replace.PRESENT, true),
            tuple("X-Trace", "on", RequestHeader.Replace.ALWAYS, false));
  }

  @Test
  void aValueAndACommandTogetherAreRefusedInTheAnnotationsWords() {
    assertThatThrownBy(() -> config(Both.class, Map.of()))
        .isInstanceOf(ExtensionContextException.class)
        .hasMessage(
            "@PactProviderTest.Header(name = \"Authorization\") needs either value or command,"
                + " not both; e.g. value = \"Bearer ${API_TOKEN}\"");
  }

  @Test
  void aBrokerCaCertificateThatIsNotThereIsNamedInTheAnnotationsWords() {
    assertThatThrownBy(() -> config(MissingBrokerCa.class, Map.of()))
        .isInstanceOf(ExtensionContextException.class)
        .hasMessage("@PactProviderTest.Broker(caCertificate) not found: no-such-ca.pem");
  }

  @Test
  void theBrokersClientCertificateIsNamedInTheAnnotationsWords() {
    assertThatThrownBy(() -> config(MissingBrokerClientCertificate.class, Map.of()))
        .isInstanceOf(ExtensionContextException.class)
        .hasMessage(
            "@PactProviderTest.Broker(clientCertificate) not found: no-such-client.p12; give the"
                + " file of the client certificate (PEM, or PKCS#12 .p12/.pfx)");
    assertThatThrownBy(() -> config(BrokerClientKeyAlone.class, Map.of()))
        .isInstanceOf(ExtensionContextException.class)
        .hasMessage(
            "@PactProviderTest.Broker(clientKey) is given without"
                + " @PactProviderTest.Broker(clientCertificate); give the client certificate too,"
                + " or remove @PactProviderTest.Broker(clientKey)");
  }

  @Test
  void wipPactsWithoutPendingAreRefusedNamingBothAttributes() {
    assertThatThrownBy(() -> config(WipWithoutPending.class, Map.of()))
        .isInstanceOf(ExtensionContextException.class)
        .hasMessage(
            "@PactProviderTest.Broker(includeWipPactsSince) needs"
                + " @PactProviderTest(enablePending) = \"true\": WIP pacts are always pending");
  }

  @Test
  void anEmptySelectorAnnotationIsRefused() {
    assertThatThrownBy(() -> config(EmptySelector.class, Map.of()))
        .isInstanceOf(ExtensionContextException.class)
        .hasMessageStartingWith("@PactProviderTest.Broker(selectors) #1 is empty; set e.g.");
  }

  @Test
  void aMoreFolderThatIsNotThereIsNamedInTheAnnotationsWords() {
    assertThatThrownBy(() -> config(MissingMoreFolder.class, Map.of()))
        .isInstanceOf(ExtensionContextException.class)
        .hasMessage(
            "@PactProviderTest(pactDirectories) (or -Dpact.directories)"
                + " src/test/resources/no-such-pacts is not a folder; check the path");
  }

  @Test
  void foldersAndPactUrlsAreAllSources() {
    assertThat(config(FoldersAndUrls.class, Map.of()).sources())
        .extracting(Object::toString)
        .anySatisfy(s -> assertThat(s).contains("grill-chef-pacts"))
        .anySatisfy(s -> assertThat(s).contains("state-pacts"))
        .anySatisfy(s -> assertThat(s).contains("https://broker.example/pacts/provider/p"));
  }

  @Test
  void pactJvmsEmptyProviderStateFilterSelectsTheInteractionsWithoutAState() {
    AnnotationRawSettings raw =
        new AnnotationRawSettings(
            Minted.class.getAnnotation(PactProviderTest.class),
            Map.of("pact.filter.providerState", ""));
    assertThat(raw.providerState())
        .isEqualTo(io.pactcontainers.verify.InteractionFilter.WITHOUT_A_STATE);
  }

  @Test
  void aHeaderValueFromAStaticMethodOfTheClassIsASecretValue() {
    assertThat(config(MintedInJava.class, Map.of()).requestHeaders())
        .extracting(RequestHeader::name, RequestHeader::value, RequestHeader::secret)
        .containsExactly(tuple("Authorization", "Bearer from-java", true));
  }

  @Test
  void aHeaderValueFromAMethodIsSaidToComeFromThatMethod() {
    // What the reproduction lines name as where to get the secret from.
    assertThat(config(MintedInJava.class, Map.of()).requestHeaders().get(0).origin())
        .map(RequestHeader.Origin::setting)
        .contains("@PactProviderTest.Header(name = \"Authorization\", method = \"mint\")");
  }

  @Test
  void aHeaderMethodThatIsNotThereIsNamed() {
    assertThatThrownBy(() -> config(NoSuchMintMethod.class, Map.of()))
        .isInstanceOf(ExtensionContextException.class)
        .hasMessage(
            "@PactProviderTest.Header(name = \"Authorization\").method names noSuchMethod, which"
                + " is no static method without parameters of NoSuchMintMethod; declare static"
                + " String noSuchMethod()");
  }

  @Test
  void brokerRetriesThatAreNoNumberAreNamed() {
    AnnotationRawSettings raw =
        new AnnotationRawSettings(
            Minted.class.getAnnotation(PactProviderTest.class),
            Map.of("pact.broker.retries", "three"));
    assertThatThrownBy(raw::brokerRetries)
        .hasMessage("-Dpact.broker.retries is not a whole number: three");
  }

  @Test
  void aCommandThatOutlastsItsTimeoutIsStoppedAndNamed() {
    assertThatThrownBy(() -> config(SlowCommand.class, Map.of()))
        .isInstanceOf(ExtensionContextException.class)
        .hasMessageStartingWith("@PactProviderTest.Header(name = \"X-Slow\").command: ")
        .hasMessageContaining("1 s");
  }

  @Test
  void aWholeValueWhoseVariableIsNotSetIsAnErrorNeverAnEmptyHeader() {
    assertThatThrownBy(() -> config(Unset.class, Map.of()))
        .isInstanceOf(ExtensionContextException.class)
        .hasMessage(
            "@PactProviderTest.Header(name = \"X-Api-Key\").value is ${PACT_JUNIT5_UNSET_KEY},"
                + " which is not set; set the environment variable PACT_JUNIT5_UNSET_KEY or the"
                + " system property (-DPACT_JUNIT5_UNSET_KEY=...)");
  }

  @Test
  void aPlaceholderIsReadFromTheSystemPropertiesWhenNotInTheEnvironment() {
    System.setProperty("pact.junit5.shaping.key", "k-1");
    try {
      assertThat(Placeholders.resolved("Key ${pact.junit5.shaping.key}", "x")).isEqualTo("Key k-1");
    } finally {
      System.clearProperty("pact.junit5.shaping.key");
    }
  }

  @Test
  void anUnknownReportFormatNamesTheAttributeAndTheValidOnes() {
    AnnotationRawSettings raw =
        new AnnotationRawSettings(
            UnknownReport.class.getAnnotation(PactProviderTest.class), Map.of());
    assertThatThrownBy(() -> io.pactcontainers.settings.VerificationSettings.reports(raw))
        .hasMessage(
            "@PactProviderTest(reports): unknown report format \"pdf\"; valid: json, junit, html,"
                + " markdown");
  }

  @Test
  void selectorsTheBrokerWouldRejectAreRefusedBeforeAskingIt() {
    assertThatThrownBy(() -> config(MatchingBranchWithoutProviderBranch.class, Map.of()))
        .isInstanceOf(ExtensionContextException.class)
        .hasMessageStartingWith(
            "-Dpact.broker.selectors: selector $[0] {matchingBranch: true} would be rejected by"
                + " the Pact Broker: ")
        .hasMessageEndingWith(
            "; set @PactProviderTest.Broker(providerBranch) (-Dpact.provider.branch)");
  }

  @Test
  void publishingWithoutAProviderVersionTakesTheCheckoutsCommitOrNamesTheProperty() {
    Map<String, String> properties =
        Map.of(
            "pact.verifier.publishResults",
            "true",
            "pact.provider.branch",
            "main",
            "pact.publishDirtyVersion",
            "true");
    Optional<SourceVersion> source =
        SourceVersion.detect(Path.of("").toAbsolutePath(), System.getenv());
    if (source.isPresent()) {
      // Built from a git checkout (or in a CI that names the commit): the library's rule applies.
      assertThat(
              config(MatchingBranchWithoutProviderBranch.class, properties)
                  .publishing()
                  .orElseThrow()
                  .version())
          .satisfies(v -> assertThat(v.number()).isEqualTo(source.get().version()))
          .satisfies(v -> assertThat(v.branch()).contains("main"));
    } else {
      assertThatThrownBy(() -> config(MatchingBranchWithoutProviderBranch.class, properties))
          .isInstanceOf(ExtensionContextException.class)
          .hasMessage(
              "-Dpact.provider.version is needed to publish results: the version the results are"
                  + " published for");
    }
  }

  @Test
  void pactJvmsFilterPropertiesNarrowTheRunAsThePlugins() {
    List<String> said = new ArrayList<>();
    Map<String, String> properties =
        io.pactcontainers.settings.PropertyOverrides.properties(
            List.of(props("pact.filter.description", "an order.*", "pactbroker.url", "http://b")),
            AnnotationRawSettings.PROPERTY_NAMES,
            said::add);
    VerificationConfig c = config(SelectorsWithoutBroker.class, properties);
    assertThat(c.filter().description())
        .hasValueSatisfying(p -> assertThat(p.pattern()).isEqualTo("an order.*"));
    assertThat(said)
        .containsExactly(
            "-Dpactbroker.url (pact-jvm's name) is read as -Dpact.broker.url; write that to silence"
                + " this line");
  }

  private static java.util.Properties props(String... pairs) {
    java.util.Properties p = new java.util.Properties();
    for (int i = 0; i < pairs.length; i += 2) {
      p.setProperty(pairs[i], pairs[i + 1]);
    }
    return p;
  }

  @Test
  void aClassThatFailsOnItsSettingsLeavesNoEarlierRunsReportToBeTakenForItsOwn() throws Exception {
    java.nio.file.Path reports = java.nio.file.Path.of("target/pact-junit5-stale/reports");
    java.nio.file.Files.createDirectories(reports);
    for (String f : List.of("grill-chef.json", "grill-chef.html", "grill-chef.md")) {
      java.nio.file.Files.writeString(reports.resolve(f), "Passed");
    }
    assertThat(
            ClassFailures.of(
                io.pactcontainers.junit5.subjects.WrongUsage.BadHeaderAfterAnEarlierRun.class))
        .hasMessageStartingWith(
            "@PactProviderTest.Header(name = \"Authorization\") needs either value or command");
    assertThat(reports).isEmptyDirectory();
  }
}
