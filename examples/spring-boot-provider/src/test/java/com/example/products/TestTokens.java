package com.example.products;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Bearer tokens as mint-token.sh prints them: "Bearer <unix time>.<HMAC-SHA256 of the time>". */
final class TestTokens {
  /** The secret of the example's POM (products.tokenSecret); a real build takes it from CI. */
  static final String SECRET_DEFAULT = "example-only-token-secret";

  private TestTokens() {}

  static String mint(String secret) {
    try {
      String minted = Long.toString(System.currentTimeMillis() / 1000);
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "Bearer "
          + minted
          + "."
          + HexFormat.of().formatHex(mac.doFinal(minted.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
