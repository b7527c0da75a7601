package io.pactcontainers.cli;

import static io.pactcontainers.cli.Option.Kind.FLAG;
import static io.pactcontainers.cli.Option.Kind.HEADERS;
import static io.pactcontainers.cli.Option.Kind.LIST;
import static io.pactcontainers.cli.Option.Kind.MAP;
import static io.pactcontainers.cli.Option.Kind.NUMBER;
import static io.pactcontainers.cli.Option.Kind.SIDECARS;
import static io.pactcontainers.cli.Option.Kind.STRUCTURE;
import static io.pactcontainers.cli.Option.Kind.TEXT;

import io.pactcontainers.settings.PropertyNames;
import java.util.List;
import java.util.Optional;

/**
 * The settings of {@code verify}, one row each: the Rust verifier's option names where they
 * overlap, the container's beside them, every one also from an environment variable and from the
 * {@code --config} file under the Maven plugin's parameter name.
 */
final class VerifyOptions {
  private VerifyOptions() {}

  /** The settings, in the order the help lists them. */
  static final List<Option> ALL =
      List.of(
          // Where the pacts come from
          Option.of("pactFiles", LIST, "FILE", "A pact file (repeatable).", "-f", "--file")
              .withProperty(PropertyNames.PACT_FILES),
          Option.of(
                  "pactDirectories",
                  LIST,
                  "DIR",
                  "A folder of pacts (repeatable). With no pact source at all, ./pacts.",
                  "-d",
                  "--dir")
              .withProperty(PropertyNames.PACT_DIRECTORIES),
          Option.fileOnly(
              "pactDirectory",
              TEXT,
              "A folder of pacts read where it exists (the plugin's <pactDirectory>)."),
          Option.of(
                  "pactUrls",
                  LIST,
                  "URL",
                  "A pact's URL (repeatable; a Broker webhook's pact URL).",
                  "-u",
                  "--url")
              .withProperty(PropertyNames.PACT_URLS),
          Option.of("brokerUrl", TEXT, "URL", "The Pact Broker's URL.", "-b", "--broker-url")
              .withProperty(PropertyNames.BROKER_URL)
              .withEnvironment("PACT_BROKER_BASE_URL"),
          Option.of("brokerToken", TEXT, "TOKEN", "The Pact Broker's token.", "-t", "--token")
              .withProperty(PropertyNames.BROKER_TOKEN)
              .asSecret(),
          Option.of("brokerUsername", TEXT, "USER", "The Pact Broker's user name.", "--user")
              .withProperty(PropertyNames.BROKER_USERNAME),
          Option.of("brokerPassword", TEXT, "PASSWORD", "The Pact Broker's password.", "--password")
              .withProperty(PropertyNames.BROKER_PASSWORD)
              .asSecret(),
          Option.of(
                  "consumerVersionSelectors",
                  TEXT,
                  "JSON",
                  "Consumer version selectors as the Broker's JSON array, e.g."
                      + " [{\"mainBranch\":true}].",
                  "--consumer-version-selectors")
              .withProperty(PropertyNames.BROKER_SELECTORS),
          Option.of(
                  "enablePending",
                  FLAG,
                  null,
                  "Pending pacts are verified without failing the run.",
                  "--enable-pending")
              .withProperty(PropertyNames.ENABLE_PENDING),
          Option.of(
                  "includeWipPactsSince",
                  TEXT,
                  "DATE",
                  "Work-in-progress pacts since this date are verified too.",
                  "--include-wip-pacts-since")
              .withProperty(PropertyNames.WIP_SINCE),
          Option.of(
                  "brokerRetries",
                  NUMBER,
                  "N",
                  "How often a Broker read is tried again.",
                  "--broker-retries")
              .withProperty(PropertyNames.BROKER_RETRIES),
          Option.fileOnly("broker", STRUCTURE, "The Broker's settings, as the plugin's <broker>."),
          // The provider
          Option.of(
                  "providerName",
                  TEXT,
                  "NAME",
                  "The provider's name as the pacts spell it.",
                  "-n",
                  "--provider-name")
              .withProperty(PropertyNames.PROVIDER_NAME),
          Option.of("provider.image", TEXT, "IMAGE", "The provider's image.", "--image")
              .withProperty(PropertyNames.PROVIDER_IMAGE),
          Option.of(
              "provider.dockerfile",
              TEXT,
              "DIR",
              "The folder of the Dockerfile the provider's image is built from.",
              "--dockerfile"),
          Option.of(
              "provider.port",
              NUMBER,
              "PORT",
              "The port the provider serves on in its container (default 8080).",
              "--port"),
          Option.of(
              "provider.env",
              MAP,
              "NAME=VALUE",
              "An environment variable of the provider's container (repeatable).",
              "-e",
              "--env"),
          Option.fileOnly("provider.command", LIST, "The container's command."),
          Option.of(
              "provider.waitFor.httpPath",
              TEXT,
              "PATH",
              "Ready when this path answers 200 (default: when the port opens).",
              "--wait-path"),
          Option.fileOnly("provider.waitFor.status", NUMBER, "The status --wait-path answers."),
          Option.of(
              "provider.waitFor.logMessage",
              TEXT,
              "REGEX",
              "Ready when the provider logs a line matching this.",
              "--wait-log"),
          Option.fileOnly("provider.waitFor.times", NUMBER, "How many lines --wait-log awaits."),
          Option.of(
              "provider.startupTimeout",
              NUMBER,
              "SECONDS",
              "How long the provider may take to become ready (default 60).",
              "--startup-timeout"),
          Option.of(
              "provider.memory",
              TEXT,
              "SIZE",
              "The container's memory limit (512m, 1g).",
              "--memory"),
          Option.of(
              "provider.pullPolicy",
              TEXT,
              "POLICY",
              "When the image is pulled: ifMissing (default), always, never.",
              "--pull-policy"),
          Option.fileOnly("provider.pullTimeout", NUMBER, "Seconds an image may take to pull."),
          Option.of(
              "provider.sidecars",
              SIDECARS,
              "SPEC",
              "A container beside the provider (repeatable):"
                  + " name=db,image=postgres:15,port=5432,env.POSTGRES_PASSWORD=pw.",
              "--sidecar"),
          Option.fileOnly("provider.files", STRUCTURE, "Files copied into the container."),
          Option.fileOnly("provider.caCertificate", TEXT, "The CA of the provider's certificate."),
          Option.fileOnly("provider.insecureTls", FLAG, "The provider's certificate not checked."),
          Option.of(
                  "provider.clientCertificate",
                  TEXT,
                  "FILE",
                  "A client certificate for an https provider that asks for one (mutual TLS): a PEM"
                      + " chain with --client-key, or PKCS#12 (.p12/.pfx).",
                  "--client-certificate")
              .withProperty(PropertyNames.PROVIDER_CLIENT_CERTIFICATE),
          Option.of(
                  "provider.clientKey",
                  TEXT,
                  "FILE",
                  "The PEM private key of --client-certificate (PKCS#8, PKCS#1 or EC).",
                  "--client-key")
              .withProperty(PropertyNames.PROVIDER_CLIENT_KEY),
          Option.fileOnly(
              "provider.clientCertificatePasswordEnvironmentVariable",
              TEXT,
              "The variable of a PKCS#12 --client-certificate's password"
                  + " (PACT_PROVIDER_CLIENT_CERTIFICATE_PASSWORD)."),
          Option.fileOnly("provider.baseUrl", TEXT, "A running provider's URL."),
          Option.of(
                  "providerBaseUrl",
                  TEXT,
                  "URL",
                  "Verifies the provider running at this URL instead of starting a container.",
                  "--provider-base-url")
              .withProperty(PropertyNames.PROVIDER_BASE_URL),
          Option.of(
                  "shards",
                  NUMBER,
                  "N",
                  "How many containers of the provider verify side by side (default 1).",
                  "--shards")
              .withProperty(PropertyNames.SHARDS),
          // States and requests
          Option.of(
                  "stateChangeUrl",
                  TEXT,
                  "URL",
                  "The provider-state endpoint: a path in the provider or a URL.",
                  "-s",
                  "--state-change-url")
              .withProperty(PropertyNames.STATE_CHANGE_URL),
          Option.fileOnly(
              "stateChangeUsesBody", FLAG, "The state as a JSON body (true) or in the query."),
          Option.fileOnly("stateChangeTeardown", FLAG, "States torn down after each interaction."),
          Option.fileOnly("consumerStateChangeUrls", MAP, "State endpoints by consumer."),
          Option.of(
                  "messageUrl",
                  TEXT,
                  "URL",
                  "Where the provider produces messages for message pacts: the command line's"
                      + " only way (@MessageProvider methods need a test class path, which it has"
                      + " not: use the Maven plugin or pact-junit5 for them).",
                  "--message-url")
              .withProperty(PropertyNames.MESSAGE_URL),
          Option.of(
              "requestHeaders",
              HEADERS,
              "NAME:VALUE",
              "A header set on every request (repeatable); Name=value works too.",
              "-H",
              "--header"),
          Option.fileOnly("headers", STRUCTURE, "Headers, as the plugin's <headers>."),
          Option.of(
              "secretRequestHeaders",
              LIST,
              "NAME",
              "A header whose values are masked everywhere (default Authorization,"
                  + " Proxy-Authorization, Cookie, X-Api-Key).",
              "--secret-header"),
          Option.of(
                  "basePath",
                  TEXT,
                  "PATH",
                  "A path put before every request's path.",
                  "--base-path")
              .withProperty(PropertyNames.BASE_PATH),
          Option.of(
                  "followRedirects",
                  FLAG,
                  "true|false",
                  "Follow 3xx answers (default true).",
                  "--follow-redirects")
              .withProperty(PropertyNames.FOLLOW_REDIRECTS),
          Option.of(
                  "requestTimeout",
                  NUMBER,
                  "SECONDS",
                  "How long a request may wait for its answer (default 30).",
                  "--request-timeout")
              .withProperty(PropertyNames.REQUEST_TIMEOUT),
          Option.of(
                  "maxBodySize",
                  NUMBER,
                  "MB",
                  "The largest pact or body read (default 200).",
                  "--max-body-size")
              .withProperty(PropertyNames.MAX_BODY_SIZE),
          Option.fileOnly("requestFilter", TEXT, "A request filter class (not on this path)."),
          // Which interactions
          Option.of(
                  "consumers",
                  LIST,
                  "NAME",
                  "Verifies only this consumer's pacts (repeatable).",
                  "-c",
                  "--filter-consumer")
              .withProperty(PropertyNames.FILTER_CONSUMERS),
          Option.of(
                  "interactionDescription",
                  TEXT,
                  "REGEX",
                  "Verifies only the interactions whose description matches.",
                  "--filter-description")
              .withProperty(PropertyNames.FILTER_DESCRIPTION),
          Option.of(
                  "providerState",
                  TEXT,
                  "REGEX",
                  "Verifies only the interactions whose provider state matches; \"\" only those"
                      + " without a state.",
                  "--filter-state")
              .withProperty(PropertyNames.FILTER_PROVIDER_STATE)
              .emptyIsGiven(),
          Option.constant(
              "providerState",
              "",
              "Verifies only the interactions without a provider state (--filter-state \"\").",
              "--filter-no-state"),
          Option.of(
                  "lastFailed",
                  FLAG,
                  null,
                  "Verifies only what did not pass in the previous run (its JSON report).",
                  "--last-failed")
              .withProperty(PropertyNames.LAST_FAILED),
          Option.of(
                  "failFast",
                  FLAG,
                  null,
                  "Stops at the first interaction that does not pass.",
                  "--exit-on-first-error",
                  "--fail-fast")
              .withProperty(PropertyNames.FAIL_FAST),
          Option.of(
                  "allowEmpty",
                  FLAG,
                  null,
                  "A run that finds nothing to verify passes.",
                  "--allow-empty")
              .withProperty(PropertyNames.ALLOW_EMPTY),
          // Publishing
          Option.of(
                  "publishResults", FLAG, null, "Publishes the results to the Broker.", "--publish")
              .withProperty(PropertyNames.PUBLISH_RESULTS),
          Option.of(
                  "providerVersion",
                  TEXT,
                  "VERSION",
                  "The provider version the results are published for (default: the git commit,"
                      + " else the CI's).",
                  "--provider-version")
              .withProperty(PropertyNames.PROVIDER_VERSION),
          Option.of(
                  "providerBranch",
                  TEXT,
                  "BRANCH",
                  "The provider's branch (default: the git branch, else the CI's).",
                  "--provider-branch")
              .withProperty(PropertyNames.PROVIDER_BRANCH),
          Option.of(
                  "providerTags",
                  LIST,
                  "TAG",
                  "A tag of the provider version (repeatable).",
                  "--provider-tags")
              .withProperty(PropertyNames.PROVIDER_TAGS),
          Option.of(
                  "buildUrl",
                  TEXT,
                  "URL",
                  "The CI build's URL, published with the results.",
                  "--build-url")
              .withProperty(PropertyNames.BUILD_URL),
          Option.fileOnly("trimSnapshot", FLAG, "-SNAPSHOT trimmed from the provider version.")
              .withProperty(PropertyNames.TRIM_SNAPSHOT),
          Option.of(
                  "publishDirtyVersion",
                  FLAG,
                  null,
                  "Publishes a version found in a git tree with changes (1a2b3c4+dirty).",
                  "--publish-dirty-version")
              .withProperty(PropertyNames.PUBLISH_DIRTY_VERSION),
          // Reports
          Option.of(
                  "reports",
                  LIST,
                  "FORMAT",
                  "Report formats: json, junit, html, markdown (default all four).",
                  "--reports")
              .withProperty(PropertyNames.REPORTS),
          Option.of(
              "reportFiles.json",
              TEXT,
              "FILE",
              "Also writes the JSON report to this file (as the Rust verifier's --json).",
              "-j",
              "--json"),
          Option.of(
              "reportFiles.junit",
              TEXT,
              "FILE",
              "Also writes the JUnit XML report, every pact in one file, to this file.",
              "-x",
              "--junit"),
          Option.item("reports", "html", "Writes the HTML report.", "--html"),
          Option.item("reports", "markdown", "Writes the Markdown report.", "--markdown"),
          Option.of(
                  "outputDirectory",
                  TEXT,
                  "DIR",
                  "Where reports/ and logs/ go (default target/pact).",
                  "-o",
                  "--output")
              .withProperty(PropertyNames.OUTPUT_DIRECTORY),
          Option.of(
                  "reportsDirectory",
                  TEXT,
                  "DIR",
                  "Where the reports go (default reports/ in the output folder).",
                  "--reports-dir")
              .withProperty(PropertyNames.REPORTS_DIRECTORY),
          Option.of(
                  "showFullDiff",
                  FLAG,
                  null,
                  "Under a body mismatch, the whole bodies' diff.",
                  "--show-full-diff")
              .withProperty(PropertyNames.SHOW_FULL_DIFF),
          Option.of(
                  "timings", FLAG, null, "Where the run's time went, phase by phase.", "--timings")
              .withProperty(PropertyNames.TIMINGS));

  /** The setting of a key (the first row, for a key several options share). */
  static Optional<Option> byKey(String key) {
    return ALL.stream().filter(o -> o.key().equals(key)).findFirst();
  }
}
