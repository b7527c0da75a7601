package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.settings.PropertyOverrides;
import io.pactcontainers.settings.RawSettings;
import io.pactcontainers.source.Credentials;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pact-jvm's property names, read as ours on the verify goal's path (the alias table itself is
 * checked against pact-jvm's jar by the library's {@code PropertyOverridesTest}).
 */
class PactJvmAliasesTest {
  @TempDir Path dir;

  /** The goal's settings with these overrides, as the goal reads them. */
  private static RawSettings read(VerifyMojo goal, Map<String, String> overrides) {
    return PropertyOverrides.of(VerifyParameters.of(goal), overrides);
  }

  /** The goal's settings with these overrides, mapped as the goal maps them. */
  private static VerifyMapping.Mapped mapped(VerifyMojo goal, Map<String, String> overrides)
      throws ConfigurationException {
    return VerifyMapping.map(
        read(goal, overrides), VerifyParameters.of(goal), GoalContext.of(goal));
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
    RawSettings read = read(goal, PropertyOverrides.pactJvmAliases(List.of(cli), lines::add));
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
  void pactJvmsFolderAndPactUrlNamesChooseThePactsTheGoalReads() throws Exception {
    VerifyMojo goal = VerifyMojoTest.minimalMojo(dir);
    Properties cli = new Properties();
    cli.setProperty("pactfolder.path", dir.resolve("from-pact-jvm").toString());
    List<io.pactcontainers.source.PactSource> sources =
        mapped(goal, PropertyOverrides.pactJvmAliases(List.of(cli), l -> {})).config().sources();
    assertThat(sources.stream().map(io.pactcontainers.source.PactSource::describe))
        .containsExactly("directory " + dir.resolve("from-pact-jvm"));

    cli = new Properties();
    cli.setProperty("pact.filter.pacturl", "https://broker.example.com/pacts/provider/p/1");
    sources =
        mapped(goal, PropertyOverrides.pactJvmAliases(List.of(cli), l -> {})).config().sources();
    assertThat(sources.stream().map(io.pactcontainers.source.PactSource::describe))
        .anySatisfy(d -> assertThat(d).contains("https://broker.example.com/pacts/provider/p/1"));
  }

  @Test
  void aTokenGivenAsAPropertyIsTheBrokersBearerTokenAndSnapshotsTrimWhenAsked() throws Exception {
    VerifyMojo goal = VerifyMojoTest.minimalMojo(dir);
    goal.brokerUrl = "https://broker.example.com";
    goal.brokerToken = "t0ken";
    goal.publishResults = true;
    goal.providerVersion = "1.2.0-SNAPSHOT";
    goal.trimSnapshot = true;
    VerifyMapping.Mapped mapped = mapped(goal, Map.of());
    assertThat(mapped.settings().credentials()).contains(new Credentials.Bearer("t0ken"));
    io.pactcontainers.verify.Publishing publishing = mapped.config().publishing().orElseThrow();
    assertThat(publishing.version().number()).isEqualTo("1.2.0");
    assertThat(publishing.broker().orElseThrow().credentials())
        .contains(new Credentials.Bearer("t0ken"));
  }

  @Test
  void aTokenFromPactJvmsPropertyIsMaskedAsEveryCredential() throws Exception {
    VerifyMojo goal = VerifyMojoTest.minimalMojo(dir);
    Properties cli = new Properties();
    cli.setProperty("pactbroker.url", "https://broker.example.com");
    cli.setProperty("pactbroker.auth.token", "s3cret-br0ker-t0ken");
    SecretMasking masking =
        mapped(goal, PropertyOverrides.pactJvmAliases(List.of(cli), line -> {})).masking();
    assertThat(masking.mask("Authorization: Bearer s3cret-br0ker-t0ken"))
        .isEqualTo("Authorization: Bearer ****");
  }
}
