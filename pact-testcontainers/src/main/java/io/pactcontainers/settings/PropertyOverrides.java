package io.pactcontainers.settings;

import io.pactcontainers.verify.InteractionFilter;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Settings with some replaced by system properties ({@link PropertyNames}): pact-jvm's names read
 * as ours, so that a CI script written for pact-jvm runs as it is ({@code -Dpactbroker.url=...} is
 * {@code -Dpact.broker.url=...}), and, for front ends whose settings cannot take a property
 * themselves (annotations), ours. The settings given are never changed: this is a view over them.
 */
public final class PropertyOverrides implements RawSettings {
  /** pact-jvm's name, ours. */
  public static final Map<String, String> PACT_JVM_ALIASES = aliases();

  /**
   * pact-jvm's can-i-deploy goal's property names (bare, as its plugin declares them), by ours:
   * read by the Broker goals alone, since names such as {@code latest} or {@code ignore} may mean
   * something else to a build's other plugins.
   */
  public static final Map<String, String> PACT_JVM_CAN_I_DEPLOY = canIDeployAliases();

  private final RawSettings given;
  private final Map<String, String> overrides;

  private PropertyOverrides(RawSettings given, Map<String, String> overrides) {
    this.given = given;
    this.overrides = Map.copyOf(overrides);
  }

  private static Map<String, String> aliases() {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("pactbroker.url", PropertyNames.BROKER_URL);
    a.put("pactbroker.auth.token", PropertyNames.BROKER_TOKEN);
    a.put("pactbroker.auth.username", PropertyNames.BROKER_USERNAME);
    a.put("pactbroker.auth.password", PropertyNames.BROKER_PASSWORD);
    a.put("pactbroker.enablePending", PropertyNames.ENABLE_PENDING);
    a.put("pactbroker.consumerversionselectors.rawjson", PropertyNames.BROKER_SELECTORS);
    a.put("pact.verifier.buildUrl", PropertyNames.BUILD_URL);
    a.put("pact.provider.tag", PropertyNames.PROVIDER_TAGS);
    a.put("pactbroker.providerBranch", PropertyNames.PROVIDER_BRANCH);
    a.put("pactbroker.providerTags", PropertyNames.PROVIDER_TAGS);
    a.put("pactbroker.includeWipPactsSince", PropertyNames.WIP_SINCE);
    a.put("pactbroker.consumers", PropertyNames.FILTER_CONSUMERS);
    a.put("pact.filter.pacturl", PropertyNames.PACT_URLS);
    a.put("pact.verifier.enableRedirectHandling", PropertyNames.FOLLOW_REDIRECTS);
    a.put("pactfolder.path", PropertyNames.PACT_DIRECTORY);
    a.put("pact.verification.reportDir", PropertyNames.REPORTS_DIRECTORY);
    return java.util.Collections.unmodifiableMap(a);
  }

  private static Map<String, String> canIDeployAliases() {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("pacticipant", PropertyNames.PACTICIPANT);
    a.put("pacticipantVersion", PropertyNames.PACTICIPANT_VERSION);
    a.put("latest", PropertyNames.CAN_I_DEPLOY_LATEST);
    a.put("toEnvironment", PropertyNames.ENVIRONMENT);
    a.put("toTag", PropertyNames.CAN_I_DEPLOY_TO);
    a.put("toMainBranch", PropertyNames.CAN_I_DEPLOY_TO_MAIN_BRANCH);
    a.put("ignore", PropertyNames.CAN_I_DEPLOY_IGNORE);
    a.put("retriesWhenUnknown", PropertyNames.RETRIES_WHEN_UNKNOWN);
    a.put("retryInterval", PropertyNames.RETRY_INTERVAL);
    return java.util.Collections.unmodifiableMap(a);
  }

  /**
   * The settings with these overrides.
   *
   * @param given the settings as the front end read them
   * @param overrides values by our property name ({@link PropertyNames})
   * @return a view with the overrides in place of the settings given
   */
  public static RawSettings of(RawSettings given, Map<String, String> overrides) {
    return overrides.isEmpty() ? given : new PropertyOverrides(given, overrides);
  }

  /**
   * The pact-jvm aliases given where ours are not, each said in one line naming ours.
   *
   * @param given the properties, first wins (a build's -D, then the JVM's)
   * @param info where each alias read is said
   * @return values by our property name
   */
  public static Map<String, String> pactJvmAliases(List<Properties> given, Consumer<String> info) {
    Map<String, String> overrides = aliasesGiven(PACT_JVM_ALIASES, given, info);
    // A name pact-jvm shares with us, with pact-jvm's meaning when set to nothing (see
    // providerState()): a front end's own parameter cannot tell nothing from not given.
    String state = first(given, PropertyNames.FILTER_PROVIDER_STATE);
    if (state != null && state.isBlank()) {
      overrides.put(PropertyNames.FILTER_PROVIDER_STATE, state);
    }
    return overrides;
  }

