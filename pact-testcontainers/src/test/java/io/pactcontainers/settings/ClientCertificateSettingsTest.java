package io.pactcontainers.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.MutualTlsCertificates;
import io.pactcontainers.broker.BrokerSource;
import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.source.PactSource;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of {@code clientCertificate}, {@code clientKey} and the PKCS#12 password's environment
 * variable, for the provider and the Broker, in the words a POM's user reads.
 */
class ClientCertificateSettingsTest {
  @TempDir static Path dir;
  static MutualTlsCertificates certs;

  @BeforeAll
  static void makeCertificates() throws Exception {
    certs = MutualTlsCertificates.create(dir);
  }

  private static ClientCertificates rules(Map<String, String> env) {
    return new ClientCertificates(PomNames.POM, env);
  }

  private static File file(String name) {
    return certs.file(name).toFile();
  }

  @Test
  void aPemCertificateAndItsKeyAreReadOnce() {
    assertThat(
            rules(Map.of())
                .of("provider", file("client.pem"), file("client-pkcs1.key"), null)
                .orElseThrow()
                .description())
        .endsWith("client-pkcs1.key (CN=pact-client)");
    assertThat(rules(Map.of()).of("provider", null, null, "X")).isEmpty();
  }

  @Test
  void aKeyWithoutACertificateIsRefused() {
    assertThatThrownBy(() -> rules(Map.of()).of("provider", null, file("client.key"), null))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "<provider><clientKey> is given without <provider><clientCertificate>; give the client"
                + " certificate too, or remove <provider><clientKey>");
  }

  @Test
  void aMissingFileIsNamedWithItsSetting() {
    File missing = dir.resolve("nope.pem").toFile();
    assertThatThrownBy(() -> rules(Map.of()).of("provider", missing, null, null))
        .hasMessage(
            "<provider><clientCertificate> not found: "
                + missing
                + "; give the file of the client certificate (PEM, or PKCS#12 .p12/.pfx)");
    assertThatThrownBy(() -> rules(Map.of()).of("broker", file("client.pem"), missing, null))
        .hasMessage(
            "<broker><clientKey> not found: "
                + missing
                + "; give the file of the client certificate's private key (PEM)");
  }

  @Test
  void aKeyThatIsNotTheCertificatesNamesBothSettings() {
    assertThatThrownBy(
            () -> rules(Map.of()).of("provider", file("client.pem"), file("stranger.key"), null))
        .hasMessageStartingWith(
            "<provider><clientCertificate> with <provider><clientKey> cannot be used: the private"
                + " key does not belong to the first certificate in "
                + certs.file("client.pem"));
  }

  @Test
  void aPkcs12FileTakesItsPasswordFromTheNamedVariableAndNoKey() {
    assertThat(
            rules(Map.of("MY_P12", MutualTlsCertificates.P12_PASSWORD))
                .of("broker", file("client.p12"), null, "MY_P12")
                .orElseThrow()
                .secrets())
        .containsExactly(MutualTlsCertificates.P12_PASSWORD);
    assertThatThrownBy(() -> rules(Map.of()).of("broker", file("client.p12"), null, "MY_P12"))
        .hasMessage(
            "<broker><clientCertificate> cannot be used: cannot open "
                + certs.file("client.p12")
                + " with the password from the environment variable MY_P12, which is not set;"
                + " set it to the file's password");
    assertThatThrownBy(
            () -> rules(Map.of()).of("broker", file("client.p12"), file("client.key"), null))
        .hasMessage(
            "<broker><clientKey> is for a PEM certificate, and <broker><clientCertificate> "
                + certs.file("client.p12")
                + " is PKCS#12, which holds its key; remove <broker><clientKey>");
  }

  @Test
  void aProviderCertificateForAProviderReachedOverHttpIsRefusedNotLeftOutSilently() {
    GivenSettings raw = new GivenSettings();
    raw.pactDirectory = dir.toFile();
    raw.providerClientCertificate = file("client.pem");
    raw.providerClientKey = file("client-pkcs1.key");
    SettingsContext context =
        new SettingsContext(
            Path.of("."),
            dir.resolve("target"),
            Map.of(),
            line -> {},
            ServerCredentials.NONE,
            SettingsContext.classesOf(getClass().getClassLoader()),
            List.of(),
            "test");
    assertThatThrownBy(() -> VerificationSettings.map(raw, context))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "<providerClientCertificate> is given, but the provider is reached over http, where no"
                + " client certificate is asked for; a provider behind mutual TLS is verified at"
                + " its https address: "
                + PomNames.POM.example("https://localhost:8443", "provider", "baseUrl"));
    raw.providerBaseUrl = "https://localhost:8443";
    assertThat(VerificationSettings.map(raw, context).config().providerTls().clientCertificate())
        .isPresent();
  }

  @Test
  void theBrokersCertificateGoesToTheBrokerAndToPactUrlsAndItsPasswordIsASecret() {
    GivenSettings.GivenBroker b = new GivenSettings.GivenBroker();
    b.clientCertificate = file("client.p12");
    Map<String, String> env =
        Map.of(
            RawSettings.Broker.DEFAULT_CLIENT_CERTIFICATE_PASSWORD_VARIABLE,
            MutualTlsCertificates.P12_PASSWORD);
    BrokerSettings brokers = new BrokerSettings(PomNames.POM, ServerCredentials.NONE, env);
    PactBroker broker = brokers.broker("https://broker.example", b, null, null, false, null);
    assertThat(broker.clientCertificate()).isPresent();

    GivenSettings raw = new GivenSettings();
    raw.broker = b;
    raw.pactUrls = List.of("https://pacts.example/pact.json");
    PactSources.Where where = new PactSources(raw, PomNames.POM, brokers).where(new ArrayList<>());
    assertThat(where.sources())
        .singleElement()
        .satisfies(s -> assertThat(((PactSource.Url) s).clientCertificate()).isPresent());

    raw.pactUrls = null;
    raw.brokerUrl = "https://broker.example";
    MappedSettings mapped =
        VerificationSettings.map(
            raw,
            new SettingsContext(
                Path.of("."),
                dir.resolve("target"),
                env,
                line -> {},
                ServerCredentials.NONE,
                SettingsContext.classesOf(getClass().getClassLoader()),
                List.of(),
                "test"));
    assertThat(mapped.config().sources())
        .singleElement()
        .satisfies(s -> assertThat(((BrokerSource) s).config().clientCertificate()).isPresent());
    assertThat(mapped.secrets().mask("password " + MutualTlsCertificates.P12_PASSWORD))
        .isEqualTo("password ****");
  }
}
