package io.pactcontainers.replay;

import io.pactcontainers.model.Body;
import io.pactcontainers.model.Headers;
import io.pactcontainers.model.HttpRequest;
import io.pactcontainers.model.HttpResponse;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HeaderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends a pact's request to the provider with REST Assured, exactly as the pact says (method, path,
 * query, headers, body), and returns what came back. One HTTP client is reused for every request,
 * so connections are kept alive.
 */
public final class RequestReplayer {
  private final URI baseUrl;
  private final RestAssuredConfig config;

  public RequestReplayer(URI baseUrl, int timeoutMillis) {
    this.baseUrl = baseUrl;
    this.config = RestAssuredConfig.config()
        .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
        .headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("Accept", "Content-Type"))
        .redirect(RedirectConfig.redirectConfig().followRedirects(false))
        .httpClient(HttpClientConfig.httpClientConfig().reuseHttpClientInstance()
            .setParam("http.connection.timeout", timeoutMillis)
            .setParam("http.socket.timeout", timeoutMillis));
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
    RequestSpecification spec = RestAssured.given().config(config).urlEncodingEnabled(false);
    for (Map.Entry<String, List<String>> h : request.headers().values().entrySet()) {
      if (h.getKey().equalsIgnoreCase("Content-Type")) {
        spec.contentType(String.join(", ", h.getValue()));
      } else if (h.getKey().equalsIgnoreCase("Content-Length")) {
        continue; // computed from the body actually sent
      } else {
        for (String v : h.getValue()) {
          spec.header(h.getKey(), v);
        }
      }
    }
    if (request.body().isPresent()) {
      spec.body(request.body().content());
      if (request.headers().all("Content-Type").isEmpty() && request.body().contentType() != null) {
        spec.contentType(request.body().contentType());
      }
    }
    Response response = spec.request(request.method(), uriOf(request));
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (Header h : response.getHeaders()) {
      headers.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue());
    }
    byte[] bytes = response.asByteArray();
    String type = response.getContentType();
    Body body = bytes == null || bytes.length == 0 ? Body.empty(type == null || type.isEmpty() ? null : type)
        : Body.of(bytes, type == null || type.isEmpty() ? null : type);
    return HttpResponse.received(response.statusCode(), new Headers(headers), body);
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
