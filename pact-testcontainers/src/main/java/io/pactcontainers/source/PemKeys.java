package io.pactcontainers.source;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * PEM certificates and private keys, read with the JDK alone. The JDK reads PKCS#8 keys; the older
 * PKCS#1 ({@code RSA PRIVATE KEY}) and SEC1 ({@code EC PRIVATE KEY}) forms that openssl still
 * writes are wrapped into PKCS#8 first (RFC 5208 section 5, RFC 5915 section 3): a few DER bytes,
 * not a new dependency.
 */
final class PemKeys {
  private static final byte[] RSA_ALGORITHM = {
    0x30,
    0x0d,
    0x06,
    0x09,
    0x2a,
    (byte) 0x86,
    0x48,
    (byte) 0x86,
    (byte) 0xf7,
    0x0d,
    0x01,
    0x01,
    0x01,
    0x05,
    0x00
  };
  private static final byte[] EC_PUBLIC_KEY_OID = {
    0x06, 0x07, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02, 0x01
  };

  private PemKeys() {}

  static List<X509Certificate> certificates(String text, Path file) {
    List<X509Certificate> chain = ClientCertificate.parse(ClientCertificate.blocks(text), file);
    if (chain.isEmpty()) {
      throw new PactSourceException(
          "no certificate in "
              + file
              + "; give a PEM file of the client's certificate (-----BEGIN CERTIFICATE-----),"
              + " or a PKCS#12 file");
    }
    return chain;
  }

  /** The first private key in {@code text}, of the kind of {@code certificate}'s public key. */
  static Optional<PrivateKey> privateKey(String text, Path file, X509Certificate certificate) {
    for (ClientCertificate.Block b : ClientCertificate.blocks(text)) {
      byte[] pkcs8 =
          switch (b.type()) {
            case "PRIVATE KEY" -> b.der();
            case "RSA PRIVATE KEY" -> sequence(integerZero(), RSA_ALGORITHM, octets(b.der()));
            case "EC PRIVATE KEY" -> fromSec1(b.der(), file);
            case "ENCRYPTED PRIVATE KEY", "ENCRYPTED RSA PRIVATE KEY", "ENCRYPTED EC PRIVATE KEY" ->
                throw new PactSourceException(
                    "the key in "
                        + file
                        + " is encrypted; give it unencrypted (openssl pkcs8 -topk8 -nocrypt), or"
                        + " give a PKCS#12 file and its password");
            default -> null;
          };
      if (pkcs8 != null) {
        return Optional.of(read(pkcs8, file, certificate.getPublicKey().getAlgorithm()));
      }
    }
    return Optional.empty();
  }

  private static PrivateKey read(byte[] pkcs8, Path file, String algorithm) {
    try {
      return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    } catch (GeneralSecurityException e) {
      throw new PactSourceException(
          "cannot read the private key in "
              + file
              + " as a "
              + algorithm
              + " key like the certificate's: "
              + e.getMessage()
              + "; give the certificate's own key (PEM, PKCS#8)",
          e);
    }
  }

  /** SEC1's ECPrivateKey carries its curve in [0]; PKCS#8 wants it in the algorithm instead. */
  private static byte[] fromSec1(byte[] sec1, Path file) {
    int[] outer = header(sec1, 0);
    int pos = outer[0];
    while (pos < sec1.length) {
      int[] h = header(sec1, pos);
      if ((sec1[pos] & 0xff) == 0xa0) {
        byte[] curve = Arrays.copyOfRange(sec1, h[0], h[0] + h[1]);
        return sequence(integerZero(), sequence(EC_PUBLIC_KEY_OID, curve), octets(sec1));
      }
      pos = h[0] + h[1];
    }
    throw new PactSourceException(
        "the EC key in "
            + file
            + " does not name its curve; give it as PKCS#8 (openssl pkcs8 -topk8 -nocrypt)");
  }

  /** The offset of a DER element's content and its length. */
  private static int[] header(byte[] der, int pos) {
    int length = der[pos + 1] & 0xff;
    int content = pos + 2;
    if (length >= 0x80) {
      int bytes = length & 0x7f;
      length = 0;
      for (int i = 0; i < bytes; i++) {
        length = (length << 8) | (der[content + i] & 0xff);
      }
      content += bytes;
    }
    return new int[] {content, length};
  }

  private static byte[] integerZero() {
    return new byte[] {0x02, 0x01, 0x00};
  }

  private static byte[] octets(byte[] content) {
    return element(0x04, content);
  }

  private static byte[] sequence(byte[]... parts) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      content.writeBytes(p);
    }
    return element(0x30, content.toByteArray());
  }

  private static byte[] element(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int n = content.length;
    if (n < 0x80) {
      out.write(n);
    } else if (n < 0x100) {
      out.write(0x81);
      out.write(n);
    } else if (n < 0x10000) {
      out.write(0x82);
      out.write(n >> 8);
      out.write(n & 0xff);
    } else {
      out.write(0x83);
      out.write(n >> 16);
      out.write((n >> 8) & 0xff);
      out.write(n & 0xff);
    }
    out.writeBytes(content);
    return out.toByteArray();
  }
}
