package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.provider.ProviderContainer;
import io.pactcontainers.provider.Readiness;
import io.pactcontainers.settings.PropertyOverrides;
import io.pactcontainers.verify.RequestHeader;
import io.pactcontainers.verify.VerificationConfig;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verify goal as a plain object: what it checks before anything starts, and how it maps the
 * POM.
 */
class VerifyMojoTest {
  @TempDir Path dir;

  private VerifyMojo mojo;

  @BeforeEach
  void aMinimalPom() {
    mojo = minimalMojo(dir);
  }

  /** The goal as a minimal POM configures it: an image, a port, pacts in {@code dir}. */
  static VerifyMojo minimalMojo(Path dir) {
    VerifyMojo m = new VerifyMojo();
    m.providerName = "grill-chef";
    m.provider = new ProviderConfiguration();
    m.provider.image = "grill-chef:1.0";
    m.provider.port = 8000;
    m.pactDirectory = dir.toFile();
    m.outputDirectory = new File(dir.toFile(), "out");
    m.requestTimeout = 30;
    m.maxBodySize = 200;
    m.shards = 1;
    return m;
  }

  /** The goal's parameters mapped, as the goal maps them (no pact-jvm aliases given). */
  static VerificationConfig configuration(VerifyMojo m) throws ConfigurationException {
    VerifyParameters parameters = VerifyParameters.of(m);
    return VerifyMapping.map(
            PropertyOverrides.of(parameters, java.util.Map.of()), parameters, GoalContext.of(m))
        .config();
  }

  @Test
  void aMinimalPomMapsOntoOneContainerOfTheImage() throws Exception {
    VerificationConfig config = configuration(mojo);
    assertThat(config.provider()).isEqualTo("grill-chef");
    assertThat(config.target())
        .isInstanceOfSatisfying(
            ProviderContainer.class,
            c -> {
              assertThat(c.image()).contains("grill-chef:1.0");
              assertThat(c.port()).isEqualTo(8000);
              assertThat(c.readiness()).isEqualTo(new Readiness.Port());
            });
    assertThat(config.shards()).isEqualTo(1);
    assertThat(config.stateChange()).isEmpty();
  }

