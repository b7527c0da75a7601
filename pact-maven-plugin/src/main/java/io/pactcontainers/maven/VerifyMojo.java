package io.pactcontainers.maven;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.report.ConsoleReport;
import io.pactcontainers.verify.Reproduction;
import io.pactcontainers.verify.VerificationConfig;
import io.pactcontainers.verify.VerificationResult;
import io.pactcontainers.verify.Verifier;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Verifies the provider against its pacts: starts the provider container, sets up provider states,
 * replays every interaction and fails the build on any mismatch.
 */
@Mojo(
    name = "verify",
    defaultPhase = LifecyclePhase.VERIFY,
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.TEST)
public class VerifyMojo extends AbstractVerifyRunMojo {

  /** Skips verification. */
  @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
  boolean skip;

  /** The provider's name as the pacts spell it. */
  @Parameter(property = PropertyNames.PROVIDER_NAME, defaultValue = "${project.artifactId}")
  String providerName;

  /**
   * The provider under test: {@code <image>}, {@code <dockerfile>} or {@code <baseUrl>}, and how to
   * run it.
   */
  @Parameter ProviderConfiguration provider;

  /** Verifies this image instead of {@code <provider><image>} (nightly runs over many tags). */
  @Parameter(property = PropertyNames.PROVIDER_IMAGE)
  String providerImage;

  /** Verifies the provider running at this URL instead of starting a container. */
  @Parameter(property = PropertyNames.PROVIDER_BASE_URL)
  String providerBaseUrl;

  /**
   * The provider-state endpoint: a path inside the provider ({@code /_pact/state}) or an absolute
   * URL.
   */
  @Parameter(property = PropertyNames.STATE_CHANGE_URL)
  String stateChangeUrl;

  /** POST the state as a JSON body (true) or as query parameters (false). */
  @Parameter(property = PropertyNames.STATE_CHANGE_USES_BODY, defaultValue = "true")
  boolean stateChangeUsesBody;

  /** Calls the state endpoint again with {@code "action": "teardown"} after each interaction. */
  @Parameter(property = PropertyNames.STATE_CHANGE_TEARDOWN, defaultValue = "true")
  boolean stateChangeTeardown;

  /** Where the provider produces messages for message pacts (path or URL). */
  @Parameter(property = PropertyNames.MESSAGE_URL)
  String messageUrl;

  /**
   * Headers set on requests, e.g. a real token: each {@code <header>} has {@code <name>}, {@code
   * <value>} or {@code <command>}, {@code <replace>} ({@code present}, the default: only where the
   * pact's request has the header; {@code always}), {@code <consumers>}, {@code <stateCalls>} and
   * {@code <secret>} (default true).
   */
  @Parameter List<HeaderConfiguration> headers;

  /**
   * Headers set on every request, replacing the pact's: the short form of a {@code <header>} with
   * {@code <replace>always</replace>}.
   */
  @Parameter Map<String, String> requestHeaders;

  /**
   * A class on the project's test class path implementing {@code
   * io.pactcontainers.verify.RequestFilter} (public, with a constructor without parameters): it
   * sees each request as generated and returns the one to send (signing its body, say).
   */
  @Parameter(property = PropertyNames.REQUEST_FILTER)
  String requestFilter;

  /**
   * Which {@code requestHeaders} hold secrets, masked in every log line, report and message;
   * default Authorization, Proxy-Authorization, Cookie, X-Api-Key.
   */
  @Parameter List<String> secretRequestHeaders;

  /** Lets a run that finds nothing to verify pass. */
  @Parameter(property = PropertyNames.ALLOW_EMPTY, defaultValue = "false")
  boolean allowEmpty;

  /**
   * Report formats written to {@code outputDirectory/reports}: json, junit (Surefire's XML, one
   * file per pact), html (one self-contained page), markdown (also added to {@code
   * $GITHUB_STEP_SUMMARY} when set).
   */
  @Parameter(property = PropertyNames.REPORTS, defaultValue = "json,junit,html,markdown")
  List<String> reports;

  /**
   * How many containers of the provider verify the interactions between them, at once (each with
   * its own sidecars and network; each interaction's set-up, request and teardown on one of them).
   * Results and reports are the same as with one, in pact order.
   */
  @Parameter(property = PropertyNames.SHARDS, defaultValue = "1")
  int shards;

  /** Prints where the run's time went, phase by phase (start offset and duration). */
  @Parameter(property = PropertyNames.TIMINGS, defaultValue = "false")
  boolean timings;

  /** Under a body mismatch, diff the whole bodies instead of only the differing part. */
  @Parameter(property = PropertyNames.SHOW_FULL_DIFF, defaultValue = "false")
  boolean showFullDiff;

  /** Where container logs ({@code logs/}) and reports ({@code reports/}) go. */
  @Parameter(
      property = PropertyNames.OUTPUT_DIRECTORY,
      defaultValue = "${project.build.directory}/pact")
  File outputDirectory;

  /** Seconds to wait for any one request to the provider. */
  @Parameter(property = PropertyNames.REQUEST_TIMEOUT, defaultValue = "30")
  int requestTimeout;

  /**
   * The largest pact or body read, in MB; a larger one is reported as too large (never as invalid
   * JSON).
   */
  @Parameter(property = PropertyNames.MAX_BODY_SIZE, defaultValue = "200")
  int maxBodySize;

