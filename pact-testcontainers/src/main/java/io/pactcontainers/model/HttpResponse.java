package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

/**
 * An HTTP response: the one a pact expects, or the one the provider returned.
 *
 * @param status the status code, or 0 when the pact does not say (V1 allowed that)
 * @param headers the headers
 * @param body the body
 * @param matchingRules the pact's rules for the response (none for a received one)
 * @param generators the pact's generators for the response (none for a received one)
 */
public record HttpResponse(
    int status, Headers headers, Body body, MatchingRules matchingRules, Generators generators) {
  /**
   * Checks the components.
   *
   * @param status the status code, or 0 when the pact does not say (V1 allowed that)
   * @param headers the headers
   * @param body the body
   * @param matchingRules the pact's rules for the response (none for a received one)
   * @param generators the pact's generators for the response (none for a received one)
   */
  public HttpResponse {
    requireNonNull(headers, "headers");
    requireNonNull(body, "body");
    requireNonNull(matchingRules, "matchingRules");
    requireNonNull(generators, "generators");
  }

  /**
   * A response as received from a provider: it has no rules of its own.
   *
   * @param status the status code
   * @param headers the headers
   * @param body the body
   * @return the response
   */
  public static HttpResponse received(int status, Headers headers, Body body) {
    return new HttpResponse(status, headers, body, MatchingRules.none(), Generators.none());
  }
}
