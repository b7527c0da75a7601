package io.pactcontainers.maven;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.plugin.logging.Log;

/**
 * pact-jvm's Maven plugin's system properties, read as ours where we have the same setting, so that
 * a CI script written for pact-jvm runs as it is: {@code -Dpactbroker.url=...} is {@code
 * -Dpact.broker.url=...}. Each alias used is said in one line naming ours; ours wins where both are
 * given. The names pact-jvm shares with us ({@code pact.provider.version}, {@code
 * pact.verifier.publishResults}, {@code pact.filter.*}, {@code pact.showFullDiff}, {@code
 * pact.provider.branch}, {@code pact.provider.version.trimSnapshot}) need no alias.
 */
final class PactJvmAliases {
  /** pact-jvm's name, ours. */
  static final Map<String, String> ALIASES = aliases();

  private PactJvmAliases() {}

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
    return Map.copyOf(a);
  }

  /**
   * Sets the goal's parameters from the aliases given (as -D or system properties) where ours are
   * not, and says each.
   */
  static void apply(AbstractPactSourceMojo goal, List<Properties> given, Log log) {
    for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
      String value = first(given, alias.getKey());
      if (value == null || first(given, alias.getValue()) != null) {
        continue;
      }
      set(goal, alias.getValue(), value);
      log.info(
          "-D"
              + alias.getKey()
              + " (pact-jvm's name) is read as -D"
              + alias.getValue()
              + "; write that to silence this line");
    }
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

  private static void set(AbstractPactSourceMojo goal, String ours, String value) {
    switch (ours) {
      case PropertyNames.BROKER_URL -> goal.brokerUrl = value;
      case PropertyNames.BROKER_TOKEN -> goal.brokerToken = value;
      case PropertyNames.BROKER_USERNAME -> goal.brokerUsername = value;
      case PropertyNames.BROKER_PASSWORD -> goal.brokerPassword = value;
      case PropertyNames.ENABLE_PENDING -> goal.enablePending = Boolean.parseBoolean(value.trim());
      case PropertyNames.BROKER_SELECTORS -> goal.consumerVersionSelectors = value;
      case PropertyNames.BUILD_URL -> goal.buildUrl = value;
      case PropertyNames.PROVIDER_TAGS -> goal.providerTags = List.of(value.split(","));
      default -> throw new IllegalStateException("no parameter for " + ours);
    }
  }
}
