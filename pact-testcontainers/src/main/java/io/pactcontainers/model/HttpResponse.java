package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

/**
 * An HTTP response: the one a pact expects, or the one the provider returned.
 *
 * @param status the status code, or 0 when the pact does not say (V1 allowed that)
 */
public record HttpResponse(
    int status, Headers headers, Body body, MatchingRules matchingRules, Generators generators) {
  public HttpResponse {
    requireNonNull(headers, "headers");
    requireNonNull(body, "body");
    requireNonNull(matchingRules, "matchingRules");
    requireNonNull(generators, "generators");
  }

  /** A response as received from a provider: it has no rules of its own. */
  public static HttpResponse received(int status, Headers headers, Body body) {
    return new HttpResponse(status, headers, body, MatchingRules.none(), Generators.none());
  }
}
