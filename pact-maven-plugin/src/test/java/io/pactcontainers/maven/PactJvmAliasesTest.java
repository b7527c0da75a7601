package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
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
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/** pact-jvm's property names, read as ours. */
class PactJvmAliasesTest {
  /**
   * pact-jvm 4.6.17 has no such property (its Maven plugin takes raw selectors as a POM element,
   * later pact-jvm versions read the property): accepted all the same, for scripts written for
   * them.
   */
  private static final Set<String> NOT_IN_4_6_17 =
      Set.of("pactbroker.consumerversionselectors.rawjson");

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
    for (String alias : PactJvmAliases.ALIASES.keySet()) {
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
  void anAliasSetsOurParameterUnlessOursIsGivenAndSaysSo() {
    VerifyMojo goal = new VerifyMojo();
    Properties cli = new Properties();
    cli.setProperty("pactbroker.url", "https://broker.example.com");
    cli.setProperty("pactbroker.auth.token", "t0ken");
    cli.setProperty("pact.provider.tag", "main,prod");
    cli.setProperty("pact.verifier.buildUrl", "https://ci/1");
    cli.setProperty("pact.buildUrl", "https://ci/ours");
    List<String> lines = new ArrayList<>();
    Map<String, String> overrides =
        PactJvmAliases.overrides(
            List.of(cli),
            new SystemStreamLog() {
              @Override
              public void info(CharSequence content) {
                lines.add(content.toString());
              }
            });
    VerifyParameters read = VerifyParameters.of(goal, overrides);
    assertThat(read.brokerUrl()).isEqualTo("https://broker.example.com");
    assertThat(read.brokerToken()).isEqualTo("t0ken");
    assertThat(read.providerTags()).containsExactly("main", "prod");
    assertThat(read.buildUrl()).as("ours wins").isNull();
    assertThat(goal.brokerUrl).as("the goal's parameter, never written").isNull();
    assertThat(goal.providerTags).as("the goal's parameter, never written").isNull();
    assertThat(lines)
        .contains(
            "-Dpactbroker.url (pact-jvm's name) is read as -Dpact.broker.url; write that to"
                + " silence this line")
        .hasSize(3);
  }

  @Test
  void aTokenGivenAsAPropertyIsTheBrokersBearerTokenAndSnapshotsTrimWhenAsked() throws Exception {
    VerifyMojo goal = new VerifyMojo();
    goal.brokerToken = "t0ken";
    goal.providerVersion = "1.2.0-SNAPSHOT";
    goal.trimSnapshot = true;
    VerifyParameters read = VerifyParameters.of(goal, Map.of());
    assertThat(read.brokerEnvironment(System.getenv())).containsEntry("PACT_BROKER_TOKEN", "t0ken");
    assertThat(read.publishedProviderVersion()).isEqualTo("1.2.0");
  }

  @Test
  void aTokenFromPactJvmsPropertyIsMaskedAsEveryCredential(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    VerifyMojo goal = new VerifyMojo();
    goal.providerName = "grill-chef";
    goal.provider = new ProviderConfiguration();
    goal.provider.image = "grill-chef:1.0";
    goal.pactDirectory = dir.toFile();
    goal.outputDirectory = dir.resolve("out").toFile();
    goal.requestTimeout = 30;
    goal.maxBodySize = 200;
    goal.shards = 1;
    Properties cli = new Properties();
    cli.setProperty("pactbroker.url", "https://broker.example.com");
    cli.setProperty("pactbroker.auth.token", "s3cret-br0ker-t0ken");
    VerifyMapping.Mapped mapped =
        VerifyMapping.map(
            VerifyParameters.of(
                goal, PactJvmAliases.overrides(List.of(cli), new SystemStreamLog())),
            GoalContext.of(goal));
    SecretMasking masking = SecretMasking.of(mapped.credentials(), List.of());
    assertThat(masking.mask("Authorization: Bearer s3cret-br0ker-t0ken"))
        .isEqualTo("Authorization: Bearer ****");
  }
}
