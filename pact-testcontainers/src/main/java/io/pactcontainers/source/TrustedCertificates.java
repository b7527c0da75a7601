package io.pactcontainers.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * TLS that trusts the JVM's CAs plus those of a PEM file: a company CA in front of a Broker or a
 * pact server.
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
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, tmf.getTrustManagers(), null);
      return ctx;
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
