package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.settings.PomNames;
import io.pactcontainers.settings.SettingNames;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Settings named as the POM writes them; the library's settings tests assert their messages with
 * {@link PomNames}, which must render as this does.
 */
class MavenNamesTest {
  private static final List<Function<SettingNames, String>> SAMPLES =
      List.of(
          n -> n.of("provider", "image"),
          n -> n.of("brokerUrl"),
          n -> n.header("Authorization"),
          n -> n.part(n.header("Authorization"), "value"),
          n -> n.part(n.of("consumerStateChangeUrls"), "mobile"),
          n -> n.example("my-provider:1.0", "provider", "image"),
          n -> n.example("Bearer ${API_TOKEN}", "value"),
          n -> n.server(n.of("broker", "serverId")),
          n -> n.serverPassword(n.of("broker", "serverId")),
          n -> n.property("pact.provider.version"));

  @Test
  void theLibrarysTestsNameSettingsAsThePomDoes() {
    for (Function<SettingNames, String> sample : SAMPLES) {
      assertThat(sample.apply(PomNames.POM)).isEqualTo(sample.apply(MavenNames.POM));
    }
  }

  @Test
  void elementsExamplesAndServersAreWrittenAsInThePomAndSettingsXml() {
    MavenNames n = MavenNames.POM;
    assertThat(n.part(n.header("Authorization"), "timeout"))
        .isEqualTo("<headers><header> Authorization <timeout>");
    assertThat(n.example("my-provider:1.0", "provider", "image"))
        .isEqualTo("<provider><image>my-provider:1.0</image></provider>");
    assertThat(n.example("Bearer ${API_TOKEN}", "value"))
        .as("an environment variable as a POM reads it")
        .isEqualTo("<value>Bearer ${env.API_TOKEN}</value>");
    assertThat(n.serverPassword(n.of("broker", "serverId")))
        .isEqualTo("the <password> of the settings.xml <server> named by <broker><serverId>");
  }
}
