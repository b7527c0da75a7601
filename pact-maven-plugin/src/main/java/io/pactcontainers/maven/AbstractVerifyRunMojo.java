package io.pactcontainers.maven;

import io.pactcontainers.settings.PropertyNames;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters of a verification, beyond where its pacts come from and its provider ({@link
 * AbstractProviderMojo}): the requests' headers, the reports, and the switches for the failure loop
 * (stop at the first failure, verify again only what failed), redirects, a base path and the
 * per-consumer state endpoints. Shared by the {@code verify} and {@code matrix} goals (each cell of
 * a matrix is a verification); parameters only: read once into {@link VerifyParameters}, mapped by
 * {@link VerifyMapping}.
 */
public abstract class AbstractVerifyRunMojo extends AbstractProviderMojo {
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

  /** Skips verification. */
  @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
  boolean skip;

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
