package io.pactcontainers.settings;

/**
 * Every system property a front end reads, in one place ({@code -Dpact.skip=true}...): the Maven
 * plugin's parameters take them, and front ends without parameters (the JUnit 5 extension) read
 * them as overrides ({@link PropertyOverrides}).
 */
public final class PropertyNames {
  /** {@code -Dpact.skip}. */
  public static final String SKIP = "pact.skip";

  /** {@code -Dpact.provider.name}. */
  public static final String PROVIDER_NAME = "pact.provider.name";

  /** {@code -Dpact.provider.image}. */
  public static final String PROVIDER_IMAGE = "pact.provider.image";

  /** {@code -Dpact.provider.baseUrl}. */
  public static final String PROVIDER_BASE_URL = "pact.provider.baseUrl";

  /** {@code -Dpact.provider.clientCertificate}. */
  public static final String PROVIDER_CLIENT_CERTIFICATE = "pact.provider.clientCertificate";

  /** {@code -Dpact.provider.clientKey}. */
  public static final String PROVIDER_CLIENT_KEY = "pact.provider.clientKey";

  /** {@code -Dpact.directory}. */
  public static final String PACT_DIRECTORY = "pact.directory";

  /** {@code -Dpact.directories}. */
  public static final String PACT_DIRECTORIES = "pact.directories";

  /** {@code -Dpact.failFast}. */
  public static final String FAIL_FAST = "pact.failFast";

  /** {@code -Dpact.lastFailed}. */
  public static final String LAST_FAILED = "pact.lastFailed";

  /** {@code -Dpact.followRedirects}. */
  public static final String FOLLOW_REDIRECTS = "pact.followRedirects";

  /** {@code -Dpact.basePath}. */
  public static final String BASE_PATH = "pact.basePath";

  /** {@code -Dpact.broker.retries}. */
  public static final String BROKER_RETRIES = "pact.broker.retries";

  /** {@code -Dpact.files}. */
  public static final String PACT_FILES = "pact.files";

  /** {@code -Dpact.urls}. */
  public static final String PACT_URLS = "pact.urls";

  /** {@code -Dpact.urls.serverId}. */
  public static final String PACT_URLS_SERVER_ID = "pact.urls.serverId";

  /** {@code -Dpact.stateChangeUrl}. */
  public static final String STATE_CHANGE_URL = "pact.stateChangeUrl";

  /** {@code -Dpact.stateChangeUsesBody}. */
  public static final String STATE_CHANGE_USES_BODY = "pact.stateChangeUsesBody";

  /** {@code -Dpact.stateChangeTeardown}. */
  public static final String STATE_CHANGE_TEARDOWN = "pact.stateChangeTeardown";

  /** {@code -Dpact.messageUrl}. */
  public static final String MESSAGE_URL = "pact.messageUrl";

  /** {@code -Dpact.messageProviders}: class names, comma-separated. */
  public static final String MESSAGE_PROVIDERS = "pact.messageProviders";

  /** {@code -Dpact.filter.consumers}. */
  public static final String FILTER_CONSUMERS = "pact.filter.consumers";

  /** {@code -Dpact.filter.description}. */
  public static final String FILTER_DESCRIPTION = "pact.filter.description";

  /** {@code -Dpact.filter.providerState}. */
  public static final String FILTER_PROVIDER_STATE = "pact.filter.providerState";

  /** {@code -Dpact.allowEmpty}. */
  public static final String ALLOW_EMPTY = "pact.allowEmpty";

  /** {@code -Dpact.requestFilter}. */
  public static final String REQUEST_FILTER = "pact.requestFilter";

  /** {@code -Dpact.reports}. */
  public static final String REPORTS = "pact.reports";

  /** {@code -Dpact.reportsDirectory}. */
  public static final String REPORTS_DIRECTORY = "pact.reportsDirectory";

