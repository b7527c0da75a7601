package io.pactcontainers.verify;

import io.pactcontainers.model.HttpRequest;

/**
 * Changes a request before it is sent to the provider, where headers ({@link RequestHeader})
 * cannot: signing its body, a nonce per request. Runs after the configured headers are set, in the
 * order the filters were added.
 */
@FunctionalInterface
public interface RequestFilter {

  /**
   * Changes one request.
   *
   * @param request the request as the pact and its generators made it
   * @return the request to send
   */
  HttpRequest apply(HttpRequest request);
}
