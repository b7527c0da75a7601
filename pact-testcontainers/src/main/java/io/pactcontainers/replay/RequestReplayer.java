package io.pactcontainers.replay;

import io.pactcontainers.model.Body;
import io.pactcontainers.model.Headers;
import io.pactcontainers.model.HttpRequest;
import io.pactcontainers.model.HttpResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sends a pact's request to the provider exactly as the pact says (method, path, query, headers,
 * body) and returns what came back, over kept-alive connections.
 */
public final class RequestReplayer {
  private final URI baseUrl;
  private final HttpExchanger http;

  public RequestReplayer(URI baseUrl, HttpExchanger http) {
    this.baseUrl = baseUrl;
    this.http = http;
  }

  public URI uriOf(HttpRequest request) {
    try {
      String path = new URI(null, null, request.path(), null).getRawPath();
      StringBuilder uri = new StringBuilder(stripSlash(baseUrl.toString())).append(path.startsWith("/") ? "" : "/").append(path);
      String sep = "?";
      for (Map.Entry<String, List<String>> q : request.query().entrySet()) {
        for (String v : q.getValue()) {
          uri.append(sep).append(enc(q.getKey())).append('=').append(enc(v));
          sep = "&";
        }
      }
      return URI.create(uri.toString());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("invalid request path \"" + request.path() + "\": " + e.getMessage(), e);
    }
  }

  public HttpResponse send(HttpRequest request) {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (Map.Entry<String, List<String>> h : request.headers().values().entrySet()) {
      for (String v : h.getValue()) {
        headers.add(Map.entry(h.getKey(), v));
      }
    }
    byte[] body = null;
    if (request.body().isPresent()) {
      body = request.body().content();
      if (request.headers().all("Content-Type").isEmpty() && request.body().contentType() != null) {
        headers.add(Map.entry("Content-Type", request.body().contentType()));
      }
    }
    HttpExchanger.Reply reply;
    try {
      reply = http.exchange(request.method(), uriOf(request), headers, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
    }
    Headers replyHeaders = new Headers(reply.headers());
    String type = replyHeaders.joined("Content-Type").orElse(null);
    Body replyBody = reply.body().length == 0 ? Body.empty(type) : Body.of(reply.body(), type);
    return HttpResponse.received(reply.status(), replyHeaders, replyBody);
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