  /** {@code -Dpact.showFullDiff}. */
  public static final String SHOW_FULL_DIFF = "pact.showFullDiff";

  /** {@code -Dpact.shards}. */
  public static final String SHARDS = "pact.shards";

  /** {@code -Dpact.timings}. */
  public static final String TIMINGS = "pact.timings";

  /** {@code -Dpact.matrix.images}. */
  public static final String MATRIX_IMAGES = "pact.matrix.images";

  /** {@code -Dpact.matrix.imageRepository}. */
  public static final String MATRIX_IMAGE_REPOSITORY = "pact.matrix.imageRepository";

  /** {@code -Dpact.matrix.tagPattern}. */
  public static final String MATRIX_TAG_PATTERN = "pact.matrix.tagPattern";

  /** {@code -Dpact.matrix.maxImages}. */
  public static final String MATRIX_MAX_IMAGES = "pact.matrix.maxImages";

  /** {@code -Dpact.matrix.parallelism}. */
  public static final String MATRIX_PARALLELISM = "pact.matrix.parallelism";

  /** {@code -Dpact.matrix.failOn}. */
  public static final String MATRIX_FAIL_ON = "pact.matrix.failOn";

  /** {@code -Dpact.matrix.previous}. */
  public static final String MATRIX_PREVIOUS = "pact.matrix.previous";

  /** {@code -Dpact.matrix.mergeFrom}. */
  public static final String MATRIX_MERGE_FROM = "pact.matrix.mergeFrom";

  /** {@code -Dpact.matrix.providerVersion}. */
  public static final String MATRIX_PROVIDER_VERSION = "pact.matrix.providerVersion";

  /** {@code -Dpact.outputDirectory}. */
  public static final String OUTPUT_DIRECTORY = "pact.outputDirectory";

  /** {@code -Dpact.requestTimeout}. */
  public static final String REQUEST_TIMEOUT = "pact.requestTimeout";

  /** {@code -Dpact.maxBodySize}. */
  public static final String MAX_BODY_SIZE = "pact.maxBodySize";

  /** {@code -Dpact.broker.url}. */
  public static final String BROKER_URL = "pact.broker.url";

  /** {@code -Dpact.broker.selectors}. */
  public static final String BROKER_SELECTORS = "pact.broker.selectors";

  /** {@code -Dpact.broker.token}. */
  public static final String BROKER_TOKEN = "pact.broker.token";

  /** {@code -Dpact.broker.username}. */
  public static final String BROKER_USERNAME = "pact.broker.username";

  /** {@code -Dpact.broker.password}. */
  public static final String BROKER_PASSWORD = "pact.broker.password";

  /** {@code -Dpact.provider.tags}. */
  public static final String PROVIDER_TAGS = "pact.provider.tags";

  /** {@code -Dpact.provider.version.trimSnapshot}. */
  public static final String TRIM_SNAPSHOT = "pact.provider.version.trimSnapshot";

  /** {@code -Dpact.publishDirtyVersion}. */
  public static final String PUBLISH_DIRTY_VERSION = "pact.publishDirtyVersion";

  /** {@code -Dpact.provider.branch}. */
  public static final String PROVIDER_BRANCH = "pact.provider.branch";

  /** {@code -Dpact.provider.version}. */
  public static final String PROVIDER_VERSION = "pact.provider.version";

  /** {@code -Dpact.verifier.enablePending}. */
  public static final String ENABLE_PENDING = "pact.verifier.enablePending";

  /** {@code -Dpact.verifier.includeWipPactsSince}. */
  public static final String WIP_SINCE = "pact.verifier.includeWipPactsSince";

  /** {@code -Dpact.verifier.publishResults}. */
  public static final String PUBLISH_RESULTS = "pact.verifier.publishResults";

  /** {@code -Dpact.buildUrl}. */
  public static final String BUILD_URL = "pact.buildUrl";

  /** {@code -Dpact.pacticipant}. */
  public static final String PACTICIPANT = "pact.pacticipant";

