package com.example.products;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets through only requests with a bearer token minted within the last hour: {@code <unix
 * time>.<hex HMAC-SHA256 of the time>}, keyed with {@code products.token-secret}. The provider
 * state endpoint (profile "pact" only) is not the API and needs none.
 */
@Component
public class BearerTokenFilter extends OncePerRequestFilter {
  private final byte[] secret;

  public BearerTokenFilter(@Value("${products.token-secret}") String secret) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getRequestURI().startsWith("/_pact/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!fresh(request.getHeader("Authorization"))) {
      response.setStatus(401);
      response.setContentType("application/json");
      response.getWriter().write("{\"error\":\"Unauthorized\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean fresh(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    String[] parts = authorization.substring(7).split("\\.");
    if (parts.length != 2 || !parts[0].matches("\\d{1,12}")) {
      return false;
    }
    long age = System.currentTimeMillis() / 1000 - Long.parseLong(parts[0]);
    if (age < -60 || age > 3600) {
      return false;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] expected = mac.doFinal(parts[0].getBytes(StandardCharsets.UTF_8));
      return MessageDigest.isEqual(
          HexFormat.of().formatHex(expected).getBytes(StandardCharsets.UTF_8),
          parts[1].getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
