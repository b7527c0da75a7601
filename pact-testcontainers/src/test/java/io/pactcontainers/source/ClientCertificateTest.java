package io.pactcontainers.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.MutualTlsCertificates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.X509KeyManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Client certificates as openssl writes them: read with the JDK alone, and checked. */
class ClientCertificateTest {
  @TempDir static Path dir;
  static MutualTlsCertificates certs;

  @BeforeAll
  static void makeCertificates() throws Exception {
    certs = MutualTlsCertificates.create(dir);
  }

  private static String offeredSubject(ClientCertificate c) {
    X509KeyManager km = (X509KeyManager) c.keyManagers()[0];
    String alias = km.chooseClientAlias(new String[] {"RSA", "EC"}, null, null);
    assertThat(km.getPrivateKey(alias)).isNotNull();
    return km.getCertificateChain(alias)[0].getSubjectX500Principal().getName();
  }

  @Test
  void aPemCertificateIsReadWithAPkcs8APkcs1OrASec1Key() {
    assertThat(
            offeredSubject(
                ClientCertificate.pem(
                    certs.file("client.pem"), Optional.of(certs.file("client.key")))))
        .isEqualTo("CN=pact-client");
    assertThat(
            offeredSubject(
                ClientCertificate.pem(
                    certs.file("client.pem"), Optional.of(certs.file("client-pkcs1.key")))))
        .isEqualTo("CN=pact-client");
    assertThat(
            offeredSubject(
                ClientCertificate.pem(
                    certs.file("client-ec.pem"), Optional.of(certs.file("client-ec.key")))))
        .isEqualTo("CN=pact-ec-client");
  }

  @Test
  void theKeyMayBeInTheCertificatesOwnFile() {
    ClientCertificate c = ClientCertificate.pem(certs.file("client-and-key.pem"), Optional.empty());
    assertThat(offeredSubject(c)).isEqualTo("CN=pact-client");
    assertThat(c.description()).isEqualTo(certs.file("client-and-key.pem") + " (CN=pact-client)");
  }

  @Test
  void aPkcs12FileIsOpenedWithItsPasswordWhichIsKeptOnlyAsASecret() {
    ClientCertificate c =
        ClientCertificate.pkcs12(
            certs.file("client.p12"),
            MutualTlsCertificates.P12_PASSWORD.toCharArray(),
            "the environment variable P12_PASSWORD");
    assertThat(offeredSubject(c)).isEqualTo("CN=pact-client");
    assertThat(c.secrets()).containsExactly(MutualTlsCertificates.P12_PASSWORD);
    assertThat(c.toString()).doesNotContain(MutualTlsCertificates.P12_PASSWORD);
    assertThat(ClientCertificate.isPem(certs.file("client.p12"))).isFalse();
    assertThat(ClientCertificate.isPem(certs.file("client.pem"))).isTrue();
  }

  @Test
  void aWrongPkcs12PasswordSaysWhereThePasswordCameFrom() {
    assertThatThrownBy(
            () ->
                ClientCertificate.pkcs12(
                    certs.file("client.p12"),
                    "wrong".toCharArray(),
                    "the environment variable P12_PASSWORD"))
        .isInstanceOf(PactSourceException.class)
        .hasMessage(
            "cannot open "
                + certs.file("client.p12")
                + " with the password from the environment variable P12_PASSWORD; set it to the"
                + " file's password");
  }

  @Test
  void aKeyOfAnotherCertificateIsRefused() {
    assertThatThrownBy(
            () ->
                ClientCertificate.pem(
                    certs.file("client.pem"), Optional.of(certs.file("stranger.key"))))
        .hasMessage(
            "the private key does not belong to the first certificate in "
                + certs.file("client.pem")
                + " with key "
                + certs.file("stranger.key")
                + "; give the certificate's own key, and the client's certificate first in the"
                + " file");
  }

  @Test
  void anEncryptedPemKeyIsRefusedWithWhatToDo() {
    assertThatThrownBy(
            () ->
                ClientCertificate.pem(
                    certs.file("client.pem"), Optional.of(certs.file("client-encrypted.key"))))
        .hasMessage(
            "the key in "
                + certs.file("client-encrypted.key")
                + " is encrypted; give it unencrypted (openssl pkcs8 -topk8 -nocrypt), or give a"
                + " PKCS#12 file and its password");
  }

  @Test
  void aPemWithoutCertificateOrWithoutKeyIsNamed() throws Exception {
    assertThatThrownBy(
            () -> ClientCertificate.pem(certs.file("client.key"), Optional.of(certs.file("x"))))
        .hasMessageStartingWith("no certificate in " + certs.file("client.key") + "; give a PEM");
    Path notAKey = Files.writeString(dir.resolve("not-a-key.pem"), "hello");
    assertThatThrownBy(() -> ClientCertificate.pem(certs.file("client.pem"), Optional.of(notAKey)))
        .hasMessageStartingWith("no private key in " + notAKey + "; give the PEM file");
  }

  @Test
  void aServersRefusalAlertIsToldFromOtherTlsErrors() {
    assertThat(
            ClientCertificate.refusal(
                new java.io.IOException(
                    "wrapped",
                    new SSLHandshakeException("Received fatal alert: certificate_required"))))
        .contains("certificate_required");
    assertThat(ClientCertificate.refusal(new SSLHandshakeException("PKIX path building failed")))
        .isEmpty();
    assertThat(ClientCertificate.refusal(new java.io.IOException("Received fatal alert: x")))
        .isEmpty();
  }
}
