package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The request of an HTTP interaction, exactly as the consumer sent it. */
public record HttpRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Headers headers,
    Body body,
    MatchingRules matchingRules,
    Generators generators) {

  public HttpRequest {
    requireNonNull(method, "method");
    requireNonNull(path, "path");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    query.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    query = Collections.unmodifiableMap(copy);
    requireNonNull(headers, "headers");
    requireNonNull(body, "body");
    requireNonNull(matchingRules, "matchingRules");
    requireNonNull(generators, "generators");
  }

  public HttpRequest withPath(String newPath) {
    return new HttpRequest(method, newPath, query, headers, body, matchingRules, generators);
  }

  public HttpRequest withQuery(Map<String, List<String>> newQuery) {
    return new HttpRequest(method, path, newQuery, headers, body, matchingRules, generators);
  }

  public HttpRequest withHeaders(Headers newHeaders) {
    return new HttpRequest(method, path, query, newHeaders, body, matchingRules, generators);
  }

  public HttpRequest withBody(Body newBody) {
    return new HttpRequest(method, path, query, headers, newBody, matchingRules, generators);
  }
}
