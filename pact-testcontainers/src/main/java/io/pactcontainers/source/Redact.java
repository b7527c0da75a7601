package io.pactcontainers.source;

import java.net.URI;

/** Keeps secrets out of messages and reports. */
public final class Redact {
  private Redact() {}

  /** The URI without any {@code user:password@} part. */
  public static String userInfo(URI uri) {
    if (uri.getUserInfo() == null) {
      return uri.toString();
    }
    return uri.toString().replace(uri.getRawUserInfo() + "@", "****@");
  }
}