  @Test
  void zeroLogLinesToWaitForIsSaidToBeZeroNotABadRegularExpression() {
    mojo.provider.waitFor = new ReadinessConfiguration();
    mojo.provider.waitFor.logMessage = ".*Listening.*";
    mojo.provider.waitFor.times = 0;
    assertThatThrownBy(() -> configuration(mojo))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "<provider><waitFor><times> must be at least 1 (how many log lines must match <logMessage>), found 0");
  }

  @Test
  void aLogMessageThatIsNotARegularExpressionSaysWhere() {
    mojo.provider.waitFor = new ReadinessConfiguration();
    mojo.provider.waitFor.logMessage = "Listening (";
    assertThatThrownBy(() -> configuration(mojo))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "<provider><waitFor><logMessage> is not a valid regular expression: Unclosed group in Listening (");
  }

  @Test
  void aStateChangeUrlWithASpaceIsRejectedBeforeAnythingStarts() {
    mojo.stateChangeUrl = "/_pact/provider state";
    assertThatThrownBy(() -> configuration(mojo))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(
            "<stateChangeUrl> is not a valid URL or path: Illegal character in path at index")
        .hasMessageEndingWith(
            "; give a path such as /_pact/state or a full http(s) URL, with spaces and other special characters"
                + " percent-encoded");
  }

  @Test
  void aMessageUrlThatCannotBeSentIsRejectedBeforeAnythingStarts() {
    mojo.messageUrl = "http://[broken/messages";
    assertThatThrownBy(() -> configuration(mojo))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("<messageUrl> is not a valid URL or path: ");
  }

  @Test
  void numbersThatMustBePositiveNameTheirElement() {
    mojo.shards = 0;
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessage("<shards> must be at least 1, found 0");
    mojo.shards = 1;
    mojo.maxBodySize = 0;
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessage("<maxBodySize> must be a positive number of MB, found 0");
    mojo.maxBodySize = 200;
    mojo.requestTimeout = -1;
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessage("<requestTimeout> must be a positive number of seconds, found -1");
  }

  @Test
  void anHttpWaitNeedsARealStatus() {
    mojo.provider.waitFor = new ReadinessConfiguration();
    mojo.provider.waitFor.httpPath = "/health";
    mojo.provider.waitFor.status = 20;
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessage("<provider><waitFor><status> must be an HTTP status (100 to 599), found 20");
  }

  @Test
  void shardsAndStatesAreMapped() throws Exception {
    mojo.shards = 4;
    mojo.stateChangeUrl = "/_pact/state";
    VerificationConfig config = configuration(mojo);
    assertThat(config.shards()).isEqualTo(4);
    assertThat(config.stateChange())
        .hasValueSatisfying(s -> assertThat(s.url()).isEqualTo("/_pact/state"));
    assertThat(config.sources()).hasSize(1);
    assertThat(List.of(config.sources().get(0).describe())).containsExactly("directory " + dir);
  }

  @Test
  void eachProviderMistakeNamesItsElement() throws Exception {
    mojo.provider.image = null;
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessage(
            "<provider> needs <image>, <dockerfile> or <baseUrl>; e.g."
                + " <provider><image>my-provider:1.0</image></provider>");

    mojo.provider.image = "grill-chef:1.0";
    mojo.provider.dockerfile = dir.toFile();
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessage("<provider> has both <image> and <dockerfile>; keep one");

    mojo.provider.image = null;
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessage(
            "<provider><dockerfile> has no Dockerfile: "
                + dir
                + "; point it at the folder holding the Dockerfile");

    mojo.provider.dockerfile = null;
    mojo.provider.image = "grill-chef:1.0";
    mojo.provider.port = 70000;
    assertThatThrownBy(() -> configuration(mojo)).hasMessageStartingWith("<provider><port>: ");

    mojo.provider.port = 8000;
    mojo.provider.pullPolicy = "sometimes";
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessageStartingWith("<provider><pullPolicy>: ");

    mojo.provider.pullPolicy = "ifMissing";
    mojo.provider.memory = "lots";
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessage(
            "<provider><memory>: \"lots\" is not a memory size; write it as Docker does: 64m,"
                + " 512MB, 1.5g");
    mojo.provider.memory = "4m";
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessage(
            "<provider><memory>: the memory limit is below Docker's least of 6 MB: 4m; give 6m or"
                + " more, or 0 for no limit");

    mojo.provider.memory = "64m";
    assertThat(
            ((io.pactcontainers.provider.ProviderContainer) configuration(mojo).target())
                .memoryLimit())
        .isEqualTo(64L << 20);
    mojo.provider.files = List.of(new FileConfiguration());
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessage("<provider><files><file> needs <source> and <target>");

    mojo.provider.files = null;
    mojo.provider.sidecars = List.of(new SidecarConfiguration());
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessage("<provider><sidecars><sidecar> needs <name> and <image>");

    SidecarConfiguration db = new SidecarConfiguration();
    db.name = "db";
    db.image = "postgres:16";
    db.port = -1;
    mojo.provider.sidecars = List.of(db);
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessage("<sidecar><port> of \"db\" must be between 0 and 65535, found -1");
  }

  @Test
  void aCommandWrittenAsOneLineAsksForOneArgPerWord() throws Exception {
    mojo.provider.command = List.of("gunicorn --bind 0.0.0.0:8000 app:app");
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessage(
            "<provider><command><arg> is the whole command line \"gunicorn --bind 0.0.0.0:8000"
                + " app:app\", which Docker would run as one program of that name; give one"
                + " <provider><command><arg> per word (<arg>gunicorn</arg> <arg>--bind</arg> ...),"
                + " or run it through the image's shell: <arg>sh</arg> <arg>-c</arg>"
                + " <arg>gunicorn --bind 0.0.0.0:8000 app:app</arg>");
    mojo.provider.command = List.of("sh", "-c", "exec gunicorn app:app");
    assertThat(
            ((io.pactcontainers.provider.ProviderContainer) configuration(mojo).target()).command())
        .containsExactly("sh", "-c", "exec gunicorn app:app");
    mojo.provider.command = List.of("  /app/server  ");
    assertThat(
            ((io.pactcontainers.provider.ProviderContainer) configuration(mojo).target()).command())
        .containsExactly("  /app/server  ");
  }

  @Test
  void aWaitIsEitherHttpOrALogLineNotBoth() {
    mojo.provider.waitFor = new ReadinessConfiguration();
    mojo.provider.waitFor.httpPath = "/health";
    mojo.provider.waitFor.logMessage = "ready";
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessage("<provider><waitFor> has both <httpPath> and <logMessage>; keep one");
  }

  @Test
  void aBadBaseUrlOrFilterPatternIsRejectedInPomTerms() {
    mojo.provider.image = null;
    mojo.provider.baseUrl = "http://exa mple:8080";
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessageStartingWith("<provider><baseUrl> is not a valid URL: http://exa mple:8080");

    mojo.provider.baseUrl = null;
    mojo.provider.image = "grill-chef:1.0";
    mojo.interactionDescription = "steak(";
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessageStartingWith("<interactionDescription> is not a valid regular expression: ");
  }

  @Test
  void pactFilesAndUrlsAreReadBesideAnExistingDirectoryAndABadUrlIsNamed() throws Exception {
    File pact = new File(dir.toFile(), "sous-chef.json");
    mojo.pactFiles = List.of(pact);
    mojo.pactUrls = List.of("https://files.example.com/sous-chef.json", " ");
    assertThat(configuration(mojo).sources())
        .extracting(io.pactcontainers.source.PactSource::describe)
        .containsExactly(
            "directory " + dir, "file " + pact, "URL https://files.example.com/sous-chef.json");

    mojo.pactUrls = List.of("ftp://files.example.com/sous-chef.json");
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessage(
            "<pactUrls><pactUrl> is not a valid http(s) URL: ftp://files.example.com/sous-chef.json");
  }

  @Test
  void publishingWithoutABrokerIsAConfigurationErrorBeforeAnythingStarts() {
    mojo.publishResults = true;
    assertThatThrownBy(() -> configuration(mojo))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("<publishResults> needs <brokerUrl> or a pact URL");
  }

  static HeaderConfiguration header(String name, String value) {
    HeaderConfiguration h = new HeaderConfiguration();
    h.name = name;
    h.value = value;
    return h;
  }

  @Test
  void aHeaderGoesOnlyWhereThePactHasItUnlessAlwaysAndRequestHeadersAreTheAlwaysForm()
      throws Exception {
    HeaderConfiguration web = header("Authorization", "Bearer web-token");
    web.consumers = List.of("web");
    web.stateCalls = true;
    HeaderConfiguration trace = header("X-Trace", "on");
    trace.replace = "always";
    trace.secret = false;
    mojo.headers = List.of(web, trace);
    mojo.requestHeaders = java.util.Map.of("X-Api-Key", "k3y");
    assertThat(configuration(mojo).requestHeaders())
        .containsExactly(
            RequestHeader.of("X-Api-Key", "k3y")
                .replacing(RequestHeader.Replace.ALWAYS)
                .from(given("<requestHeaders><X-Api-Key>")),
            RequestHeader.of("Authorization", "Bearer web-token")
                .forConsumers(List.of("web"))
                .onStateCalls(true)
                .from(given("<headers><header> Authorization <value>")),
            RequestHeader.of("X-Trace", "on")
                .replacing(RequestHeader.Replace.ALWAYS)
                .secret(false)
                .from(given("<headers><header> X-Trace <value>")));
  }

  /** A value given as such, by this element: the reproduction lines name it. */
  private static RequestHeader.Origin given(String element) {
    return new RequestHeader.Origin(
        element, java.util.Optional.empty(), java.util.Optional.empty());
  }

  @Test
  void aHeaderCommandRunsOnceInTheProjectFolderAndItsOutputIsTheValue() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("mint.sh"), "echo \"Bearer $(cat seed)\"\n");
    java.nio.file.Files.writeString(dir.resolve("seed"), "fresh-1\n");
    HeaderConfiguration minted = new HeaderConfiguration();
    minted.name = "Authorization";
    minted.command = "sh mint.sh";
    mojo.headers = List.of(minted);
    mojo.project = new org.apache.maven.project.MavenProject();
    mojo.project.setFile(dir.resolve("pom.xml").toFile());
    assertThat(configuration(mojo).requestHeaders())
        .containsExactly(
            // the command and its folder kept: the reproduction lines run it again there
            RequestHeader.of("Authorization", "Bearer fresh-1")
                .from(
                    new RequestHeader.Origin(
                        "<headers><header> Authorization <command>",
                        java.util.Optional.of("sh mint.sh"),
                        java.util.Optional.of(dir))));
  }

  @Test
  void aHeaderNeedsAValueOrACommandAndAKnownReplace() {
    HeaderConfiguration neither = new HeaderConfiguration();
    neither.name = "Authorization";
    mojo.headers = List.of(neither);
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessage(
            "<headers><header> Authorization needs either <value> or <command>; e.g."
                + " <value>Bearer ${env.API_TOKEN}</value>");
    HeaderConfiguration odd = header("Authorization", "x");
    odd.replace = "sometimes";
    mojo.headers = List.of(odd);
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessage(
            "<headers><header> Authorization <replace> is sometimes; use present (only requests"
                + " whose pact has the header) or always");
  }

  @Test
  void anUnresolvedPropertyIsABuildErrorNamingTheElementNeverSentAsWritten() throws Exception {
    mojo.headers = List.of(header("Authorization", "Bearer ${env.PACT_IT_UNSET_TOKEN}"));
    assertThatThrownBy(() -> configuration(mojo))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "<headers>[Authorization]<value> holds ${env.PACT_IT_UNSET_TOKEN}, which is not set;"
                + " export PACT_IT_UNSET_TOKEN or remove the element");
    mojo.headers = null;
    mojo.providerBranch = "${git.branch}";
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessage(
            "<providerBranch> holds ${git.branch}, which is not set; give it with"
                + " -Dgit.branch=... or remove the element");
    mojo.providerBranch = null;
    mojo.provider.env = java.util.Map.of("DB_URL", "jdbc:${db.host}");
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessageStartingWith("<provider><env><DB_URL> holds ${db.host}, ");
    // A command is the shell's: ${PORT} there is expanded by sh, not by Maven.
    mojo.provider.env = null;
    mojo.provider.command = List.of("sh", "-c", "exec server --port ${PORT}");
    assertThat(configuration(mojo).target()).isInstanceOf(ProviderContainer.class);
  }

  @Test
  void aRequestFilterNotOnTheTestClassPathSaysWhereItWasLookedFor() {
    mojo.requestFilter = "com.acme.SignRequests";
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessage(
            "<requestFilter> com.acme.SignRequests is not on the test class path"
                + " (empty): put it in src/test/java, run a phase that compiles it (mvn verify"
                + " does), and check the name");
    mojo.requestFilter = "java.lang.String";
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessage(
            "<requestFilter> java.lang.String does not implement"
                + " io.pactcontainers.verify.RequestFilter");
  }

  private File outputFolder() {
    return GoalContext.outputFolder(mojo.outputDirectory, mojo.mojoExecution, mojo.project);
  }

  @Test
  void anExecutionWithAnIdOfItsOwnWritesIntoAFolderOfItsOwn() {
    mojo.project = new org.apache.maven.project.MavenProject();
    mojo.project.getBuild().setDirectory(dir.resolve("target").toString());
    mojo.outputDirectory = dir.resolve("target").resolve("pact").toFile();
    mojo.mojoExecution = new org.apache.maven.plugin.MojoExecution(null, "orders-only");
    assertThat(outputFolder()).isEqualTo(dir.resolve("target/pact/orders-only").toFile());
    mojo.mojoExecution = new org.apache.maven.plugin.MojoExecution(null, "default");
    assertThat(outputFolder()).isEqualTo(dir.resolve("target/pact").toFile());
    mojo.mojoExecution = new org.apache.maven.plugin.MojoExecution(null, "reports");
    assertThat(outputFolder()).isEqualTo(dir.resolve("target/pact/reports-execution").toFile());
    mojo.mojoExecution = new org.apache.maven.plugin.MojoExecution(null, "orders-only");
    mojo.outputDirectory = dir.resolve("elsewhere").toFile(); // chosen by the POM: kept
    assertThat(outputFolder()).isEqualTo(dir.resolve("elsewhere").toFile());
    mojo.outputDirectory = dir.resolve("target/../elsewhere").toFile(); // printed: normalised
    assertThat(outputFolder()).isEqualTo(dir.resolve("elsewhere").toFile());
  }

  @Test
  void aMemoryLimitThatRoundsToNothingIsRefusedNamingTheElementAndTheValue() {
    mojo.provider.memory = "0.5";
    assertThatThrownBy(() -> configuration(mojo))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "<provider><memory>: the memory limit is below Docker's least of 6 MB: 0.5 (0 bytes,"
                + " once rounded); give 6m or more, or 0 for no limit");
    mojo.provider.memory = "1m";
    assertThatThrownBy(() -> configuration(mojo))
        .hasMessage(
            "<provider><memory>: the memory limit is below Docker's least of 6 MB: 1m; give 6m or"
                + " more, or 0 for no limit");
  }

  @Test
  void aMemoryLimitOfZeroIsNoLimitSaidOnce() throws Exception {
    List<String> said = new java.util.ArrayList<>();
    mojo.setLog(
        new org.apache.maven.plugin.logging.SystemStreamLog() {
          @Override
          public void info(CharSequence line) {
            said.add(line.toString());
          }
        });
    mojo.provider.memory = "0";
    VerificationConfig config = configuration(mojo);
    assertThat(((ProviderContainer) config.target()).memoryLimit()).isZero();
    assertThat(said)
        .containsOnlyOnce("<provider><memory> is 0: the provider runs without a memory limit");
    said.clear();
    mojo.provider.memory = null;
    configuration(mojo);
    assertThat(said).noneMatch(l -> l.contains("memory"));
  }
}