  /**
   * pact-jvm's can-i-deploy names given where ours are not, each said in one line naming ours: for
   * the Broker goals.
   *
   * @param given the properties, first wins (a build's -D, then the JVM's)
   * @param info where each alias read is said
   * @return values by our property name
   */
  public static Map<String, String> pactJvmCanIDeployAliases(
      List<Properties> given, Consumer<String> info) {
    return aliasesGiven(PACT_JVM_CAN_I_DEPLOY, given, info);
  }

  private static Map<String, String> aliasesGiven(
      Map<String, String> aliases, List<Properties> given, Consumer<String> info) {
    Map<String, String> overrides = new LinkedHashMap<>();
    for (Map.Entry<String, String> alias : aliases.entrySet()) {
      String value = first(given, alias.getKey());
      if (value == null || first(given, alias.getValue()) != null) {
        continue;
      }
      overrides.put(alias.getValue(), value);
      info.accept(
          "-D"
              + alias.getKey()
              + " (pact-jvm's name) is read as -D"
              + alias.getValue()
              + "; write that to silence this line");
    }
    return overrides;
  }

  /**
   * Our properties given, and pact-jvm's aliases where ours are not: for a front end whose settings
   * do not read properties themselves.
   *
   * @param given the properties, first wins
   * @param names our property names the front end honours
   * @param info where each alias read is said
   * @return values by our property name
   */
  public static Map<String, String> properties(
      List<Properties> given, List<String> names, Consumer<String> info) {
    Map<String, String> overrides = new LinkedHashMap<>();
    for (String name : names) {
      String value = first(given, name);
      if (value != null) {
        overrides.put(name, value);
      }
    }
    pactJvmAliases(given, info).forEach(overrides::putIfAbsent);
    return overrides;
  }

