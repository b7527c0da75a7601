package io.pactcontainers.maven;

/** Every user property the plugin reads, in one place ({@code -Dpact.skip=true}...). */
final class PropertyNames {
  static final String SKIP = "pact.skip";
  static final String PROVIDER_NAME = "pact.provider.name";
  static final String PROVIDER_IMAGE = "pact.provider.image";
  static final String PROVIDER_BASE_URL = "pact.provider.baseUrl";
  static final String PACT_DIRECTORY = "pact.directory";
  static final String PACT_FILES = "pact.files";
  static final String PACT_URLS = "pact.urls";
  static final String PACT_URLS_SERVER_ID = "pact.urls.serverId";
  static final String STATE_CHANGE_URL = "pact.stateChangeUrl";
  static final String STATE_CHANGE_USES_BODY = "pact.stateChangeUsesBody";
  static final String STATE_CHANGE_TEARDOWN = "pact.stateChangeTeardown";
  static final String MESSAGE_URL = "pact.messageUrl";
  static final String FILTER_CONSUMERS = "pact.filter.consumers";
  static final String FILTER_DESCRIPTION = "pact.filter.description";
  static final String FILTER_PROVIDER_STATE = "pact.filter.providerState";
  static final String ALLOW_EMPTY = "pact.allowEmpty";
  static final String REQUEST_FILTER = "pact.requestFilter";
  static final String REPORTS = "pact.reports";
  static final String SHOW_FULL_DIFF = "pact.showFullDiff";
  static final String SHARDS = "pact.shards";
  static final String TIMINGS = "pact.timings";
  static final String MATRIX_IMAGES = "pact.matrix.images";
  static final String MATRIX_IMAGE_REPOSITORY = "pact.matrix.imageRepository";
  static final String MATRIX_TAG_PATTERN = "pact.matrix.tagPattern";
  static final String MATRIX_MAX_IMAGES = "pact.matrix.maxImages";
  static final String MATRIX_PARALLELISM = "pact.matrix.parallelism";
  static final String MATRIX_FAIL_ON = "pact.matrix.failOn";
  static final String MATRIX_PREVIOUS = "pact.matrix.previous";
  static final String MATRIX_MERGE_FROM = "pact.matrix.mergeFrom";
  static final String MATRIX_PROVIDER_VERSION = "pact.matrix.providerVersion";
  static final String OUTPUT_DIRECTORY = "pact.outputDirectory";
  static final String REQUEST_TIMEOUT = "pact.requestTimeout";
  static final String MAX_BODY_SIZE = "pact.maxBodySize";
  static final String BROKER_URL = "pact.broker.url";
  static final String BROKER_SELECTORS = "pact.broker.selectors";
  static final String BROKER_TOKEN = "pact.broker.token";
  static final String BROKER_USERNAME = "pact.broker.username";
  static final String BROKER_PASSWORD = "pact.broker.password";
  static final String PROVIDER_TAGS = "pact.provider.tags";
  static final String TRIM_SNAPSHOT = "pact.provider.version.trimSnapshot";
  static final String PROVIDER_BRANCH = "pact.provider.branch";
  static final String PROVIDER_VERSION = "pact.provider.version";
  static final String ENABLE_PENDING = "pact.verifier.enablePending";
  static final String WIP_SINCE = "pact.verifier.includeWipPactsSince";
  static final String PUBLISH_RESULTS = "pact.verifier.publishResults";
  static final String BUILD_URL = "pact.buildUrl";
  static final String PACTICIPANT = "pact.pacticipant";
  static final String PACTICIPANT_VERSION = "pact.pacticipant.version";
  static final String ENVIRONMENT = "pact.environment";
  static final String RETRIES_WHEN_UNKNOWN = "pact.canIDeploy.retries";
  static final String RETRY_INTERVAL = "pact.canIDeploy.retryInterval";
  static final String CAN_I_DEPLOY_LATEST = "pact.canIDeploy.latest";
  static final String CAN_I_DEPLOY_BRANCH = "pact.canIDeploy.branch";
  static final String CAN_I_DEPLOY_MAIN_BRANCH = "pact.canIDeploy.mainBranch";
  static final String CAN_I_DEPLOY_TO = "pact.canIDeploy.to";
  static final String CAN_I_DEPLOY_IGNORE = "pact.canIDeploy.ignore";
  static final String APPLICATION_INSTANCE = "pact.applicationInstance";

  private PropertyNames() {}
}
