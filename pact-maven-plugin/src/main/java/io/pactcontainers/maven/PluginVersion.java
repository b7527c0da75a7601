package io.pactcontainers.maven;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This plugin's version, reported to the Broker as {@code verifiedBy.version}. */
final class PluginVersion {
  private PluginVersion() {}

  static String get() {
    try (InputStream in =
        PluginVersion.class.getResourceAsStream(
            "/META-INF/maven/io.pactcontainers/pact-maven-plugin/pom.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        return p.getProperty("version", "0.0.0");
      }
    } catch (IOException e) {
      // fall through to the unknown version
    }
    return "0.0.0";
  }
}