  private static String first(List<Properties> given, String name) {
    for (Properties p : given) {
      String v = p.getProperty(name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private String or(String property, String value) {
    return overrides.getOrDefault(property, value);
  }

  private boolean or(String property, boolean value) {
    String v = overrides.get(property);
    return v == null ? value : Boolean.parseBoolean(v.trim());
  }

  /** A comma-separated property as a list, as Maven reads one: items trimmed, blanks left out. */
  private List<String> list(String property, List<String> value) {
    String v = overrides.get(property);
    return v == null
        ? value
        : java.util.Arrays.stream(v.split(","))
            .map(String::trim)
            .filter(t -> !t.isEmpty())
            .toList();
  }

  private int number(String property, int value) {
    String v = overrides.get(property);
    if (v == null) {
      return value;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new SettingsException(
          given.names().property(property) + " is not a whole number: " + v);
    }
  }

  @Override
  public SettingNames names() {
    return given.names();
  }

  @Override
  public String providerName() {
    return or(PropertyNames.PROVIDER_NAME, given.providerName());
  }

  @Override
  public File pactDirectory() {
    String v = overrides.get(PropertyNames.PACT_DIRECTORY);
    return v == null ? given.pactDirectory() : new File(v.trim());
  }

  @Override
  public File reportsDirectory() {
    String v = overrides.get(PropertyNames.REPORTS_DIRECTORY);
    return v == null ? given.reportsDirectory() : new File(v.trim());
  }

  @Override
  public List<File> pactDirectories() {
    return given.pactDirectories();
  }

  @Override
  public List<File> pactFiles() {
    return given.pactFiles();
  }

  @Override
  public List<String> pactUrls() {
    return list(PropertyNames.PACT_URLS, given.pactUrls());
  }

  @Override
  public String pactUrlsServerId() {
    return given.pactUrlsServerId();
  }

  @Override
  public List<String> consumers() {
    return list(PropertyNames.FILTER_CONSUMERS, given.consumers());
  }

  @Override
  public String interactionDescription() {
    return or(PropertyNames.FILTER_DESCRIPTION, given.interactionDescription());
  }

  /**
   * {@code -Dpact.filter.providerState} as pact-jvm reads it, for a front end that reads the
   * property itself: set to nothing, it selects the interactions without a provider state.
   *
   * @param property the property's value; null: not given
   * @return the state filter; null: none
   */
  public static String providerStateFilter(String property) {
    if (property == null) {
      return null;
    }
    return property.isBlank() ? InteractionFilter.WITHOUT_A_STATE : property;
  }

  /**
   * As pact-jvm reads {@code -Dpact.filter.providerState}: set to nothing, it selects the
   * interactions without a provider state ({@code ^$}, which matches only an empty state), where an
   * empty filter would keep every interaction.
   */
  @Override
  public String providerState() {
    String property = overrides.get(PropertyNames.FILTER_PROVIDER_STATE);
    return property != null && property.isBlank()
        ? InteractionFilter.WITHOUT_A_STATE
        : or(PropertyNames.FILTER_PROVIDER_STATE, given.providerState());
  }

  @Override
  public String brokerUrl() {
    return or(PropertyNames.BROKER_URL, given.brokerUrl());
  }

  @Override
  public Broker broker() {
    return given.broker();
  }

  @Override
  public String consumerVersionSelectors() {
    return or(PropertyNames.BROKER_SELECTORS, given.consumerVersionSelectors());
  }

  @Override
  public String providerBranch() {
    return or(PropertyNames.PROVIDER_BRANCH, given.providerBranch());
  }

  @Override
  public boolean enablePending() {
    return or(PropertyNames.ENABLE_PENDING, given.enablePending());
  }

  @Override
  public String includeWipPactsSince() {
    return or(PropertyNames.WIP_SINCE, given.includeWipPactsSince());
  }

  @Override
  public boolean publishResults() {
    return or(PropertyNames.PUBLISH_RESULTS, given.publishResults());
  }

  @Override
  public String brokerToken() {
    return or(PropertyNames.BROKER_TOKEN, given.brokerToken());
  }

  @Override
  public String brokerUsername() {
    return or(PropertyNames.BROKER_USERNAME, given.brokerUsername());
  }

  @Override
  public String brokerPassword() {
    return or(PropertyNames.BROKER_PASSWORD, given.brokerPassword());
  }

  @Override
  public List<String> providerTags() {
    return list(PropertyNames.PROVIDER_TAGS, given.providerTags());
  }

  @Override
  public boolean trimSnapshot() {
    return or(PropertyNames.TRIM_SNAPSHOT, given.trimSnapshot());
  }

  @Override
  public boolean publishDirtyVersion() {
    return or(PropertyNames.PUBLISH_DIRTY_VERSION, given.publishDirtyVersion());
  }

  @Override
  public String buildVersion() {
    return given.buildVersion();
  }

  @Override
  public String providerVersion() {
    return or(PropertyNames.PROVIDER_VERSION, given.providerVersion());
  }

  @Override
  public String buildUrl() {
    return or(PropertyNames.BUILD_URL, given.buildUrl());
  }

  @Override
  public Integer brokerRetries() {
    return overrides.containsKey(PropertyNames.BROKER_RETRIES)
        ? Integer.valueOf(number(PropertyNames.BROKER_RETRIES, 0))
        : given.brokerRetries();
  }

  @Override
  public boolean failFast() {
    return or(PropertyNames.FAIL_FAST, given.failFast());
  }

  @Override
  public boolean lastFailed() {
    return or(PropertyNames.LAST_FAILED, given.lastFailed());
  }

  @Override
  public boolean followRedirects() {
    return or(PropertyNames.FOLLOW_REDIRECTS, given.followRedirects());
  }

  @Override
  public String basePath() {
    return or(PropertyNames.BASE_PATH, given.basePath());
  }

  @Override
  public Map<String, String> consumerStateChangeUrls() {
    return given.consumerStateChangeUrls();
  }

  @Override
  public Provider provider() {
    return given.provider();
  }

  @Override
  public String providerImage() {
    return or(PropertyNames.PROVIDER_IMAGE, given.providerImage());
  }

  @Override
  public File providerClientCertificate() {
    String v = overrides.get(PropertyNames.PROVIDER_CLIENT_CERTIFICATE);
    return v == null ? given.providerClientCertificate() : new File(v.trim());
  }

  @Override
  public File providerClientKey() {
    String v = overrides.get(PropertyNames.PROVIDER_CLIENT_KEY);
    return v == null ? given.providerClientKey() : new File(v.trim());
  }

  @Override
  public String providerBaseUrl() {
    return or(PropertyNames.PROVIDER_BASE_URL, given.providerBaseUrl());
  }

  @Override
  public String stateChangeUrl() {
    return or(PropertyNames.STATE_CHANGE_URL, given.stateChangeUrl());
  }

  @Override
  public boolean stateChangeUsesBody() {
    return or(PropertyNames.STATE_CHANGE_USES_BODY, given.stateChangeUsesBody());
  }

  @Override
  public boolean stateChangeTeardown() {
    return or(PropertyNames.STATE_CHANGE_TEARDOWN, given.stateChangeTeardown());
  }

  @Override
  public String messageUrl() {
    return or(PropertyNames.MESSAGE_URL, given.messageUrl());
  }

  @Override
  public List<String> messageProviders() {
    return list(PropertyNames.MESSAGE_PROVIDERS, given.messageProviders());
  }

  @Override
  public List<? extends Header> headers() {
    return given.headers();
  }

  @Override
  public Map<String, String> requestHeaders() {
    return given.requestHeaders();
  }

  @Override
  public List<String> secretRequestHeaders() {
    return given.secretRequestHeaders();
  }

  @Override
  public boolean allowEmpty() {
    return or(PropertyNames.ALLOW_EMPTY, given.allowEmpty());
  }

  @Override
  public List<String> reports() {
    return given.reports();
  }

  @Override
  public Map<String, File> reportFiles() {
    return given.reportFiles();
  }

  @Override
  public int shards() {
    return number(PropertyNames.SHARDS, given.shards());
  }

  @Override
  public int requestTimeout() {
    return number(PropertyNames.REQUEST_TIMEOUT, given.requestTimeout());
  }

  @Override
  public int maxBodySize() {
    return number(PropertyNames.MAX_BODY_SIZE, given.maxBodySize());
  }
}
