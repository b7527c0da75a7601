package io.pactcontainers.source;

import java.net.URI;
import java.util.Comparator;
import java.util.Optional;

/** Keeps secrets out of messages and reports. */
public final class Redact {
  private Redact() {}

  /**
   * The URI without any {@code user:password@} part.
   *
   * @param uri a URI that may carry credentials
   * @return it as text, the credentials shown as {@code ****}
   */
  public static String userInfo(URI uri) {
    if (uri.getUserInfo() == null) {
      return uri.toString();
    }
    return uri.toString().replace(uri.getRawUserInfo() + "@", "****@");
  }

  /**
   * The text with every form of the credentials' secret replaced by {@code ****}, for text a server
   * sent back (an error body that echoes the request's Authorization header, say).
   *
   * @param text what a server sent back, or null
   * @param credentials the credentials sent, if any
   * @return the text, masked
   */
  public static String secrets(String text, Optional<Credentials> credentials) {
    if (credentials.isEmpty() || text == null) {
      return text;
    }
    String out = text;
    // Longest first, so that a secret contained in another (a password in its base64 pair) cannot
    // leave a tail.
    for (String secret :
        credentials.get().secrets().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList()) {
      if (!secret.isEmpty()) {
        out = out.replace(secret, "****");
      }
    }
    return out;
  }
}
