package io.pactcontainers.maven;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.broker.PactLocations;
import io.pactcontainers.provider.ProviderTarget;
import io.pactcontainers.report.ConsoleReport;
import io.pactcontainers.report.Summary;
import io.pactcontainers.source.Credentials;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.state.StateChangeConfig;
import io.pactcontainers.verify.InteractionFilter;
import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.NothingToVerifyException;
import io.pactcontainers.verify.RequestFilter;
import io.pactcontainers.verify.VerificationConfig;
import io.pactcontainers.verify.VerificationResult;
import io.pactcontainers.verify.Verifier;
import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Verifies the provider against its pacts: starts the provider container, sets up provider states,
 * replays every interaction and fails the build on any mismatch.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends AbstractMojo {

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

  /** A folder of pact files; every pact whose provider is {@code providerName} is verified. */
  @Parameter(property = PropertyNames.PACT_DIRECTORY, defaultValue = "${project.basedir}/pacts")
  File pactDirectory;

  /** Single pact files, verified in addition to the folder's. */
  @Parameter(property = PropertyNames.PACT_FILES)
  List<File> pactFiles;

  /**
   * Pact URLs (http, https) to verify, e.g. the {@code pactUrl} a Broker webhook passes. When
   * given, the Broker is not asked to select pacts: with {@code publishResults}, results go to each
   * pact's own {@code pb:publish-verification-results} link.
   */
  @Parameter(property = PropertyNames.PACT_URLS)
  List<String> pactUrls;

  /**
   * The settings.xml {@code <server>} with credentials for {@code pactUrls} (password alone: a
   * bearer token).
   */
  @Parameter(property = PropertyNames.PACT_URLS_SERVER_ID)
  String pactUrlsServerId;

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

  /** Verifies only these consumers. */
  @Parameter(property = PropertyNames.FILTER_CONSUMERS)
  List<String> consumers;

  /** Verifies only interactions whose description matches this regular expression. */
  @Parameter(property = PropertyNames.FILTER_DESCRIPTION)
  String interactionDescription;

  /** Verifies only interactions with a provider state matching this regular expression. */
  @Parameter(property = PropertyNames.FILTER_PROVIDER_STATE)
  String providerState;

  /** Headers added to every request, replacing the pact's (e.g. a real Authorization token). */
  @Parameter Map<String, String> requestHeaders;

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

  /** The Pact Broker (or PactFlow) to take pacts from, e.g. {@code https://broker.example.com}. */
  @Parameter(property = PropertyNames.BROKER_URL)
  String brokerUrl;

  /** Broker credentials, CA, POM selectors, provider tags: see {@link BrokerConfiguration}. */
  @Parameter BrokerConfiguration broker;

  /**
   * Consumer version selectors as one JSON array, e.g. {@code
   * [{"mainBranch":true},{"deployedOrReleased":true}]}.
   */
  @Parameter(property = PropertyNames.BROKER_SELECTORS)
  String consumerVersionSelectors;

  /** The provider version's branch: for pending pacts, {@code matchingBranch} and publishing. */
  @Parameter(property = PropertyNames.PROVIDER_BRANCH)
  String providerBranch;

  /**
   * Asks the Broker which pacts are pending; their failures are reported but do not fail the build.
   */
  @Parameter(property = PropertyNames.ENABLE_PENDING, defaultValue = "false")
  boolean enablePending;

  /**
   * Includes work-in-progress pacts published since this date (e.g. 2024-06-01); needs
   * enablePending.
   */
  @Parameter(property = PropertyNames.WIP_SINCE)
  String includeWipPactsSince;

  /** Publishes the results to the Broker. */
  @Parameter(property = PropertyNames.PUBLISH_RESULTS, defaultValue = "false")
  boolean publishResults;

  /** The provider version results are published for. */
  @Parameter(property = PropertyNames.PROVIDER_VERSION, defaultValue = "${project.version}")
  String providerVersion;

  /** The CI build that produced the results, linked from the Broker. */
  @Parameter(property = PropertyNames.BUILD_URL)
  String buildUrl;

  @Parameter(defaultValue = "${settings}", readonly = true)
  Settings settings;

  /**
   * Maven's own, injected (JSR-330, as Maven recommends since 3.1; the Plexus @Component is
   * deprecated).
   */
  @javax.inject.Inject SettingsDecrypter settingsDecrypter;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Pact verification skipped (" + PropertyNames.SKIP + ")");
      return;
    }
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
    SecretMasking masking = SecretMasking.of(List.of(), requestHeaders, secretHeaderNames());
    try {
      VerificationConfig config = mappedConfiguration();
      masking = SecretMasking.of(credentialsInUse, requestHeaders, secretHeaderNames());
      org.apache.maven.plugin.logging.Log log = masking.wrap(getLog());
      DependencyLogging.routeTo(
          log, outputDirectory.toPath().resolve("logs").resolve("testcontainers.log"));
      run(config, log, masking::mask);
    } catch (MojoExecutionException e) {
      throw masking.mask(e);
    } catch (MojoFailureException e) {
      throw masking.mask(e);
    } finally {
      DependencyLogging.stop();
      masking.maskFiles(outputDirectory.toPath(), getLog());
      if (timeline != null) {
        getLog().info("Timings (-D" + PropertyNames.TIMINGS + "), from the goal's start:");
        io.pactcontainers.Timeline.lines(timeline.stop()).forEach(l -> getLog().info("  " + l));
      }
    }
  }

  /**
   * The credentials met while mapping the configuration: their secrets are masked in everything the
   * run leaves.
   */
  final List<Credentials> credentialsInUse = new ArrayList<>();

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
    }
  }

  private void run(
      VerificationConfig config,
      org.apache.maven.plugin.logging.Log log,
      java.util.function.UnaryOperator<String> mask)
      throws MojoExecutionException, MojoFailureException {
    Reports parsed;
    try {
      parsed = Reports.parse(reports);
    } catch (ConfigurationException e) {
      throw new MojoExecutionException(e.getMessage());
    }
    Reports reportWriters = parsed;
    VerificationResult result;
    MojoExecutionException[] reportFailure = new MojoExecutionException[1];
    try {
      // Reports are written inside the run, so that a Ctrl-C still leaves the reports of what ran.
      ConsoleReport console = new ConsoleReport(MavenLogListener.colourWanted(), showFullDiff);
      result =
          new Verifier()
              .verify(
                  config,
                  new MavenLogListener(log, console),
                  r -> {
                    long writing = System.nanoTime();
                    try {
                      reportWriters.write(
                          r, new File(outputDirectory, "reports"), log, System.getenv(), mask);
                      io.pactcontainers.Timeline.phase("reports written", writing);
                    } catch (MojoExecutionException e) {
                      reportFailure[0] = e;
                    }
                  });
    } catch (NothingToVerifyException e) {
      // No contract was broken: the pacts are not where the POM says, or none is for this provider.
      throw new MojoExecutionException(e.getMessage());
    } catch (io.pactcontainers.broker.BrokerException e) {
      throw new MojoExecutionException(BrokerMapping.message(e), e);
    } catch (io.pactcontainers.model.JsonLimitException e) {
      throw new MojoExecutionException(
          e.getMessage() + " with <maxBodySize> (-D" + PropertyNames.MAX_BODY_SIZE + ", in MB)");
    } catch (io.pactcontainers.provider.ProviderStartException e) {
      // Without the cause: Maven would append Testcontainers' own message ("Retry limit hit...") to
      // ours.
      throw new MojoExecutionException(e.getMessage());
    } catch (PactContainersException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    if (reportFailure[0] != null) {
      throw reportFailure[0];
    }
    String summary = Summary.of(result);
    if (!result.successful()) {
      log.error(summary);
      // A publication that failed too is said as well: it is not lost behind the failed contract.
      result.publishFailure().ifPresent(log::error);
      String message =
          "Pact verification failed: "
              + Summary.totals(result)
              + "; see the mismatches above and the reports in "
              + new File(outputDirectory, "reports")
              + result
                  .publishFailure()
                  .map(f -> "; also, " + Character.toLowerCase(f.charAt(0)) + f.substring(1))
                  .orElse("");
      // A broken contract is a failure; a run that could not judge (errored interactions only:
      // state
      // endpoint, provider down, interrupted) is an error, as Maven tells the two apart.
      boolean contractBroken =
          result.allResults().stream()
              .anyMatch(r -> r instanceof InteractionResult.Failed && !r.pending());
      if (!contractBroken) {
        throw new MojoExecutionException(
            message.replace(
                "Pact verification failed: ", "Pact verification could not be completed: "));
      }
      throw new MojoFailureException(message);
    }
    log.info(summary);
    if (result.publishFailure().isPresent()) {
      throw new MojoExecutionException(
          result.publishFailure().get()
              + " (set <broker><failIfPublishFails>false</failIfPublishFails> to only warn)");
    }
  }

  VerificationConfig configuration() throws ConfigurationException {
    ProviderTarget target = ProviderMapping.target(provider, providerImage, providerBaseUrl);
    Optional<Credentials> urlCredentials =
        ProviderMapping.blank(pactUrlsServerId)
            ? Optional.empty()
            : Optional.of(
                BrokerMapping.serverCredentials(
                    pactUrlsServerId, "<pactUrlsServerId>", settings, settingsDecrypter));
    urlCredentials.ifPresent(credentialsInUse::add);
    Optional<PactBroker> pactBroker =
        ProviderMapping.blank(brokerUrl)
            ? Optional.empty()
            : Optional.of(
                BrokerMapping.config(
                    brokerUrl,
                    broker,
                    consumerVersionSelectors,
                    providerBranch,
                    enablePending,
                    includeWipPactsSince,
                    settings,
                    settingsDecrypter,
                    System.getenv()));
    Optional<Credentials> brokerCredentials =
        pactBroker.isPresent()
            ? pactBroker.get().credentials()
            : BrokerMapping.credentials(broker, settings, settingsDecrypter, System.getenv());
    brokerCredentials.ifPresent(credentialsInUse::add);
    PactLocations selection =
        PactSources.map(
            pactDirectory,
            pactFiles,
            pactUrls,
            urlCredentials,
            brokerCredentials,
            Optional.ofNullable(
                broker == null || broker.caCertificate == null
                    ? null
                    : broker.caCertificate.toPath()),
            pactBroker);
    if (selection.urlsGiven() && pactBroker.isPresent()) {
      getLog()
          .info(
              "Verifying the pact URL(s) given; the Pact Broker is not asked to select pacts"
                  + (publishResults ? ", only to take the results" : ""));
    }
    if (publishResults && pactBroker.isEmpty() && !selection.urlsGiven()) {
      throw new ConfigurationException(
          "<publishResults> needs <brokerUrl> or a pact URL from a Pact Broker (<pactUrls>):"
              + " results can only be published to a Pact Broker");
    }
    List<PactSource> sources = selection.sources();
    if (maxBodySize <= 0) {
      throw new ConfigurationException(
          "<maxBodySize> must be a positive number of MB, found " + maxBodySize);
    }
    if (shards < 1) {
      throw new ConfigurationException("<shards> must be at least 1, found " + shards);
    }
    if (requestTimeout <= 0) {
      throw new ConfigurationException(
          "<requestTimeout> must be a positive number of seconds, found " + requestTimeout);
    }
    VerificationConfig config =
        VerificationConfig.of(providerName, target, sources)
            .withFilter(
                new InteractionFilter(
                    consumers == null ? List.of() : consumers,
                    pattern(interactionDescription, "<interactionDescription>"),
                    pattern(providerState, "<providerState>")))
            .withAllowEmpty(allowEmpty)
            .withRequestTimeout(Duration.ofSeconds(requestTimeout))
            .withOutputDirectory(outputDirectory.toPath())
            .withShards(shards)
            .withJsonLimits(new io.pactcontainers.model.JsonLimits(maxBodySize * 1024L * 1024L));
    if (provider != null && (provider.caCertificate != null || provider.insecureTls)) {
      if (provider.caCertificate != null && !provider.caCertificate.isFile()) {
        throw new ConfigurationException(
            "<provider><caCertificate> not found: "
                + provider.caCertificate
                + "; give the PEM file of"
                + " the CA that signed the provider's certificate");
      }
      if (provider.caCertificate != null && provider.insecureTls) {
        throw new ConfigurationException(
            "<provider><caCertificate> and <provider><insecureTls> contradict each other; keep"
                + " <caCertificate>, which checks the certificate");
      }
      config =
          config.withProviderTls(
              new VerificationConfig.ProviderTls(
                  Optional.ofNullable(provider.caCertificate).map(File::toPath),
                  provider.insecureTls));
    }
    ProviderMapping.checkUrlOrPath(stateChangeUrl, "<stateChangeUrl>");
    ProviderMapping.checkUrlOrPath(messageUrl, "<messageUrl>");
    if (!ProviderMapping.blank(stateChangeUrl)) {
      config =
          config.withStateChange(
              new StateChangeConfig(
                  stateChangeUrl.trim(), stateChangeUsesBody, stateChangeTeardown));
    }
    if (!ProviderMapping.blank(messageUrl)) {
      config = config.withMessageUrl(messageUrl.trim());
    }
    if (requestHeaders != null && !requestHeaders.isEmpty()) {
      config = config.withRequestFilter(RequestFilter.headers(requestHeaders));
    }
    if (publishResults) {
      PactBroker publishTo =
          pactBroker.isPresent()
              ? pactBroker.get()
              : BrokerMapping.forPactUrl(
                  URI.create(
                      pactUrls.stream()
                          .filter(u -> !ProviderMapping.blank(u))
                          .findFirst()
                          .orElseThrow()
                          .trim()),
                  broker,
                  brokerCredentials.or(() -> urlCredentials),
                  settings,
                  settingsDecrypter,
                  System.getenv());
      config =
          config.withPublishing(
              BrokerMapping.publishing(
                  providerVersion, providerBranch, buildUrl, broker, publishTo));
    }
    return config;
  }

  private static Optional<Pattern> pattern(String regex, String element)
      throws ConfigurationException {
    if (ProviderMapping.blank(regex)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Pattern.compile(regex));
    } catch (PatternSyntaxException e) {
      throw new ConfigurationException(
          element + " is not a valid regular expression: " + e.getDescription() + " in " + regex);
    }
  }
}
