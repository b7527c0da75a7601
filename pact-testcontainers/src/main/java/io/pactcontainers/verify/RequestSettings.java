package io.pactcontainers.verify;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.message.MessageSource;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How the requests reach the provider: what is added to them, where they go, how long they may
 * take, how an https provider is trusted, and where messages are asked for.
 *
 * @param filters changes made to every request before it is sent, in order
 * @param headers headers set on requests (real tokens), each where it belongs
 * @param timeout how long one request or state call may take
 * @param basePath a path put before every interaction's request path ("/api" for a provider serving
 *     under it); state calls keep their own URL
 * @param followRedirects whether a 3xx answer is followed (up to 5 times) and the last answer
 *     matched, as the Rust verifier, pact-js and pact-python do (a redirect to another origin goes
 *     without the secret headers); off, as pact-jvm by default, a 3xx is the answer
 * @param tls how an https provider is trusted
 * @param messageUrl where to ask the provider for a message (path or URL); empty when the pacts
 *     have no message interactions
 * @param requestHooks code run on the verifying thread before each interaction's request, in order,
 *     before the filters
 * @param messageSource Java code that produces the messages (the {@code @MessageProvider} methods),
 *     asked before the message endpoint for the descriptions it answers
 */
public record RequestSettings(
    List<RequestFilter> filters,
    List<RequestHeader> headers,
    Duration timeout,
    String basePath,
    boolean followRedirects,
    ProviderTls tls,
    Optional<String> messageUrl,
    List<RequestHook> requestHooks,
    Optional<MessageSource> messageSource) {

  /** Nothing added, 30 seconds a request, redirects followed, the JVM's trust. */
  public static final RequestSettings DEFAULTS =
      new RequestSettings(
          List.of(),
          List.of(),
          Duration.ofSeconds(30),
          "",
          true, // as the Rust verifier, pact-js and pact-python do
          ProviderTls.jvmDefaults(),
          Optional.empty(),
          List.of(),
          Optional.empty());

  /**
   * Checks that nothing is null; the base path with one leading slash and none trailing.
   *
   * @param filters changes made to every request
   * @param headers headers set on requests
   * @param timeout how long one request may take
   * @param basePath a path put before every request path, "" for none
   * @param followRedirects whether 3xx answers are followed
   * @param tls how an https provider is trusted
   * @param messageUrl where to ask the provider for a message
   * @param requestHooks code run before each interaction's request
   * @param messageSource Java code that produces the messages
   */
  public RequestSettings {
    requestHooks = List.copyOf(requestHooks);
    filters = List.copyOf(filters);
    headers = List.copyOf(headers);
    requireNonNull(timeout, "timeout");
    requireNonNull(basePath, "basePath");
    basePath = basePath.isBlank() ? "" : "/" + basePath.strip().replaceAll("^/+|/+$", "");
    requireNonNull(tls, "tls");
    requireNonNull(messageUrl, "messageUrl");
    requireNonNull(messageSource, "messageSource");
  }

  /**
   * Without Java code that produces the messages.
   *
   * @param filters changes made to every request
   * @param headers headers set on requests
   * @param timeout how long one request may take
   * @param basePath a path put before every request path, "" for none
   * @param followRedirects whether 3xx answers are followed
   * @param tls how an https provider is trusted
   * @param messageUrl where to ask the provider for a message
   * @param requestHooks code run before each interaction's request
   */
  public RequestSettings(
      List<RequestFilter> filters,
      List<RequestHeader> headers,
      Duration timeout,
      String basePath,
      boolean followRedirects,
      ProviderTls tls,
      Optional<String> messageUrl,
      List<RequestHook> requestHooks) {
    this(
        filters,
        headers,
        timeout,
        basePath,
        followRedirects,
        tls,
        messageUrl,
        requestHooks,
        Optional.empty());
  }

  /**
   * Without before-request hooks.
   *
   * @param filters changes made to every request
   * @param headers headers set on requests
   * @param timeout how long one request may take
   * @param basePath a path put before every request path, "" for none
   * @param followRedirects whether 3xx answers are followed
   * @param tls how an https provider is trusted
   * @param messageUrl where to ask the provider for a message
   */
  public RequestSettings(
      List<RequestFilter> filters,
      List<RequestHeader> headers,
      Duration timeout,
      String basePath,
      boolean followRedirects,
      ProviderTls tls,
      Optional<String> messageUrl) {
    this(filters, headers, timeout, basePath, followRedirects, tls, messageUrl, List.of());
  }
}
