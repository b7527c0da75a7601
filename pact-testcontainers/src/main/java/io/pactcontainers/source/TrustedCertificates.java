package io.pactcontainers.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * TLS that trusts the JVM's CAs plus those of a PEM file: a company CA in front of a Broker or a
 * pact server; and offers a {@link ClientCertificate} to a server that asks for one (mutual TLS).
 */
public final class TrustedCertificates {
  private TrustedCertificates() {}

  /**
   * A TLS context that trusts the JVM's CAs and the certificates in {@code pem}.
   *
   * @param pem a PEM file of one or more certificates
   * @return the context
   * @throws PactSourceException naming the file when it cannot be read as PEM certificates
   */
  public static SSLContext jvmPlus(Path pem) {
    return context(Optional.of(pem), Optional.empty()).orElseThrow();
  }

  /**
   * The TLS context for a server that may have a private CA and may ask for a client certificate.
   *
   * @param ca a PEM file of CAs trusted besides the JVM's; empty: the JVM's alone
   * @param client the certificate offered when the server asks for one; empty: none
   * @return the context; empty when both are empty (the JVM's default serves)
   * @throws PactSourceException naming the CA file when it cannot be read as PEM certificates
   */
  public static Optional<SSLContext> context(
      Optional<Path> ca, Optional<ClientCertificate> client) {
    if (ca.isEmpty() && client.isEmpty()) {
      return Optional.empty();
    }
    try {
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(
          client.map(ClientCertificate::keyManagers).orElse(null),
          ca.map(TrustedCertificates::trustManagers).orElse(null),
          null);
      return Optional.of(ctx);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no TLS in this JVM", e);
    }
  }

  private static TrustManager[] trustManagers(Path pem) {
    try {
      KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
      ks.load(null, null);
      TrustManagerFactory jvm =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      jvm.init((KeyStore) null);
      int i = 0;
      for (TrustManager tm : jvm.getTrustManagers()) {
        if (tm instanceof X509TrustManager x) {
          for (Certificate c : x.getAcceptedIssuers()) {
            ks.setCertificateEntry("jvm-" + i++, c);
          }
        }
      }
      int own = 0;
      try (InputStream in = Files.newInputStream(pem)) {
        for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
          ks.setCertificateEntry("custom-" + i++, c);
          own++;
        }
      }
      if (own == 0) {
        throw new GeneralSecurityException("no certificate in it");
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(ks);
      return tmf.getTrustManagers();
    } catch (IOException | GeneralSecurityException e) {
      throw new PactSourceException(
          "Cannot use the CA certificate "
              + pem
              + ": "
              + e.getMessage()
              + "; give a PEM file with one or more certificates",
          e);
    }
  }
}
