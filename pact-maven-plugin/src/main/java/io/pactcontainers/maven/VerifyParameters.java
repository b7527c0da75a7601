package io.pactcontainers.maven;

import io.pactcontainers.settings.PropertyOverrides;
import io.pactcontainers.settings.RawSettings;
import io.pactcontainers.settings.SettingNames;
import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A verification's parameters as the user gave them, read once from the goal: the library's raw
 * settings view ({@link RawSettings}, as Jib's {@code MavenRawConfiguration}), mapped by the
 * library's settings layer. Each component is named as its POM element, so that {@link
 * UnresolvedExpressions} can name it. Raw: what the POM leaves out is null here, as Maven leaves
 * it. The command line's overrides (pact-jvm's property names, the matrix's row image) are a view
 * over it ({@link PropertyOverrides}); the goal's fields, and the objects Maven injected into them,
 * are never written.
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
    boolean publishDirtyVersion,
    String buildVersion,
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
    java.io.File providerClientCertificate,
    java.io.File providerClientKey,
    String providerBaseUrl,
    String stateChangeUrl,
    boolean stateChangeUsesBody,
    boolean stateChangeTeardown,
    String messageUrl,
    List<String> messageProviders,
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
    File reportsDirectory,
    int requestTimeout,
    int maxBodySize)
    implements RawSettings {

  VerifyParameters {
    pactDirectories = copy(pactDirectories);
    pactFiles = copy(pactFiles);
    pactUrls = copy(pactUrls);
    consumers = copy(consumers);
    messageProviders = copy(messageProviders);
    providerTags = copy(providerTags);
    consumerStateChangeUrls = copy(consumerStateChangeUrls);
    headers = copy(headers);
    requestHeaders = copy(requestHeaders);
    secretRequestHeaders = copy(secretRequestHeaders);
    reports = copy(reports);
  }

  /** Reads a goal's parameters, once. */
  static VerifyParameters of(AbstractVerifyRunMojo m) {
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
        m.publishDirtyVersion,
        m.project == null ? null : m.project.getVersion(),
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
        m.providerClientCertificate,
        m.providerClientKey,
        m.providerBaseUrl,
        m.stateChangeUrl,
        m.stateChangeUsesBody,
        m.stateChangeTeardown,
        m.messageUrl,
        m.messageProviders,
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
        m.reportsDirectory,
        m.requestTimeout,
        m.maxBodySize);
  }

  @Override
  public SettingNames names() {
    return MavenNames.POM;
  }

  @Override
  public List<String> requestFilters() {
    return requestFilter == null ? null : List.of(requestFilter);
  }

  /** An unmodifiable copy that keeps what Maven gives: null for nothing, null items too. */
  private static <T> List<T> copy(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  private static <V> Map<String, V> copy(Map<String, V> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