  /** {@code -Dpact.pacticipant.version}. */
  public static final String PACTICIPANT_VERSION = "pact.pacticipant.version";

  /** {@code -Dpact.environment}. */
  public static final String ENVIRONMENT = "pact.environment";

  /** {@code -Dpact.canIDeploy.retries}. */
  public static final String RETRIES_WHEN_UNKNOWN = "pact.canIDeploy.retries";

  /** {@code -Dpact.canIDeploy.retryInterval}. */
  public static final String RETRY_INTERVAL = "pact.canIDeploy.retryInterval";

  /** {@code -Dpact.canIDeploy.latest}. */
  public static final String CAN_I_DEPLOY_LATEST = "pact.canIDeploy.latest";

  /** {@code -Dpact.canIDeploy.branch}. */
  public static final String CAN_I_DEPLOY_BRANCH = "pact.canIDeploy.branch";

  /** {@code -Dpact.canIDeploy.mainBranch}. */
  public static final String CAN_I_DEPLOY_MAIN_BRANCH = "pact.canIDeploy.mainBranch";

  /** {@code -Dpact.canIDeploy.to}. */
  public static final String CAN_I_DEPLOY_TO = "pact.canIDeploy.to";

  /** {@code -Dpact.canIDeploy.ignore}. */
  public static final String CAN_I_DEPLOY_IGNORE = "pact.canIDeploy.ignore";

  /** {@code -Dpact.applicationInstance}. */
  public static final String APPLICATION_INSTANCE = "pact.applicationInstance";

  /** {@code -Dpact.pacticipant.branch}. */
  public static final String BRANCH = "pact.pacticipant.branch";

  /** {@code -Dpact.pacticipant.tags}. */
  public static final String TAGS = "pact.pacticipant.tags";

  /** {@code -Dpact.autoCreateVersion}. */
  public static final String AUTO_CREATE_VERSION = "pact.autoCreateVersion";

  /** {@code -Dpact.canIDeploy.pacticipants}. */
  public static final String CAN_I_DEPLOY_PACTICIPANTS = "pact.canIDeploy.pacticipants";

  /** {@code -Dpact.canIDeploy.toMainBranch}. */
  public static final String CAN_I_DEPLOY_TO_MAIN_BRANCH = "pact.canIDeploy.toMainBranch";

  /** {@code -Dpact.canIDeploy.dryRun}. */
  public static final String CAN_I_DEPLOY_DRY_RUN = "pact.canIDeploy.dryRun";

  /** {@code -Dpact.canIDeploy.output}. */
  public static final String CAN_I_DEPLOY_OUTPUT = "pact.canIDeploy.output";

  /** The Broker set-up and reading goals' output: text or json. */
  public static final String BROKER_OUTPUT = "pact.broker.output";

  /** An environment's UUID (update-, delete-, describe-environment). */
  public static final String ENVIRONMENT_UUID = "pact.environment.uuid";

  /** An environment's display name (create-environment, update-environment). */
  public static final String DISPLAY_NAME = "pact.displayName";

  /** Whether an environment is a production one. */
  public static final String PRODUCTION = "pact.environment.production";

  /** The team or person responsible for an environment. */
  public static final String CONTACT_NAME = "pact.environment.contactName";

  /** Their email address. */
  public static final String CONTACT_EMAIL_ADDRESS = "pact.environment.contactEmailAddress";

  /** A pacticipant's main branch (create-or-update-pacticipant). */
  public static final String MAIN_BRANCH = "pact.pacticipant.mainBranch";

  /** A pacticipant's repository URL (create-or-update-pacticipant). */
  public static final String REPOSITORY_URL = "pact.pacticipant.repositoryUrl";

  /** describe-version: the latest version (true), or the latest with this tag. */
  public static final String LATEST = "pact.latest";

  private PropertyNames() {}
}