  /** The project: its folder (where commands run) and its test class path (the request filter). */
  @Parameter(defaultValue = "${project}", readonly = true)
  MavenProject project;

  /** This execution: its id names the output folder when a POM has several. */
  @Parameter(defaultValue = "${mojoExecution}", readonly = true)
  MojoExecution mojoExecution;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Pact verification skipped (" + PropertyNames.SKIP + ")");
      return;
    }
    applyPactJvmAliases();
    io.pactcontainers.Timeline timeline = timings ? io.pactcontainers.Timeline.start() : null;
    ClassPreloader preloading = ClassPreloader.start(getClass().getClassLoader());
    try {
      execute(timeline);
    } finally {
      preloading.close();
    }
  }

  private void execute(io.pactcontainers.Timeline timeline)
      throws MojoExecutionException, MojoFailureException {
    SecretMasking masking = SecretMasking.ofValues(List.of(), literalSecrets());
    try {
      VerificationConfig config = mappedConfiguration();
      masking = SecretMasking.of(credentialsInUse, config.requestHeaders());
      org.apache.maven.plugin.logging.Log log = masking.wrap(getLog());
      DependencyLogging.routeTo(
          log,
          outputFolder().toPath().resolve("logs").resolve("testcontainers.log"),
          masking.secrets());
      run(config, log, masking.secrets());
    } catch (MojoExecutionException e) {
      throw masking.mask(e);
    } catch (MojoFailureException e) {
      throw masking.mask(e);
    } finally {
      DependencyLogging.stop();
      masking.maskFiles(outputFolder().toPath(), getLog());
      if (timeline != null) {
        getLog().info("Timings (-D" + PropertyNames.TIMINGS + "), from the goal's start:");
        io.pactcontainers.Timeline.lines(timeline.stop()).forEach(l -> getLog().info("  " + l));
      }
    }
  }

  java.util.Set<String> secretHeaderNames() {
    return secretRequestHeaders == null
        ? SecretMasking.DEFAULT_SECRET_HEADERS
        : secretRequestHeaders.stream()
            .map(h -> h.trim().toLowerCase(java.util.Locale.ROOT))
            .collect(java.util.stream.Collectors.toSet());
  }

  private VerificationConfig mappedConfiguration() throws MojoExecutionException {
    try {
      return configuration();
    } catch (ConfigurationException e) {
      throw new MojoExecutionException(e.getMessage());
    } catch (PactContainersException e) {
      throw RunErrors.of(e);
    }
  }

  /** The secret header values the POM gives literally: masked even in configuration errors. */
  List<String> literalSecrets() {
    return RequestShaping.literalSecrets(headers, requestHeaders, secretHeaderNames());
  }

  /**
   * The output folder: {@code <outputDirectory>}, and within the default one a folder per execution
   * when the execution has an id of its own, so that two executions in one POM never overwrite each
   * other's reports and logs.
   */
  File outputFolder() {
    // Normalised: it is printed ("Reports in ..."), and "target/../out" reads badly.
    File output = outputDirectory.toPath().normalize().toFile();
    String id = mojoExecution == null ? null : mojoExecution.getExecutionId();
    if (id == null || id.startsWith("default") || project == null) {
      return output;
    }
    File standard = new File(project.getBuild().getDirectory(), "pact");
    if (!output.getAbsoluteFile().equals(standard.getAbsoluteFile())) {
      return output; // a folder the POM chose
    }
    String folder = id.replaceAll("[^A-Za-z0-9_.-]", "-");
    // Not the name of a folder the default execution writes itself.
    return new File(
        output,
        List.of("reports", "logs", "matrix").contains(folder) ? folder + "-execution" : folder);
  }

  Path projectDirectory() {
    return project == null ? Path.of("").toAbsolutePath() : project.getBasedir().toPath();
  }

  List<String> testClasspath() throws ConfigurationException {
    try {
      return project == null ? List.of() : project.getTestClasspathElements();
    } catch (DependencyResolutionRequiredException e) {
      throw new ConfigurationException(
          "<requestFilter>: the project's test class path is not resolved: " + e.getMessage());
    }
  }

  private void run(
      VerificationConfig config,
      org.apache.maven.plugin.logging.Log log,
      io.pactcontainers.Secrets secrets)
      throws MojoExecutionException, MojoFailureException {
    Reports reportWriters;
    try {
      reportWriters = Reports.parse(reports);
    } catch (ConfigurationException e) {
      throw new MojoExecutionException(e.getMessage());
    }
    File reportsFolder = new File(outputFolder(), "reports");
    VerificationResult result;
    List<String> notWritten = new java.util.ArrayList<>();
    try {
      // Reports are written inside the run, so that a Ctrl-C still leaves the reports of what ran.
      ConsoleReport console =
          new ConsoleReport(MavenLogListener.colourWanted(), showFullDiff, Reproduction.of(config));
      result =
          new Verifier()
              .verify(
                  config,
                  new MavenLogListener(log, console),
                  r -> {
                    long writing = System.nanoTime();
                    notWritten.addAll(
                        reportWriters.write(r, reportsFolder, log, System.getenv(), secrets));
                    io.pactcontainers.Timeline.phase("reports written", writing);
                  });
    } catch (PactContainersException e) {
      throw RunErrors.of(e);
    }
    RunErrors.outcome(result, reportsFolder, notWritten, log);
  }

  VerificationConfig configuration() throws ConfigurationException {
    return VerifyMapping.map(this);
  }
}
