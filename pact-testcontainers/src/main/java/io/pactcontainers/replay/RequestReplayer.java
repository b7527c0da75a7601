package io.pactcontainers.replay;

import io.pactcontainers.model.Body;
import io.pactcontainers.model.Headers;
import io.pactcontainers.model.HttpRequest;
import io.pactcontainers.model.HttpResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Sends a pact's request to the provider exactly as the pact says (method, path, query, headers,
 * body) and returns what came back, over kept-alive connections.
 */
public final class RequestReplayer {
  private final URI baseUrl;
  private final ProviderHttpClient http;

  /** How many redirects in a row are followed, as browsers and HTTP clients bound them. */
  public static final int MAX_REDIRECTS = 5;

  private final boolean followRedirects;

  public RequestReplayer(URI baseUrl, ProviderHttpClient http) {
    this(baseUrl, http, false);
  }

  /**
   * @param baseUrl where the provider answers, with any base path
   * @param http the client
   * @param followRedirects whether a 3xx answer is followed: 303, and 301/302 to anything but a GET
   *     or HEAD, become a GET without body (as HTTP clients do, pact-jvm's among them); 307 and 308
   *     repeat the method and body
   */
  public RequestReplayer(URI baseUrl, ProviderHttpClient http, boolean followRedirects) {
    this.baseUrl = baseUrl;
    this.http = http;
    this.followRedirects = followRedirects;
  }

