package io.pactcontainers.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A verification's parameters as the user gave them, read once from the goal (as Jib's {@code
 * RawConfiguration}): each component is named as its POM element, so that a message (and {@link
 * UnresolvedExpressions}) can name it. Raw: what the POM leaves out is null here, as Maven leaves
 * it. The command line's overrides (pact-jvm's property names, the matrix's row image) are applied
 * as the view is made; the goal's fields, and the objects Maven injected into them, are never
 * written.
 */
record VerifyParameters(
    File pactDirectory,
    List<File> pactDirectories,
    List<File> pactFiles,
    List<String> pactUrls,
    String pactUrlsServerId,
    List<String> consumers,
    String interactionDescription,
    String providerState,
    String brokerUrl,
    BrokerConfiguration broker,
    String consumerVersionSelectors,
    String providerBranch,
    boolean enablePending,
    String includeWipPactsSince,
    boolean publishResults,
    String brokerToken,
    String brokerUsername,
    String brokerPassword,
    List<String> providerTags,
    boolean trimSnapshot,
    String providerVersion,
    String buildUrl,
    Integer brokerRetries,
    boolean failFast,
    boolean lastFailed,
    boolean followRedirects,
    String basePath,
    Map<String, String> consumerStateChangeUrls,
    String providerName,
    ProviderConfiguration provider,
    String providerImage,
    String providerBaseUrl,
    String stateChangeUrl,
    boolean stateChangeUsesBody,
    boolean stateChangeTeardown,
    String messageUrl,
    List<HeaderConfiguration> headers,
    Map<String, String> requestHeaders,
    String requestFilter,
    List<String> secretRequestHeaders,
    boolean allowEmpty,
    List<String> reports,
    int shards,
    boolean timings,
    boolean showFullDiff,
    File outputDirectory,
    int requestTimeout,
    int maxBodySize) {

  VerifyParameters {
    pactDirectories = copy(pactDirectories);
    pactFiles = copy(pactFiles);
    pactUrls = copy(pactUrls);
    consumers = copy(consumers);
    providerTags = copy(providerTags);
    consumerStateChangeUrls = copy(consumerStateChangeUrls);
    headers = copy(headers);
    requestHeaders = copy(requestHeaders);
    secretRequestHeaders = copy(secretRequestHeaders);
    reports = copy(reports);
  }

  /**
   * Reads a goal's parameters, once.
   *
   * @param overrides values by property name ({@link PropertyNames}) that replace the goal's: the
   *     pact-jvm aliases given ({@link PactJvmAliases#overrides})
   */
  static VerifyParameters of(AbstractVerifyRunMojo m, Map<String, String> overrides) {
    return read(m).with(overrides);
  }

  private static VerifyParameters read(AbstractVerifyRunMojo m) {
    return new VerifyParameters(
        m.pactDirectory,
        m.pactDirectories,
        m.pactFiles,
        m.pactUrls,
        m.pactUrlsServerId,
        m.consumers,
        m.interactionDescription,
        m.providerState,
        m.brokerUrl,
        m.broker,
        m.consumerVersionSelectors,
        m.providerBranch,
        m.enablePending,
        m.includeWipPactsSince,
        m.publishResults,
        m.brokerToken,
        m.brokerUsername,
        m.brokerPassword,
        m.providerTags,
        m.trimSnapshot,
        m.providerVersion,
        m.buildUrl,
        m.brokerRetries,
        m.failFast,
        m.lastFailed,
        m.followRedirects,
        m.basePath,
        m.consumerStateChangeUrls,
        m.providerName,
        m.provider,
        m.providerImage,
        m.providerBaseUrl,
        m.stateChangeUrl,
        m.stateChangeUsesBody,
        m.stateChangeTeardown,
        m.messageUrl,
        m.headers,
        m.requestHeaders,
        m.requestFilter,
        m.secretRequestHeaders,
        m.allowEmpty,
        m.reports,
        m.shards,
        m.timings,
        m.showFullDiff,
        m.outputDirectory,
        m.requestTimeout,
        m.maxBodySize);
  }

  /**
   * These parameters with some replaced, as a command line or a matrix row gives them.
   *
   * @param overrides values by property name ({@link PropertyNames}): the broker's URL, selectors,
   *     credentials and pending switch, the provider's tags, version and image, the build URL
   */
  VerifyParameters with(Map<String, String> overrides) {
    if (overrides.isEmpty()) {
      return this;
    }
    return new VerifyParameters(
        pactDirectory,
        pactDirectories,
        pactFiles,
        pactUrls,
        pactUrlsServerId,
        consumers,
        interactionDescription,
        providerState,
        or(overrides, PropertyNames.BROKER_URL, brokerUrl),
        broker,
        or(overrides, PropertyNames.BROKER_SELECTORS, consumerVersionSelectors),
        providerBranch,
        overrides.containsKey(PropertyNames.ENABLE_PENDING)
            ? Boolean.parseBoolean(overrides.get(PropertyNames.ENABLE_PENDING).trim())
            : enablePending,
        includeWipPactsSince,
        publishResults,
        or(overrides, PropertyNames.BROKER_TOKEN, brokerToken),
        or(overrides, PropertyNames.BROKER_USERNAME, brokerUsername),
        or(overrides, PropertyNames.BROKER_PASSWORD, brokerPassword),
        overrides.containsKey(PropertyNames.PROVIDER_TAGS)
            ? List.of(overrides.get(PropertyNames.PROVIDER_TAGS).split(","))
            : providerTags,
        trimSnapshot,
        or(overrides, PropertyNames.PROVIDER_VERSION, providerVersion),
        or(overrides, PropertyNames.BUILD_URL, buildUrl),
        brokerRetries,
        failFast,
        lastFailed,
        followRedirects,
        basePath,
        consumerStateChangeUrls,
        providerName,
        provider,
        or(overrides, PropertyNames.PROVIDER_IMAGE, providerImage),
        providerBaseUrl,
        stateChangeUrl,
        stateChangeUsesBody,
        stateChangeTeardown,
        messageUrl,
        headers,
        requestHeaders,
        requestFilter,
        secretRequestHeaders,
        allowEmpty,
        reports,
        shards,
        timings,
        showFullDiff,
        outputDirectory,
        requestTimeout,
        maxBodySize);
  }

  /**
   * {@code <broker>}, with the tags of {@code -Dpact.provider.tags} added to its provider tags and
   * {@code -Dpact.broker.retries} as its retries: a copy where either is given, never the injected
   * one changed.
   */
  BrokerConfiguration effectiveBroker() {
    if ((providerTags == null || providerTags.isEmpty()) && brokerRetries == null) {
      return broker;
    }
    BrokerConfiguration b = broker == null ? new BrokerConfiguration() : broker.copy();
    if (brokerRetries != null) {
      b.retries = brokerRetries;
    }
    if (providerTags == null) {
      return b;
    }
    List<String> tags = new ArrayList<>(b.providerTags == null ? List.of() : b.providerTags);
    providerTags.stream()
        .map(String::trim)
        .filter(t -> !t.isEmpty() && !tags.contains(t))
        .forEach(tags::add);
    b.providerTags = tags;
    return b;
  }

  /**
   * The environment the Broker's credentials are read from, with {@code -Dpact.broker.token},
   * {@code .username} and {@code .password} standing for the variables {@code <broker>} names.
   */
  Map<String, String> brokerEnvironment(Map<String, String> environment) {
    Map<String, String> env = new java.util.HashMap<>(environment);
    BrokerConfiguration b = broker == null ? new BrokerConfiguration() : broker;
    if (brokerToken != null && !brokerToken.isBlank()) {
      env.put(b.tokenEnvironmentVariable, brokerToken);
    }
    if (brokerUsername != null && !brokerUsername.isBlank()) {
      env.put(b.usernameEnvironmentVariable, brokerUsername);
      env.put(b.passwordEnvironmentVariable, brokerPassword == null ? "" : brokerPassword);
    }
    return env;
  }

  /** The provider version to publish, {@code -SNAPSHOT} trimmed when asked. */
  String publishedProviderVersion() {
    return trimSnapshot && providerVersion != null
        ? providerVersion.replaceFirst("-SNAPSHOT$", "")
        : providerVersion;
  }

  /** The names of the headers whose values are secrets, lower case. */
  Set<String> secretHeaderNames() {
    return secretRequestHeaders == null
        ? SecretMasking.DEFAULT_SECRET_HEADERS
        : secretRequestHeaders.stream()
            .map(h -> h.trim().toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
  }

  /** The secret header values the POM gives literally: masked even in configuration errors. */
  List<String> literalSecrets() {
    return RequestShaping.literalSecrets(headers, requestHeaders, secretHeaderNames());
  }

  private static String or(Map<String, String> overrides, String property, String given) {
    return overrides.getOrDefault(property, given);
  }

  /** An unmodifiable copy that keeps what Maven gives: null for nothing, null items too. */
  private static <T> List<T> copy(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  private static <V> Map<String, V> copy(Map<String, V> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
