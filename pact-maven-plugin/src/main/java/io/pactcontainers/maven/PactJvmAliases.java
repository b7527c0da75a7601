package io.pactcontainers.maven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
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
   * The aliases given (as -D or system properties) where ours are not, each said: values by our
   * property name, overrides for {@link VerifyParameters#of}. Nothing is written to the goal.
   */
  static Map<String, String> overrides(List<Properties> given, Log log) {
    Map<String, String> overrides = new LinkedHashMap<>();
    for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
      String value = first(given, alias.getKey());
      if (value == null || first(given, alias.getValue()) != null) {
        continue;
      }
      overrides.put(alias.getValue(), value);
      log.info(
          "-D"
              + alias.getKey()
              + " (pact-jvm's name) is read as -D"
              + alias.getValue()
              + "; write that to silence this line");
    }
    return overrides;
  }

  /** The aliases given in this build: its -D properties, then the JVM's system properties. */
  static Map<String, String> overrides(MavenSession session, Log log) {
    List<Properties> given = new ArrayList<>();
    if (session != null) {
      given.add(session.getUserProperties());
    }
    given.add(System.getProperties());
    return overrides(given, log);
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
}
