package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.MutualTlsCertificates;
import io.pactcontainers.verify.VerificationConfig;
import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code <provider><clientCertificate>}, {@code <clientKey>} and their {@code -D} properties, and
 * {@code <broker><clientCertificate>}, as a POM gives them: mapped onto the run, and a mistake
 * named as the POM names it.
 */
class ClientCertificateParametersTest {
  @TempDir static Path certDir;
  static MutualTlsCertificates certs;
  @TempDir Path dir;
  private VerifyMojo mojo;

  @BeforeAll
  static void makeCertificates() throws Exception {
    certs = MutualTlsCertificates.create(certDir);
  }

  @BeforeEach
  void aProviderBehindMutualTls() {
    mojo = VerifyMojoTest.minimalMojo(dir);
    mojo.provider.image = null;
    mojo.provider.baseUrl = "https://localhost:8443";
    mojo.provider.caCertificate = file("ca.pem");
  }

  private static File file(String name) {
    return certs.file(name).toFile();
  }

  @Test
  void thePomsCertificateAndKeyAreOfferedToTheProvider() throws Exception {
    mojo.provider.clientCertificate = file("client-ec.pem");
    mojo.provider.clientKey = file("client-ec.key");

    VerificationConfig config = VerifyMojoTest.configuration(mojo);

    assertThat(config.providerTls().clientCertificate().orElseThrow().description())
        .endsWith("client-ec.key (CN=pact-ec-client)");
    assertThat(config.providerTls().caCertificate()).contains(certs.file("ca.pem"));
  }

  @Test
  void theDashDPropertiesStandForThePomsAndAreNamedInTheirErrors() throws Exception {
    mojo.provider.clientCertificate = file("stranger.pem");
    mojo.provider.clientKey = file("stranger.key");
    mojo.providerClientCertificate = file("client-and-key.pem");

    assertThat(
            VerifyMojoTest.configuration(mojo)
                .providerTls()
                .clientCertificate()
                .orElseThrow()
                .description())
        .isEqualTo(certs.file("client-and-key.pem") + " (CN=pact-client)");

    mojo.providerClientCertificate = file("client.pem");
    mojo.providerClientKey = file("stranger.key");
    assertThatThrownBy(() -> VerifyMojoTest.configuration(mojo))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith(
            "<providerClientCertificate> with <providerClientKey> cannot be used: the private key"
                + " does not belong to the first certificate in ");
  }

  @Test
  void aMissingKeyFileIsNamedAsThePomNamesIt() {
    mojo.provider.clientCertificate = file("client.pem");
    mojo.provider.clientKey = dir.resolve("client.key").toFile();

    assertThatThrownBy(() -> VerifyMojoTest.configuration(mojo))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "<provider><clientKey> not found: "
                + dir.resolve("client.key")
                + "; give the file of the client certificate's private key (PEM)");
  }
}
