package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A request exactly as it went to the provider: what a reader needs to send it again. Besides these
 * headers only {@code Host} and {@code Content-Length} were sent, both derived from the URL and the
 * body as any HTTP client derives them.
 *
 * @param method the HTTP method
 * @param url the full URL, query included
 * @param headers the headers sent, in order, names as sent
 * @param body the bytes sent; empty when none
 */
public record SentRequest(
    String method, URI url, List<Map.Entry<String, String>> headers, byte[] body) {
  /**
   * Checks the components.
   *
   * @param method the HTTP method
   * @param url the full URL, query included
   * @param headers the headers sent, in order, names as sent
   * @param body the bytes sent; empty when none
   */
  public SentRequest {
    requireNonNull(method, "method");
    requireNonNull(url, "url");
    headers = List.copyOf(headers);
    body = body == null ? new byte[0] : body;
  }
}
