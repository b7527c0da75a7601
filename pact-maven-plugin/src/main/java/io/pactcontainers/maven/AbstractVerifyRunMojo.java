package io.pactcontainers.maven;

import io.pactcontainers.settings.PropertyNames;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters of a verification, beyond where its pacts come from: the provider and how to run
 * it, its states, the requests' headers, the reports, and the switches for the failure loop (stop
 * at the first failure, verify again only what failed), redirects, a base path and the per-consumer
 * state endpoints. Shared by the {@code verify} and {@code matrix} goals (each cell of a matrix is
 * a verification); parameters only: read once into {@link VerifyParameters}, mapped by {@link
 * VerifyMapping}.
 */
public abstract class AbstractVerifyRunMojo extends AbstractPactSourceMojo {
  /**
   * Stops at the first interaction that fails or errs: the rest are reported as not sent, and
   * nothing is published (the quick loop while fixing a provider).
   */
  @Parameter(property = PropertyNames.FAIL_FAST, defaultValue = "false")
  boolean failFast;

  /**
   * Verifies only the interactions that did not pass in the previous run, as its JSON report in the
   * same output folder lists them; says how many and which; publishes nothing.
   */
  @Parameter(property = PropertyNames.LAST_FAILED, defaultValue = "false")
  boolean lastFailed;

  /**
   * Follows 3xx answers (up to 5) and matches the last one, as the Rust verifier, pact-js and
   * pact-python do; each redirect followed is said in the output. A redirect to another scheme,
   * host or port goes without the configured headers and the pact's {@code Authorization}, {@code
   * Cookie}, {@code Proxy-Authorization} and {@code X-Api-Key}. Off (pact-jvm's default): a 3xx is
   * the answer, and a status mismatch on it says where it pointed.
   */
  @Parameter(property = PropertyNames.FOLLOW_REDIRECTS, defaultValue = "true")
  boolean followRedirects;

  /**
   * A path put before every interaction's request path, for a provider serving under one ({@code
   * /api}); state calls keep {@code <stateChangeUrl>}.
   */
  @Parameter(property = PropertyNames.BASE_PATH)
  String basePath;

  /**
   * State endpoints of some consumers' pacts, by consumer name ({@code
   * <web>/_pact/state-web</web>}), used instead of {@code <stateChangeUrl>} for them.
   */
  @Parameter Map<String, String> consumerStateChangeUrls;

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

  /**
   * The client certificate offered to the provider instead of {@code <provider><clientCertificate>}
   * (a CI's certificate): PEM with {@code -Dpact.provider.clientKey}, or PKCS#12.
   */
  @Parameter(property = PropertyNames.PROVIDER_CLIENT_CERTIFICATE)
  File providerClientCertificate;

  /** The PEM key of {@code providerClientCertificate}, instead of {@code <provider><clientKey>}. */
  @Parameter(property = PropertyNames.PROVIDER_CLIENT_KEY)
  File providerClientKey;

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
   * Classes on the project's test class path (public, with a constructor without parameters) whose
   * {@code @MessageProvider("description")} methods produce the messages of message pacts, in this
   * JVM: the provider needs no message endpoint. Descriptions no method answers go to {@code
   * messageUrl} when it is set.
   */
  @Parameter(property = PropertyNames.MESSAGE_PROVIDERS)
  List<String> messageProviders;

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

  /**
   * Where the reports go (pact-jvm's {@code pact.verification.reportDir} is read as this); by
   * default {@code reports} in the output folder. The {@code matrix} goal keeps each cell's reports
   * beside its tables.
   */
  @Parameter(property = PropertyNames.REPORTS_DIRECTORY)
  File reportsDirectory;

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
}
