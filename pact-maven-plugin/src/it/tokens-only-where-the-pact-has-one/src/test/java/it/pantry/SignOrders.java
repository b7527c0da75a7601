package it.pantry;

import io.pactcontainers.model.Body;
import io.pactcontainers.model.HttpRequest;
import io.pactcontainers.verify.RequestFilter;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs every request that has a body, as the Pantry's clients do: X-Signature, an HMAC of it. */
public class SignOrders implements RequestFilter {
  private static final byte[] KEY = "it-order-signing-key".getBytes(StandardCharsets.UTF_8);

  @Override
  public HttpRequest apply(HttpRequest request) {
    Body body = request.body();
    if (!body.isPresent()) {
      return request;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
      String signature = HexFormat.of().formatHex(mac.doFinal(body.content()));
      return request.withHeaders(request.headers().with("X-Signature", List.of(signature)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign: " + e.getMessage(), e);
    }
  }
}
