package io.pactcontainers.verify;

import io.pactcontainers.model.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes a request before it is sent to the provider, e.g. to add a real auth token where the pact
 * has a placeholder.
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

  /**
   * Adds these headers, replacing any of the same name the pact gives.
   *
   * @param headers names and values to set
   * @return the filter
   */
  static RequestFilter headers(Map<String, String> headers) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    return request -> {
      var h = request.headers();
      for (Map.Entry<String, String> e : copy.entrySet()) {
        h = h.with(e.getKey(), List.of(e.getValue()));
      }
      return request.withHeaders(h);
    };
  }
}
