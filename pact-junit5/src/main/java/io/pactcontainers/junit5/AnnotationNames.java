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
          Map.entry("allowEmpty", "allowEmpty"),
          Map.entry("pactDirectories", "pactDirectories"),
          Map.entry("pactUrls", "pactUrls"),
          Map.entry("consumers", "consumers"),
          Map.entry("interactionDescription", "interactionDescription"),
          Map.entry("providerState", "providerState"));

  /** The plugin's parameter names that are attributes of {@link PactProviderTest.Broker} here. */
  private static final Map<String, String> BROKER_ATTRIBUTES =
      Map.of(
          "providerBranch", "providerBranch",
          "providerTags", "providerTags",
          "buildUrl", "buildUrl",
          "includeWipPactsSince", "includeWipPactsSince",
          "brokerRetries", "retries");

  /** {@code <broker>}'s children that have another name here. */
  private static final Map<String, String> BROKER_CHILDREN =
      Map.of(
          "tokenEnvironmentVariable", "tokenVariable",
          "usernameEnvironmentVariable", "usernameVariable",
          "passwordEnvironmentVariable", "passwordVariable",
          "clientCertificatePasswordEnvironmentVariable", "clientCertificatePasswordVariable",
          "consumerVersionSelectors", "selectors");

  /** {@code <provider>}'s TLS children, as {@link PactProviderTest.Tls} names them. */
  private static final Map<String, String> TLS_CHILDREN =
      Map.of(
          "caCertificate", "caCertificate",
          "insecureTls", "insecure",
          "clientCertificate", "clientCertificate",
          "clientKey", "clientKey",
          "clientCertificatePasswordEnvironmentVariable", "clientCertificatePasswordVariable");

  /** The plugin's parameter names that only a system property gives here. */
  private static final Map<String, String> PROPERTIES =
      Map.ofEntries(
          Map.entry("providerVersion", PropertyNames.PROVIDER_VERSION),
          Map.entry("publishDirtyVersion", PropertyNames.PUBLISH_DIRTY_VERSION),
          Map.entry("publishResults", PropertyNames.PUBLISH_RESULTS),
          Map.entry("trimSnapshot", PropertyNames.TRIM_SNAPSHOT));

  /** The attributes that a system property gives when they are not set. */
  private static final Map<String, String> ATTRIBUTE_PROPERTIES =
      Map.of(
          "pactDirectories", PropertyNames.PACT_DIRECTORIES,
          "pactUrls", PropertyNames.PACT_URLS,
          "consumers", PropertyNames.FILTER_CONSUMERS,
          "interactionDescription", PropertyNames.FILTER_DESCRIPTION,
          "providerState", PropertyNames.FILTER_PROVIDER_STATE);

  private AnnotationNames() {}

  @Override
  public String of(String... path) {
    String first = path[0];
    if (path.length == 1 && ATTRIBUTE_PROPERTIES.containsKey(first)) {
      return "@PactProviderTest("
          + ATTRIBUTES.get(first)
          + ") (or "
          + property(ATTRIBUTE_PROPERTIES.get(first))
          + ")";
    }
    if (path.length == 1 && ATTRIBUTES.containsKey(first)) {
      return "@PactProviderTest(" + ATTRIBUTES.get(first) + ")";
    }
    if (path.length == 1 && BROKER_ATTRIBUTES.containsKey(first)) {
      // The settings layer adds the property where it applies (as it does for the plugin).
      return "@PactProviderTest.Broker(" + BROKER_ATTRIBUTES.get(first) + ")";
    }
    if (path.length == 2 && ATTRIBUTE_PROPERTIES.containsKey(first)) {
      return of(first); // one of the list's items (<pactDirectories><pactDirectory>)
    }
    if (path.length > 1 && first.equals("provider") && TLS_CHILDREN.containsKey(path[1])) {
      return "@PactProviderTest.Tls(" + TLS_CHILDREN.get(path[1]) + ")";
    }
    if (path.length > 1 && first.equals("broker")) {
      return "@PactProviderTest.Broker(" + BROKER_CHILDREN.getOrDefault(path[1], path[1]) + ")";
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

  /**
   * A part; an attribute given with its value ({@code method = "token"}) goes inside the annotation
   * it belongs to, as the user wrote it.
   */
  @Override
  public String part(String setting, String child) {
    if (child.contains(" = ") && setting.endsWith(")")) {
      return setting.substring(0, setting.length() - 1) + ", " + child + ")";
    }
    return setting + "." + child;
  }

  @Override
  public String example(String value, String... path) {
    if (path.length == 2 && path[0].equals("provider") && path[1].equals("baseUrl")) {
      return "a @ProviderUrl giving " + value;
    }
    return of(path) + " = \"" + value + "\"";
  }
}