  public URI uriOf(HttpRequest request) {
    String path = encodePath(request.path());
    StringBuilder uri =
        new StringBuilder(stripSlash(baseUrl.toString()))
            .append(path.startsWith("/") ? "" : "/")
            .append(path);
    String sep = "?";
    for (Map.Entry<String, List<String>> q : request.query().entrySet()) {
      for (String v : q.getValue()) {
        uri.append(sep).append(enc(q.getKey())).append('=').append(enc(v));
        sep = "&";
      }
    }
    try {
      return new URI(uri.toString());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "invalid request path \"" + request.path() + "\": " + e.getMessage(), e);
    }
  }

  /**
   * The pact's path as sent: characters a path may hold (RFC 3986 pchar and "/") as they are, a
   * percent-encoded sequence already in the pact kept as written ({@code %20} stays {@code %20}, as
   * the Rust verifier and pact-jvm send it), everything else (spaces, {@code ?}, {@code #}, a lone
   * {@code %}, non-ASCII) percent-encoded as UTF-8. Written by hand: java.net.URI would re-encode
   * the {@code %} of {@code %20} or leave non-ASCII characters raw on the wire.
   */
  static String encodePath(String path) {
    StringBuilder out = new StringBuilder(path.length() + 16);
    byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
        out.append('%').append((char) bytes[i + 1]).append((char) bytes[i + 2]);
        i += 2;
      } else if (b < 0x80
          && (Character.isLetterOrDigit(b) || "-._~!$&'()*+,;=:@/".indexOf(b) >= 0)) {
        out.append((char) b);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 15, 16)));
      }
    }
    return out.toString();
  }

  private static boolean isHex(byte b) {
    return b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F';
  }

  /**
   * Sends the request as the pact has it and returns the answer.
   *
   * @param request the request
   * @return the answer (the last one, when redirects were followed)
   */
  public HttpResponse send(HttpRequest request) {
    return send(request, Set.of(), r -> {});
  }

  /**
   * A redirect followed.
   *
   * @param status the 3xx answer's status
   * @param method the method the next request goes with (a 303 turns a POST into a GET)
   * @param to where the next request goes
   * @param dropped the headers left out of it because it goes to another origin
   */
  public record Redirect(int status, String method, URI to, List<String> dropped) {
    /**
     * Checks the components.
     *
     * @param status the 3xx answer's status
     * @param method the method the next request goes with
     * @param to where the next request goes
     * @param dropped the headers left out of it
     */
    public Redirect {
      java.util.Objects.requireNonNull(method, "method");
      java.util.Objects.requireNonNull(to, "to");
      dropped = List.copyOf(dropped);
    }
  }

  /**
   * Sends the request and, where this replayer follows redirects, the requests they lead to. A
   * redirect to another origin (scheme, host or port) goes without the secret headers, as curl and
   * browsers do: the {@code confidential} ones (those the verifier's configuration and request
   * filters set) and {@code Authorization}, {@code Cookie}, {@code Proxy-Authorization} and {@code
   * X-Api-Key} from the pact; once dropped they stay dropped for the following hops.
   *
   * @param request the request
   * @param confidential names of headers sent only to the provider's own origin (any case)
   * @param followed told of each redirect followed, before its request goes
   * @return the answer (the last one, when redirects were followed)
   */
  public HttpResponse send(
      HttpRequest request, Set<String> confidential, Consumer<Redirect> followed) {
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
    URI first = uriOf(request);
    URI target = first;
    ProviderHttpClient.Reply reply = exchange(request, request.method(), target, headers, body);
    String method = request.method();
    for (int hop = 0; followRedirects && isRedirect(reply) && hop < MAX_REDIRECTS; hop++) {
      target = target.resolve(new Headers(reply.headers()).joined("Location").orElseThrow().trim());
      if (reply.status() == 303
          || (reply.status() == 301 || reply.status() == 302)
              && !method.equals("GET")
              && !method.equals("HEAD")) {
        method = "GET";
        body = null;
        headers.removeIf(h -> h.getKey().equalsIgnoreCase("Content-Type"));
      }
      List<String> dropped =
          sameOrigin(first, target) ? List.of() : dropConfidential(headers, confidential);
      followed.accept(new Redirect(reply.status(), method, target, dropped));
      reply = exchange(request, method, target, headers, body);
    }
    Headers replyHeaders = new Headers(reply.headers());
    String type = replyHeaders.joined("Content-Type").orElse(null);
    byte[] content =
        decoded(reply.body(), replyHeaders.joined("Content-Encoding").orElse(""), request, target);
    Body replyBody = content.length == 0 ? Body.empty(type) : Body.of(content, type);
    return HttpResponse.received(reply.status(), replyHeaders, replyBody);
  }

  /** Whether two URLs share scheme, host and port (RFC 6454), a default port counted as given. */
  static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(b.getScheme())
        && String.valueOf(a.getHost()).equalsIgnoreCase(String.valueOf(b.getHost()))
        && port(a) == port(b);
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }

  /** Removes the secret headers, returning their names as sent (each once). */
  private static List<String> dropConfidential(
      List<Map.Entry<String, String>> headers, Set<String> confidential) {
    Set<String> names = new java.util.HashSet<>(io.pactcontainers.Secrets.DEFAULT_SECRET_HEADERS);
    confidential.forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
    List<String> dropped = new ArrayList<>();
    headers.removeIf(
        h -> {
          boolean secret = names.contains(h.getKey().toLowerCase(Locale.ROOT));
          if (secret && !dropped.contains(h.getKey())) {
            dropped.add(h.getKey());
          }
          return secret;
        });
    return dropped;
  }

  private static boolean isRedirect(ProviderHttpClient.Reply reply) {
    return List.of(301, 302, 303, 307, 308).contains(reply.status())
        && new Headers(reply.headers()).joined("Location").isPresent();
  }

  private ProviderHttpClient.Reply exchange(
      HttpRequest request,
      String method,
      URI target,
      List<Map.Entry<String, String>> headers,
      byte[] body) {
    try {
      return http.exchange(method, target, headers, body);
    } catch (ProviderHttpClient.ProtocolException e) {
      throw new ReplayException(
          "The provider's answer to "
              + method
              + " "
              + target.getRawPath()
              + " broke HTTP: "
              + e.getMessage()
              + "; a verifier cannot judge such an answer: fix the provider's HTTP",
          e);
    } catch (IOException e) {
      throw new ReplayException(
          "Request to the provider failed: "
              + (e.getMessage() == null ? e.toString() : e.getMessage())
              + "; check that the provider is up at "
              + baseUrl
              + " and answers in time",
          e);
    }
  }

  /**
   * The body as the provider meant it: gzip and deflate undone before matching, as HTTP clients do
   * for their users (the headers stay as received, so a Content-Encoding expectation still sees
   * them).
   */
  private static byte[] decoded(byte[] body, String encoding, HttpRequest request, URI target) {
    String e = encoding.trim().toLowerCase(java.util.Locale.ROOT);
    if (body.length == 0 || e.isEmpty() || e.equals("identity")) {
      return body;
    }
    try {
      if (e.equals("gzip") || e.equals("x-gzip")) {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
          return in.readAllBytes();
        }
      }
      if (e.equals("deflate")) {
        // RFC 9110 says zlib-wrapped; some servers send raw deflate: try both, as browsers do.
        try (var in =
            new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(body))) {
          return in.readAllBytes();
        } catch (java.util.zip.ZipException raw) {
          try (var in =
              new java.util.zip.InflaterInputStream(
                  new java.io.ByteArrayInputStream(body), new java.util.zip.Inflater(true))) {
            return in.readAllBytes();
          }
        }
      }
    } catch (IOException ex) {
      throw new ReplayException(
          "The provider's answer to "
              + request.method()
              + " "
              + target.getRawPath()
              + " says Content-Encoding: "
              + encoding
              + " but its body cannot be decoded that way ("
              + ex.getMessage()
              + "); fix the provider's encoding",
          ex);
    }
    return body; // an encoding we do not know (br, zstd): matched as received
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
