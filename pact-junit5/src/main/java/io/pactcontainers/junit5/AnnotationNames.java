package io.pactcontainers.junit5;

import io.pactcontainers.settings.PropertyNames;
import io.pactcontainers.settings.SettingNames;
import java.util.Map;

/**
 * Settings named as a {@link PactProviderTest} class writes them: an attribute of the annotation
 * ({@code @PactProviderTest(brokerUrl)}), else the system property that gives it ({@code
 * -Dpact.provider.version}).
 */
final class AnnotationNames implements SettingNames {
  static final AnnotationNames INSTANCE = new AnnotationNames();

  /** The plugin's parameter names that are attributes here, by their name here. */
  private static final Map<String, String> ATTRIBUTES =
      Map.ofEntries(
          Map.entry("providerName", "provider"),
          Map.entry("pactDirectory", "pacts"),
          Map.entry("brokerUrl", "brokerUrl"),
          Map.entry("consumerVersionSelectors", "consumerVersionSelectors"),
          Map.entry("enablePending", "enablePending"),
          Map.entry("headers", "headers"),
          Map.entry("requestFilter", "requestFilters"),
          Map.entry("stateChangeUrl", "stateChangeUrl"),
          Map.entry("requestTimeout", "requestTimeout"),
          Map.entry("outputDirectory", "outputDirectory"),
          Map.entry("reports", "reports"),
          Map.entry("allowEmpty", "allowEmpty"));

  /** The plugin's parameter names that only a system property gives here. */
  private static final Map<String, String> PROPERTIES =
      Map.ofEntries(
          Map.entry("providerVersion", PropertyNames.PROVIDER_VERSION),
          Map.entry("publishDirtyVersion", PropertyNames.PUBLISH_DIRTY_VERSION),
          Map.entry("providerBranch", PropertyNames.PROVIDER_BRANCH),
          Map.entry("providerTags", PropertyNames.PROVIDER_TAGS),
          Map.entry("publishResults", PropertyNames.PUBLISH_RESULTS),
          Map.entry("buildUrl", PropertyNames.BUILD_URL),
          Map.entry("trimSnapshot", PropertyNames.TRIM_SNAPSHOT),
          Map.entry("includeWipPactsSince", PropertyNames.WIP_SINCE),
          Map.entry("brokerRetries", PropertyNames.BROKER_RETRIES),
          Map.entry("consumers", PropertyNames.FILTER_CONSUMERS),
          Map.entry("interactionDescription", PropertyNames.FILTER_DESCRIPTION),
          Map.entry("providerState", PropertyNames.FILTER_PROVIDER_STATE),
          Map.entry("pactUrls", PropertyNames.PACT_URLS));

  private AnnotationNames() {}

  @Override
  public String of(String... path) {
    String first = path[0];
    if (path.length == 1 && ATTRIBUTES.containsKey(first)) {
      return "@PactProviderTest(" + ATTRIBUTES.get(first) + ")";
    }
    if (path.length == 1 && PROPERTIES.containsKey(first)) {
      return property(PROPERTIES.get(first));
    }
    return String.join(".", path);
  }

  @Override
  public String header(String name) {
    return "@PactProviderTest.Header(name = \"" + name + "\")";
  }

  @Override
  public String part(String setting, String child) {
    return setting + "." + child;
  }

  @Override
  public String example(String value, String... path) {
    return of(path) + " = \"" + value + "\"";
  }
}
