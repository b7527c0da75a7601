package io.pactcontainers.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** pact-jvm's property names, read as ours; property overrides as a view over the settings. */
class PropertyOverridesTest {
  /**
   * Not in pact-jvm 4.6.17's provider classes: raw selectors (its Maven plugin takes them as a POM
   * element, later pact-jvm versions read the property), and the reports folder (read by its JUnit
   * provider modules as {@code pact.verification.reportDir:<default>}): accepted all the same, for
   * scripts written for them.
   */
  private static final Set<String> NOT_IN_4_6_17 =
      Set.of("pactbroker.consumerversionselectors.rawjson", "pact.verification.reportDir");

  /** Every property-like string in pact-jvm 4.6.17's provider classes, read from its jar. */
  private static Set<String> pactJvmNames() throws Exception {
    String resource =
        ClassLoader.getSystemResource("au/com/dius/pact/provider/ProviderVerifier.class").getPath();
    File jar = new File(resource.substring("file:".length(), resource.indexOf("!/")));
    Set<String> names = new HashSet<>();
    Pattern name = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)+");
    try (ZipFile zip = new ZipFile(jar)) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (e.getName().endsWith(".class")) {
          String text =
              new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.ISO_8859_1);
          Matcher m = name.matcher(text);
          while (m.find()) {
            names.add(m.group());
          }
        }
      }
    }
    return names;
  }

  @Test
  void everyAliasIsAPropertyNamePactJvmReads() throws Exception {
    Set<String> pactJvm = pactJvmNames();
    assertThat(pactJvm).as("read from the jar").contains("pact.verifier.publishResults");
    for (String alias : PropertyOverrides.PACT_JVM_ALIASES.keySet()) {
      if (NOT_IN_4_6_17.contains(alias)) {
        assertThat(pactJvm).as(alias).doesNotContain(alias);
      } else {
        assertThat(pactJvm).as(alias).contains(alias);
      }
    }
    // The names pact-jvm shares with us need no alias: they are ours, and its.
    for (String shared :
        List.of(
            PropertyNames.PROVIDER_VERSION,
            PropertyNames.PROVIDER_BRANCH,
            PropertyNames.PUBLISH_RESULTS,
            PropertyNames.FILTER_CONSUMERS,
            PropertyNames.FILTER_DESCRIPTION,
            PropertyNames.FILTER_PROVIDER_STATE,
            PropertyNames.SHOW_FULL_DIFF,
            PropertyNames.TRIM_SNAPSHOT)) {
      assertThat(pactJvm).as(shared).contains(shared);
    }
  }

  @Test
  void anAliasIsReadAsOursUnlessOursIsGivenAndSaysSo() {
    Properties cli = new Properties();
    cli.setProperty("pactbroker.url", "https://broker.example.com");
    cli.setProperty("pactbroker.auth.token", "t0ken");
    cli.setProperty("pact.provider.tag", "main,prod");
    cli.setProperty("pact.verifier.buildUrl", "https://ci/1");
    Properties jvm = new Properties();
    jvm.setProperty("pact.buildUrl", "https://ci/ours");
    List<String> lines = new ArrayList<>();
    Map<String, String> overrides = PropertyOverrides.pactJvmAliases(List.of(cli, jvm), lines::add);
    assertThat(overrides)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                PropertyNames.BROKER_URL, "https://broker.example.com",
                PropertyNames.BROKER_TOKEN, "t0ken",
                PropertyNames.PROVIDER_TAGS, "main,prod"));
    assertThat(lines)
        .contains(
            "-Dpactbroker.url (pact-jvm's name) is read as -Dpact.broker.url; write that to"
                + " silence this line")
        .hasSize(3);
  }

  @Test
  void theNamesPactJvmsDocsGiveForAVerificationReachTheSettings() {
    Properties cli = new Properties();
    cli.setProperty("pactbroker.providerBranch", "main");
    cli.setProperty("pactbroker.providerTags", "prod,eu");
    cli.setProperty("pactbroker.includeWipPactsSince", "2026-01-01");
    cli.setProperty("pactbroker.consumers", "web, mobile");
    cli.setProperty("pact.filter.pacturl", "https://broker/pacts/1");
    cli.setProperty("pact.verifier.enableRedirectHandling", "true");
    cli.setProperty("pactfolder.path", "build/pacts");
    cli.setProperty("pact.verification.reportDir", "build/reports/pact");
    List<String> lines = new ArrayList<>();
    RawSettings read =
        PropertyOverrides.of(
            new GivenSettings(), PropertyOverrides.pactJvmAliases(List.of(cli), lines::add));
    assertThat(read.providerBranch()).isEqualTo("main");
    assertThat(read.providerTags()).containsExactly("prod", "eu");
    assertThat(read.includeWipPactsSince()).isEqualTo("2026-01-01");
    assertThat(read.consumers()).containsExactly("web", "mobile");
    assertThat(read.pactUrls()).containsExactly("https://broker/pacts/1");
    assertThat(read.followRedirects()).isTrue();
    assertThat(read.pactDirectory()).isEqualTo(new File("build/pacts"));
    assertThat(read.reportsDirectory()).isEqualTo(new File("build/reports/pact"));
    assertThat(lines)
        .contains(
            "-Dpactfolder.path (pact-jvm's name) is read as -Dpact.directory; write that to"
                + " silence this line",
            "-Dpact.verification.reportDir (pact-jvm's name) is read as -Dpact.reportsDirectory;"
                + " write that to silence this line")
        .hasSize(8);
  }

  @Test
  void overridesAreAViewTheSettingsGivenAreNeverChanged() {
    GivenSettings given = new GivenSettings();
    given.brokerUrl = "https://pom.example.com";
    RawSettings read =
        PropertyOverrides.of(
            given,
            Map.of(
                PropertyNames.BROKER_URL, "https://cli.example.com",
                PropertyNames.PROVIDER_TAGS, "main,prod",
                PropertyNames.SHARDS, "4"));
    assertThat(read.brokerUrl()).isEqualTo("https://cli.example.com");
    assertThat(read.providerTags()).containsExactly("main", "prod");
    assertThat(read.shards()).isEqualTo(4);
    assertThat(read.providerName()).isEqualTo("grill-chef");
    assertThat(given.brokerUrl).isEqualTo("https://pom.example.com");
    assertThat(PropertyOverrides.of(given, Map.of())).isSameAs(given);
  }

  @Test
  void aListPropertyIsReadAsMavenReadsOneItemsTrimmedBlanksLeftOut() {
    RawSettings read =
        PropertyOverrides.of(
            new GivenSettings(), Map.of(PropertyNames.FILTER_CONSUMERS, "web, mobile ,,"));
    assertThat(read.consumers()).containsExactly("web", "mobile");
  }

  @Test
  void aNumberThatIsNotOneNamesTheProperty() {
    RawSettings read = PropertyOverrides.of(new GivenSettings(), Map.of(PropertyNames.SHARDS, "x"));
    assertThatThrownBy(read::shards)
        .isInstanceOf(SettingsException.class)
        .hasMessage("-Dpact.shards is not a whole number: x");
  }

  @Test
  void anEmptyStateFilterPropertySelectsTheInteractionsWithoutAStateAsInPactJvm() {
    GivenSettings given = new GivenSettings();
    RawSettings empty =
        PropertyOverrides.of(given, Map.of(PropertyNames.FILTER_PROVIDER_STATE, ""));
    io.pactcontainers.verify.InteractionFilter filter =
        new io.pactcontainers.verify.InteractionFilter(
            List.of(),
            java.util.Optional.empty(),
            java.util.Optional.of(java.util.regex.Pattern.compile(empty.providerState())));
    io.pactcontainers.model.Interaction stateless = interaction("");
    io.pactcontainers.model.Interaction withState =
        interaction("\"providerStates\":[{\"name\":\"an order exists\"}],");
    assertThat(filter.keeps(stateless)).isTrue();
    assertThat(filter.keeps(withState)).isFalse();
    assertThat(filter.describe()).isEqualTo("no provider state");
    // From the command line's properties, as a front end passes them
    // (-Dpact.filter.providerState=).
    Properties cli = new Properties();
    cli.setProperty(PropertyNames.FILTER_PROVIDER_STATE, "");
    assertThat(
            PropertyOverrides.of(given, PropertyOverrides.pactJvmAliases(List.of(cli), l -> {}))
                .providerState())
        .isEqualTo(io.pactcontainers.verify.InteractionFilter.WITHOUT_A_STATE);
    // Not given at all, the filter keeps everything, as before.
    assertThat(PropertyOverrides.of(given, Map.of(PropertyNames.SHARDS, "2")).providerState())
        .isNull();
  }

  private static io.pactcontainers.model.Interaction interaction(String states) {
    return new io.pactcontainers.model.PactReader()
        .read(
            "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\"interactions\":[{"
                + "\"description\":\"d\","
                + states
                + "\"request\":{\"method\":\"GET\",\"path\":\"/\"},\"response\":{\"status\":200}}],"
                + "\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}",
            "p.json")
        .interactions()
        .get(0);
  }

  @Test
  void reportsGoToTheOutputFolderUnlessAReportsDirectoryIsGivenRelativeToTheProject() {
    Path project = Path.of("/work/project");
    Path output = project.resolve("target/pact");
    GivenSettings given = new GivenSettings();
    assertThat(VerificationSettings.reportsFolder(given, project, output))
        .isEqualTo(output.resolve("reports"));
    RawSettings relative =
        PropertyOverrides.of(given, Map.of(PropertyNames.REPORTS_DIRECTORY, "build/reports/pact"));
    assertThat(VerificationSettings.reportsFolder(relative, project, output))
        .isEqualTo(project.resolve("build/reports/pact"));
    RawSettings absolute =
        PropertyOverrides.of(given, Map.of(PropertyNames.REPORTS_DIRECTORY, "/tmp/pact-reports"));
    assertThat(VerificationSettings.reportsFolder(absolute, project, output))
        .isEqualTo(Path.of("/tmp/pact-reports"));
  }
}
