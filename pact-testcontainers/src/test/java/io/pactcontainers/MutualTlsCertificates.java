package io.pactcontainers;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A private CA, a server certificate it signed (for {@code localhost} and {@code 127.0.0.1}) and
 * client certificates, made with openssl as users make theirs: the client's in PEM (PKCS#8, PKCS#1
 * and SEC1 keys), in PKCS#12 with a password, and a stranger's the CA did not sign.
 *
 * @param dir where the files are
 */
public record MutualTlsCertificates(Path dir) {
  /** The PKCS#12 file's password. */
  public static final String P12_PASSWORD = "p12-s3cret-word";

  /**
   * Makes them all in {@code dir}.
   *
   * @param dir an empty folder
   * @return the files
   */
  public static MutualTlsCertificates create(Path dir) throws Exception {
    openssl(
        dir,
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=test-ca",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign");
    openssl(
        dir,
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "server.key",
        "-out",
        "server.pem",
        "-days",
        "2",
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=DNS:localhost,IP:127.0.0.1",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key");
    openssl(
        dir,
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "client.key",
        "-out",
        "client.pem",
        "-days",
        "2",
        "-subj",
        "/CN=pact-client",
        "-addext",
        "extendedKeyUsage=clientAuth",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key");
    openssl(dir, "rsa", "-in", "client.key", "-traditional", "-out", "client-pkcs1.key");
    openssl(
        dir,
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        "client-ec-pkcs8.key",
        "-out",
        "client-ec.pem",
        "-days",
        "2",
        "-subj",
        "/CN=pact-ec-client",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key");
    openssl(dir, "ec", "-in", "client-ec-pkcs8.key", "-out", "client-ec.key");
    openssl(
        dir,
        "pkcs8",
        "-topk8",
        "-in",
        "client.key",
        "-out",
        "client-encrypted.key",
        "-passout",
        "pass:whatever");
    openssl(
        dir,
        "pkcs12",
        "-export",
        "-inkey",
        "client.key",
        "-in",
        "client.pem",
        "-certfile",
        "ca.pem",
        "-out",
        "client.p12",
        "-passout",
        "pass:" + P12_PASSWORD);
    openssl(
        dir,
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "stranger.key",
        "-out",
        "stranger.pem",
        "-days",
        "2",
        "-subj",
        "/CN=stranger");
    Files.writeString(
        dir.resolve("client-and-key.pem"),
        Files.readString(dir.resolve("client.pem")) + Files.readString(dir.resolve("client.key")));
    return new MutualTlsCertificates(dir);
  }

  /**
   * A file of the set: {@code ca.pem}, {@code server.pem}, {@code server.key}, {@code client.pem},
   * {@code client.key} (PKCS#8), {@code client-pkcs1.key}, {@code client-ec.pem}, {@code
   * client-ec.key} (SEC1), {@code client-encrypted.key}, {@code client.p12}, {@code
   * client-and-key.pem}, {@code stranger.pem}, {@code stranger.key}.
   */
  public Path file(String name) {
    return dir.resolve(name);
  }

  /**
   * A TLS context for an in-process server with the server certificate that asks every client for a
   * certificate the CA signed (with {@code HttpsParameters.setNeedClientAuth}).
   */
  public SSLContext serverContext() throws Exception {
    openssl(
        dir,
        "pkcs12",
        "-export",
        "-inkey",
        "server.key",
        "-in",
        "server.pem",
        "-out",
        "server.p12",
        "-passout",
        "pass:changeit");
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(dir.resolve("server.p12"))) {
      ks.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, "changeit".toCharArray());
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    try (InputStream in = Files.newInputStream(dir.resolve("ca.pem"))) {
      trust.setCertificateEntry(
          "ca", java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
    return ctx;
  }

  private static void openssl(Path dir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("openssl"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) { // no AssertJ: the invoker builds' Broker runs this without it
      throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out);
    }
  }
}
