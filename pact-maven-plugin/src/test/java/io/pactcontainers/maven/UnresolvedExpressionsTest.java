package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.verify.VerificationConfig;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole value {@code ${env.X}} that Maven turned into nothing because X is unset: seen by
 * comparing the POM's text (the execution's configuration) with what the goal got.
 */
class UnresolvedExpressionsTest {
  @TempDir Path dir;

  private VerifyMojo mojo;

  @BeforeEach
  void aMinimalPom() {
    mojo = VerifyMojoTest.minimalMojo(dir);
  }

  /** The execution as Maven hands it over: the POM's configuration, as written. */
  private void pom(String configuration) throws Exception {
    MojoDescriptor descriptor = new MojoDescriptor();
    Parameter branch = new Parameter();
    branch.setName("providerBranch");
    branch.setExpression("${pact.providerBranch}");
    descriptor.addParameter(branch);
    mojo.mojoExecution = new MojoExecution(descriptor, "default");
    mojo.mojoExecution.setConfiguration(
        Xpp3DomBuilder.build(
            new StringReader("<configuration>" + configuration + "</configuration>")));
  }

  private static Map<String, String> withNothingFor(String key) {
    Map<String, String> map = new HashMap<>();
    map.put(key, null);
    return map;
  }

  @Test
  void anUnsetVariableAsAWholeRequestHeaderIsABuildErrorNotAnEmptyHeader() throws Exception {
    pom("<requestHeaders><Authorization>${env.PACT_UNSET_TOKEN}</Authorization></requestHeaders>");
    for (String nothing : new String[] {null, ""}) {
      Map<String, String> headers = new HashMap<>();
      headers.put("Authorization", nothing);
      mojo.requestHeaders = headers;
      assertThatThrownBy(() -> VerifyMojoTest.configuration(mojo))
          .isInstanceOf(ConfigurationException.class)
          .hasMessage(
              "<requestHeaders><Authorization> is ${env.PACT_UNSET_TOKEN}, which is not set;"
                  + " export PACT_UNSET_TOKEN or remove the element");
    }
  }

  @Test
  void anUnsetVariableAsAWholeProviderEnvValueIsABuildErrorNotAnEmptyValue() throws Exception {
    pom(
        "<provider><image>grill-chef:1.0</image>"
            + "<env><API_KEY>${env.API_KEY}</API_KEY></env></provider>");
    mojo.provider.env = withNothingFor("API_KEY");
    assertThatThrownBy(() -> VerifyMojoTest.configuration(mojo))
        .hasMessage(
            "<provider><env><API_KEY> is ${env.API_KEY}, which is not set; export API_KEY or"
                + " remove the element");
  }

  @Test
  void anUnsetVariableAsAWholeHeaderValueIsABuildErrorNamingTheHeader() throws Exception {
    pom(
        "<headers><header><name>Authorization</name>"
            + "<value>${env.PACT_UNSET_TOKEN}</value></header></headers>");
    mojo.headers = List.of(VerifyMojoTest.header("Authorization", null));
    assertThatThrownBy(() -> VerifyMojoTest.configuration(mojo))
        .hasMessage(
            "<headers>[Authorization]<value> is ${env.PACT_UNSET_TOKEN}, which is not set;"
                + " export PACT_UNSET_TOKEN or remove the element");
  }

  @Test
  void anUnsetPropertyAsAWholeValueSaysHowToGiveIt() throws Exception {
    pom("<providerVersion>${git.commit}</providerVersion>");
    mojo.providerVersion = null;
    assertThatThrownBy(() -> VerifyMojoTest.configuration(mojo))
        .hasMessage(
            "<providerVersion> is ${git.commit}, which is not set; give it with"
                + " -Dgit.commit=... or remove the element");
  }

  @Test
  void thePluginsOwnPropertyExpressionAndACommandAreNotTheUsers() throws Exception {
    // ${pact.providerBranch} is the descriptor's, where the POM gives nothing; ${PORT} in a
    // command is the shell's.
    pom(
        "<providerBranch>${pact.providerBranch}</providerBranch>"
            + "<provider><image>grill-chef:1.0</image>"
            + "<command><arg>${PORT}</arg></command></provider>");
    mojo.provider.command = List.of("${PORT}");
    VerificationConfig config = VerifyMojoTest.configuration(mojo);
    assertThat(config.provider()).isEqualTo("grill-chef");
  }

  @Test
  void aValueResolvedByMavenIsLeftAlone() throws Exception {
    pom("<requestHeaders><X-Tenant>${tenant}</X-Tenant></requestHeaders>");
    mojo.requestHeaders = Map.of("X-Tenant", "acme");
    assertThat(VerifyMojoTest.configuration(mojo).requestHeaders()).hasSize(1);
  }
}
