package io.pactcontainers.source;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * A client certificate and its private key, read and checked once, for mutual TLS (a provider
 * behind an mTLS sidecar, a Broker or a pact server that asks for one). Accepted: a PEM file of the
 * certificate chain (the client's own certificate first) with a PEM key (PKCS#8 {@code PRIVATE
 * KEY}, PKCS#1 {@code RSA PRIVATE KEY} or SEC1 {@code EC PRIVATE KEY}; not encrypted), or a PKCS#12
 * file ({@code .p12}, {@code .pfx}) with its password. The certificate is always offered when a
 * server asks, whichever CAs it names: one key, as curl's {@code --cert} does.
 *
 * <p>The key lives in memory once read; a PKCS#12 file's password is kept only to be masked in
 * every output ({@link #secrets()}).
 */
public final class ClientCertificate {
  private static final Pattern PEM =
      Pattern.compile(
          "-----BEGIN ([A-Z0-9 ]+)-----\\s*(?:[^\\n]*:[^\\n]*\\n)*([A-Za-z0-9+/=\\s]*?)-----END \\1-----");

  /** The alerts a server sends when it wants a client certificate, or does not trust ours. */
  private static final Pattern REFUSAL =
      Pattern.compile(
          "Received fatal alert: (certificate_required|bad_certificate|unknown_ca"
              + "|certificate_unknown|access_denied|handshake_failure|unsupported_certificate"
              + "|certificate_revoked|certificate_expired)");

  private final String description;
  private final PrivateKey key;
  private final X509Certificate[] chain;
  private final List<String> secrets;
  private final Function<UnaryOperator<String>, String> curlOptions;
  private final Optional<String> curlPasswordVariable;

  private ClientCertificate(
      String description,
      PrivateKey key,
      X509Certificate[] chain,
      List<String> secrets,
      Function<UnaryOperator<String>, String> curlOptions,
      Optional<String> curlPasswordVariable) {
    this.description = description;
    this.key = key;
    this.chain = chain;
    this.secrets = List.copyOf(secrets);
    this.curlOptions = curlOptions;
    this.curlPasswordVariable = curlPasswordVariable;
  }

  /** A file as a reproduction line names it: from wherever the line is pasted. */
  private static String absolute(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  /** The same certificate, offered by curl with these options (the files, not their contents). */
  private ClientCertificate offeredByCurlWith(
      Function<UnaryOperator<String>, String> options, Optional<String> passwordVariable) {
    return new ClientCertificate(description, key, chain, secrets, options, passwordVariable);
  }

  /**
   * Reads a PEM certificate chain and its PEM key.
   *
   * @param certificate a PEM file of the client's certificate, then its CA chain
   * @param key a PEM file of its private key; empty: the key is in {@code certificate} too
   * @return the checked certificate
   * @throws PactSourceException saying what is wrong with which file and what to do
   */
  public static ClientCertificate pem(Path certificate, Optional<Path> key) {
    requireNonNull(certificate, "certificate");
    requireNonNull(key, "key");
    String certText = text(certificate);
    List<X509Certificate> chain = PemKeys.certificates(certText, certificate);
    Path keyFile = key.orElse(certificate);
    PrivateKey privateKey =
        PemKeys.privateKey(key.isPresent() ? text(keyFile) : certText, keyFile, chain.get(0))
            .orElseThrow(
                () ->
                    new PactSourceException(
                        "no private key in "
                            + keyFile
                            + "; give the PEM file of the certificate's key ("
                            + "-----BEGIN PRIVATE KEY-----)"));
    return checked(
            certificate + (key.isPresent() ? " with key " + keyFile : ""),
            privateKey,
            chain.toArray(X509Certificate[]::new),
            List.of())
        .offeredByCurlWith(
            quote ->
                "--cert "
                    + quote.apply(absolute(certificate))
                    + key.map(k -> " --key " + quote.apply(absolute(k))).orElse(""),
            Optional.empty());
  }

  /**
   * Reads a PKCS#12 file: its first key and that key's certificate chain.
   *
   * @param file the {@code .p12} or {@code .pfx} file
   * @param password its password; empty for a file without one
   * @param passwordFrom where the password came from, for the message when it is wrong ("the
   *     environment variable X")
   * @return the checked certificate
   * @throws PactSourceException saying what is wrong and what to do
   */
  public static ClientCertificate pkcs12(Path file, char[] password, String passwordFrom) {
    return pkcs12(file, password, passwordFrom, Optional.empty());
  }

  /**
   * Reads a PKCS#12 file whose password comes from an environment variable, which the curl lines
   * that reproduce a call then name instead of the password.
   *
   * @param file the {@code .p12} or {@code .pfx} file
   * @param password its password; empty for a file without one
   * @param passwordFrom where the password came from, for the message when it is wrong
   * @param passwordVariable the environment variable that holds the password, when one does
   * @return the checked certificate
   * @throws PactSourceException saying what is wrong and what to do
   */
  public static ClientCertificate pkcs12(
      Path file, char[] password, String passwordFrom, Optional<String> passwordVariable) {
    requireNonNull(file, "file");
    requireNonNull(password, "password");
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      for (String alias : Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias)) {
          Certificate[] chain = store.getCertificateChain(alias);
          if (chain == null || chain.length == 0) {
            break;
          }
          X509Certificate[] x509 = new X509Certificate[chain.length];
          for (int i = 0; i < chain.length; i++) {
            x509[i] = (X509Certificate) chain[i];
          }
          // curl takes the password after the file's name: given by the variable that holds it.
          Optional<String> variable =
              password.length == 0
                  ? Optional.empty()
                  : Optional.of(passwordVariable.orElse("CLIENT_CERTIFICATE_PASSWORD"));
          return checked(
                  file.toString(),
                  (PrivateKey) store.getKey(alias, password),
                  x509,
                  password.length == 0 ? List.of() : List.of(new String(password)))
              .offeredByCurlWith(
                  quote ->
                      "--cert-type P12 --cert "
                          + quote.apply(absolute(file))
                          + variable.map(v -> ":\"$" + v + "\"").orElse(""),
                  variable);
        }
      }
      throw new PactSourceException(
          "no private key with its certificate in "
              + file
              + "; give a PKCS#12 file made with the key (openssl pkcs12 -export -inkey ...)");
    } catch (IOException e) {
      if (e.getCause() instanceof java.security.UnrecoverableKeyException
          || String.valueOf(e.getMessage()).contains("password")) {
        throw new PactSourceException(
            "cannot open "
                + file
                + " with the password from "
                + passwordFrom
                + "; set it to the file's password",
            e);
      }
      throw new PactSourceException(
          "cannot read " + file + " as PKCS#12: " + e.getMessage() + "; give a .p12/.pfx file", e);
    } catch (GeneralSecurityException | ClassCastException e) {
      throw new PactSourceException(
          "cannot read " + file + " as PKCS#12: " + e.getMessage() + "; give a .p12/.pfx file", e);
    }
  }

  /**
   * Whether a file is PEM text rather than PKCS#12: which of the two to read it as.
   *
   * @param file the client certificate file
   * @return true when it starts with a PEM header
   */
  public static boolean isPem(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      String head = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
      return head.contains("-----BEGIN ");
    } catch (IOException e) {
      throw new PactSourceException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The TLS alert with which a server refused our handshake, when that is why {@code error}
   * happened: a server that asks for a client certificate and got none, or one it does not trust.
   *
   * @param error an error, its causes searched
   * @return the alert's name ({@code certificate_required}); empty for other errors
   */
  public static Optional<String> refusal(Throwable error) {
    for (Throwable c = error; c != null; c = c.getCause() == c ? null : c.getCause()) {
      Matcher m = REFUSAL.matcher(String.valueOf(c.getMessage()));
      if (c instanceof javax.net.ssl.SSLException && m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /**
   * The key managers that offer this certificate to any server asking for one.
   *
   * @return one key manager
   */
  public KeyManager[] keyManagers() {
    return new KeyManager[] {new OneKey(key, chain)};
  }

  /**
   * The files it was read from, and whose certificate it is.
   *
   * @return e.g. {@code client.pem with key client.key (CN=tests)}
   */
  public String description() {
    return description + " (" + chain[0].getSubjectX500Principal().getName() + ")";
  }

  /**
   * The options that make curl offer this certificate: its files, a PKCS#12 file's password by the
   * variable that holds it ({@code --cert-type P12 --cert 'client.p12':"$VAR"}), never the
   * password.
   *
   * @param quote how the caller's shell quotes a file's name
   * @return the options, as one piece of a command line
   */
  public String curlOptions(UnaryOperator<String> quote) {
    return curlOptions.apply(quote);
  }

  /**
   * The environment variable {@link #curlOptions} name for a PKCS#12 file's password, to be
   * exported before they run.
   *
   * @return the variable; empty for a PEM key or a file without a password
   */
  public Optional<String> curlPasswordVariable() {
    return curlPasswordVariable;
  }

  /**
   * What must never be shown: the PKCS#12 file's password.
   *
   * @return the password, or nothing
   */
  public List<String> secrets() {
    return secrets;
  }

  @Override
  public String toString() {
    return "ClientCertificate[" + description() + "]";
  }

  private static ClientCertificate checked(
      String description, PrivateKey key, X509Certificate[] chain, List<String> secrets) {
    X509Certificate own = chain[0];
    try {
      own.checkValidity();
    } catch (CertificateExpiredException | CertificateNotYetValidException e) {
      throw new PactSourceException(
          "the certificate in "
              + description
              + " is valid only from "
              + own.getNotBefore().toInstant()
              + " to "
              + own.getNotAfter().toInstant()
              + "; give a current one");
    }
    if (!matches(key, own)) {
      throw new PactSourceException(
          "the private key does not belong to the first certificate in "
              + description
              + "; give the certificate's own key, and the client's certificate first in the file");
    }
    return new ClientCertificate(
        description, key, chain.clone(), secrets, quote -> "", Optional.empty());
  }

  /** Signs and verifies a few bytes: true when the key is the certificate's. */
  private static boolean matches(PrivateKey key, X509Certificate certificate) {
    String algorithm =
        switch (key.getAlgorithm()) {
          case "RSA" -> "SHA256withRSA";
          case "EC" -> "SHA256withECDSA";
          case "EdDSA", "Ed25519", "Ed448" -> certificate.getPublicKey().getAlgorithm();
          case "DSA" -> "SHA256withDSA";
          default -> null;
        };
    if (algorithm == null) {
      return true; // a kind of key we cannot test: the server will tell
    }
    try {
      byte[] probe = "pact-testcontainers".getBytes(StandardCharsets.US_ASCII);
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(probe);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(certificate.getPublicKey());
      verifier.update(probe);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false; // a key of another kind than the certificate's
    }
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new PactSourceException(
          "cannot read " + file + ": " + e.getMessage() + "; check the file's permissions", e);
    }
  }

  /** The PEM blocks of a text: type and DER bytes. */
  record Block(String type, byte[] der) {}

  static List<Block> blocks(String text) {
    List<Block> blocks = new ArrayList<>();
    Matcher m = PEM.matcher(text.replace("\r", ""));
    while (m.find()) {
      String type = m.group(1);
      String body = m.group(2).replaceAll("\\s", "");
      boolean encrypted = m.group(0).contains("Proc-Type: 4,ENCRYPTED");
      try {
        blocks.add(
            new Block(encrypted ? "ENCRYPTED " + type : type, Base64.getDecoder().decode(body)));
      } catch (IllegalArgumentException e) {
        blocks.add(new Block(type, new byte[0]));
      }
    }
    return blocks;
  }

  static List<X509Certificate> parse(List<Block> blocks, Path file) {
    List<X509Certificate> chain = new ArrayList<>();
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      for (Block b : blocks) {
        if (b.type().equals("CERTIFICATE")) {
          chain.add(
              (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(b.der())));
        }
      }
    } catch (GeneralSecurityException e) {
      throw new PactSourceException(
          "cannot read the certificates in " + file + ": " + e.getMessage(), e);
    }
    return chain;
  }

  /** Offers the one certificate to every server that asks, whatever CAs it names. */
  private static final class OneKey extends X509ExtendedKeyManager {
    private static final String ALIAS = "client";
    private final PrivateKey key;
    private final X509Certificate[] chain;

    OneKey(PrivateKey key, X509Certificate[] chain) {
      this.key = key;
      this.chain = chain;
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
      return new String[] {ALIAS};
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
      return ALIAS;
    }

    @Override
    public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine e) {
      return ALIAS;
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
      return new String[0];
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
      return null;
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
      return ALIAS.equals(alias) ? chain.clone() : null;
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
      return ALIAS.equals(alias) ? key : null;
    }
  }
}
