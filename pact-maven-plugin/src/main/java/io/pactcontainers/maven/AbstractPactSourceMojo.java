package io.pactcontainers.maven;

import io.pactcontainers.settings.PropertyNames;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters that say which pacts a verification reads (files, URLs, a Pact Broker's selection,
 * the filters narrowing them) and where its results go: shared by the {@code verify} and {@code
 * matrix} goals. Parameters only: read once into {@link VerifyParameters}.
 */
public abstract class AbstractPactSourceMojo extends AbstractBrokerAccessMojo {
  /** A folder of pact files; every pact whose provider is {@code providerName} is verified. */
  @Parameter(property = PropertyNames.PACT_DIRECTORY, defaultValue = "${project.basedir}/pacts")
  File pactDirectory;

  /**
   * Several folders of pact files, read in this order (instead of {@code <pactDirectory>}, which is
   * read as well only when it exists).
   */
  @Parameter(property = PropertyNames.PACT_DIRECTORIES)
  List<File> pactDirectories;

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

  /** Verifies only these consumers. */
  @Parameter(property = PropertyNames.FILTER_CONSUMERS)
  List<String> consumers;

  /** Verifies only interactions whose description matches this regular expression. */
  @Parameter(property = PropertyNames.FILTER_DESCRIPTION)
  String interactionDescription;

  /** Verifies only interactions with a provider state matching this regular expression. */
  @Parameter(property = PropertyNames.FILTER_PROVIDER_STATE)
  String providerState;

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

  /**
   * Tags recorded on the provider version when publishing, comma-separated; added to {@code
   * <broker><providerTags>}.
   */
  @Parameter(property = PropertyNames.PROVIDER_TAGS)
  List<String> providerTags;

  /** Publishes {@code 1.2.0-SNAPSHOT} as {@code 1.2.0}, as pact-jvm's switch does. */
  @Parameter(property = PropertyNames.TRIM_SNAPSHOT, defaultValue = "false")
  boolean trimSnapshot;

  /**
   * The provider version results are published for. Not given: the project folder's git commit
   * (short SHA; {@code +dirty} with changes not committed, published only with {@code
   * publishDirtyVersion}), else the CI's variables ({@code GITHUB_SHA}, {@code CI_COMMIT_SHA}...),
   * else {@code ${project.version}} unless it is a SNAPSHOT.
   */
  @Parameter(property = PropertyNames.PROVIDER_VERSION)
  String providerVersion;

  /** Lets a provider version detected from a tree with changes not committed be published. */
  @Parameter(property = PropertyNames.PUBLISH_DIRTY_VERSION, defaultValue = "false")
  boolean publishDirtyVersion;

  /** The CI build that produced the results, linked from the Broker. */
  @Parameter(property = PropertyNames.BUILD_URL)
  String buildUrl;
}
