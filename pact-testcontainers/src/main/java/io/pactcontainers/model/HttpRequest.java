package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request of an HTTP interaction, exactly as the consumer sent it.
 *
 * @param method the HTTP method
 * @param path the path, not encoded
 * @param query the query parameters, names to values in order
 * @param headers the headers
 * @param body the body
 * @param matchingRules the pact's rules for the request
 * @param generators the pact's generators for the request
 */
public record HttpRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Headers headers,
    Body body,
    MatchingRules matchingRules,
    Generators generators) {

  /**
   * Checks the components.
   *
   * @param method the HTTP method
   * @param path the path, not encoded
   * @param query the query parameters, names to values in order
   * @param headers the headers
   * @param body the body
   * @param matchingRules the pact's rules for the request
   * @param generators the pact's generators for the request
   */
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

  /**
   * @param newPath the path
   * @return a copy with that path
   */
  public HttpRequest withPath(String newPath) {
    return new HttpRequest(method, newPath, query, headers, body, matchingRules, generators);
  }

  /**
   * @param newQuery the query parameters
   * @return a copy with that query
   */
  public HttpRequest withQuery(Map<String, List<String>> newQuery) {
    return new HttpRequest(method, path, newQuery, headers, body, matchingRules, generators);
  }

  /**
   * @param newHeaders the headers
   * @return a copy with those headers
   */
  public HttpRequest withHeaders(Headers newHeaders) {
    return new HttpRequest(method, path, query, newHeaders, body, matchingRules, generators);
  }

  /**
   * The same request with one header set to one value, replacing the values it had.
   *
   * @param name the header's name
   * @param value its value
   * @return the new request
   */
  public HttpRequest withHeader(String name, String value) {
    return withHeaders(headers.with(name, List.of(value)));
  }

  /**
   * @param newBody the body
   * @return a copy with that body
   */
  public HttpRequest withBody(Body newBody) {
    return new HttpRequest(method, path, query, headers, newBody, matchingRules, generators);
  }
}
