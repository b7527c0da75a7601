package io.pactcontainers.broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.source.HttpProxy;
import io.pactcontainers.source.ProxyTrouble;
import io.pactcontainers.source.Redact;
import io.pactcontainers.source.TrustedCertificates;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Talks HAL+JSON to the Broker: follows links by relation, never by hard-coded paths; retries only
 * what is safe to repeat; turns every failure into a message naming the URL, the status, the
 * Broker's whole error and what to do. Credentials go into their header only, and are masked in
 * anything the Broker sends back.
 *
 * <p>The JDK client is used, not the replay path's: Broker calls are a handful per run, and its
 * defaults (redirects, TLS, timeouts) are what a Broker client wants.
 */
final class HalClient {
  /** The longest Retry-After we wait for; a Broker asking for more is reported instead. */
  static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(2);

  // Pacts come through here too: the same size limit as for local pacts, not Jackson's 20 MB
  // strings.
  private final ObjectMapper mapper =
      io.pactcontainers.json.JsonMappers.limitedTo(
          new ObjectMapper(), io.pactcontainers.model.JsonLimits.DEFAULT.maxBytes());
  private final PactBroker config;
  private final HttpClient http;
  private final Sleeper sleeper;

  /** How the client waits between attempts; tests record the waits instead of sleeping. */
  interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  HalClient(PactBroker config) {
    this(config, d -> Thread.sleep(d.toMillis()));
  }

  HalClient(PactBroker config, Sleeper sleeper) {
    this.config = config;
    this.sleeper = sleeper;
    HttpClient.Builder b =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.timeout())
            .followRedirects(HttpClient.Redirect.NORMAL);
    TrustedCertificates.context(config.caCertificate(), config.clientCertificate())
        .ifPresent(b::sslContext);
    b.proxy(config.proxies().selector());
    this.http = b.build();
  }

  /**
   * What one Broker endpoint is, for messages ("the Broker index"), and whether a request to it may
   * be repeated when its answer is lost: reads and PUTs may, a POST that records something may not.
   */
  record Endpoint(String description, URI uri, boolean repeatable) {
    static Endpoint read(String description, URI uri) {
      return new Endpoint(description, uri, true);
    }

    static Endpoint write(String description, URI uri) {
      return new Endpoint(description, uri, false);
    }
  }

  PactBroker config() {
    return config;
  }

  JsonNode index() {
    return get(Endpoint.read("the Broker index", config.url()));
  }

  JsonNode get(Endpoint endpoint) {
    return send(endpoint, "GET", null);
  }

  /**
   * A resource that must exist: a 404 is the caller's sentence (which name or version to check),
   * not the Broker's.
   */
  JsonNode getExisting(Endpoint endpoint, String whenMissing) {
    try {
      return get(endpoint);
    } catch (BrokerException e) {
      if (e.status() == 404) {
        throw new BrokerException(whenMissing, 404, e);
      }
      throw e;
    }
  }

  JsonNode post(Endpoint endpoint, Object body) {
    return send(endpoint, "POST", body);
  }

  JsonNode put(Endpoint endpoint, Object body) {
    return send(endpoint, "PUT", body);
  }

  JsonNode delete(Endpoint endpoint) {
    return send(endpoint, "DELETE", null);
  }

  /** A link the Broker must offer for this goal; a Broker without it is too old for it. */
  URI requiredLink(JsonNode resource, String rel, Map<String, String> params, String needs) {
    return link(resource, rel, params)
        .orElseThrow(
            () ->
                new BrokerException(
                    "The Pact Broker at "
                        + Redact.userInfo(config.url())
                        + " offers no "
                        + rel
                        + " link; "
                        + needs));
  }

  /** A JSON merge patch (RFC 7396), the only kind the Broker's PATCH resources accept. */
  JsonNode patch(Endpoint endpoint, Object body) {
    return send(endpoint, "PATCH", body, "application/merge-patch+json");
  }

  /** The href of a link relation, with its template filled in; empty when the resource lacks it. */
  Optional<URI> link(JsonNode resource, String rel, Map<String, String> params) {
    JsonNode l = resource.path("_links").path(rel);
    if (l.isArray() && l.size() > 0) {
      l = l.get(0);
    }
    return href(l, rel, params);
  }

  /** Of a link relation that is a list ({@code pb:record-deployment}), the entry with this name. */
  Optional<URI> namedLink(JsonNode resource, String rel, String name) {
    for (JsonNode l : resource.path("_links").path(rel)) {
      if (name.equals(l.path("name").asText(null))) {
        return href(l, rel, Map.of());
      }
    }
    return Optional.empty();
  }

  /** The names of the entries of a list-valued link relation. */
  List<String> linkNames(JsonNode resource, String rel) {
    List<String> names = new ArrayList<>();
    resource.path("_links").path(rel).forEach(l -> names.add(l.path("name").asText("?")));
    return names;
  }

  private Optional<URI> href(JsonNode l, String rel, Map<String, String> params) {
    if (!l.path("href").isTextual()) {
      return Optional.empty();
    }
    String href = l.get("href").textValue();
    for (Map.Entry<String, String> p : params.entrySet()) {
      href =
          href.replace(
              "{" + p.getKey() + "}",
              URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
    }
    try {
      return Optional.of(config.url().resolve(href));
    } catch (IllegalArgumentException e) {
      throw new BrokerException("The Broker's link " + rel + " is not a valid URL: " + href);
    }
  }

  private JsonNode send(Endpoint endpoint, String method, Object body) {
    return send(endpoint, method, body, "application/json");
  }

  private JsonNode send(Endpoint endpoint, String method, Object body, String contentType) {
    Optional<HttpProxy> via = config.proxies().forUri(endpoint.uri());
    String where =
        endpoint.description()
            + " at "
            + Redact.userInfo(endpoint.uri())
            + ProxyTrouble.through(via);
    byte[] json;
    try {
      json = body == null ? null : mapper.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new BrokerException("Cannot encode the request to " + where + ": " + e.getMessage(), e);
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint.uri())
            .timeout(config.timeout())
            .header("Accept", "application/hal+json, application/json");
    config.credentials().ifPresent(c -> request.header(c.headerName(), c.headerValue()));
    config
        .proxies()
        .authorization(endpoint.uri())
        .ifPresent(v -> request.header("Proxy-Authorization", v));
    if (json != null) {
      request
          .header("Content-Type", contentType)
          .method(method, HttpRequest.BodyPublishers.ofByteArray(json));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    int attempt = 0;
    int timeouts = 0;
    while (true) {
      attempt++;
      HttpResponse<byte[]> response;
      try {
        response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        boolean nothingSent =
            e instanceof ConnectException
                || e instanceof HttpConnectTimeoutException
                || e.getCause() instanceof UnresolvedAddressException;
        boolean timedOut = e instanceof HttpTimeoutException && !nothingSent;
        // A Broker that hangs is asked once more, not retries times: each wait is the whole
        // timeout.
        if ((nothingSent || endpoint.repeatable())
            && attempt <= config.retries()
            && io.pactcontainers.source.ClientCertificate.refusal(e).isEmpty() // it would again
            && !(timedOut && timeouts++ >= 1)) {
          pause(backoff(attempt));
          continue;
        }
        Optional<String> proxy = ProxyTrouble.of(via, endpoint.uri(), e);
        if (proxy.isPresent()) {
          throw new BrokerException(
              "The Pact Broker could not be asked for "
                  + endpoint.description()
                  + " at "
                  + Redact.userInfo(endpoint.uri())
                  + ": "
                  + proxy.get(),
              0,
              e);
        }
        throw new BrokerException(
            noAnswer(endpoint, where, e, attempt, nothingSent), 0, e, timedOut);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BrokerException("Interrupted while calling " + where, e);
      }
      int status = response.statusCode();
      if (status == 407 && via.isPresent()) {
        throw new BrokerException(
            "The Pact Broker could not be asked for "
                + endpoint.description()
                + " at "
                + Redact.userInfo(endpoint.uri())
                + ": "
                + ProxyTrouble.credentialsRefused(via.get(), endpoint.uri()),
            407,
            null);
      }
      if (status == 429 && attempt <= config.retries()) {
        // Rate limited: the Broker did not act on the request, so even a POST may be sent again.
        Duration wait = retryAfter(response).orElse(backoff(attempt));
        if (wait.compareTo(LONGEST_RETRY_AFTER) > 0) {
          throw new BrokerException(
              "The Pact Broker is rate limiting requests (HTTP 429) to "
                  + where
                  + " and asks to wait "
                  + wait.toSeconds()
                  + " s (Retry-After), more than the "
                  + LONGEST_RETRY_AFTER.toSeconds()
                  + " s we wait; run again later",
              429,
              null);
        }
        pause(wait);
        continue;
      }
      if ((status == 502 || status == 503 || status == 504)
          && endpoint.repeatable()
          && attempt <= config.retries()) {
        pause(backoff(attempt));
        continue;
      }
      if (status / 100 != 2) {
        throw new BrokerException(
            refusal(endpoint, where, status, attempt, response.body()), status, null);
      }
      if (response.body().length == 0) {
        return mapper.createObjectNode();
      }
      try {
        JsonNode n = mapper.readTree(response.body());
        if (n == null || !n.isObject()) {
          throw new BrokerException(
              "The Pact Broker answered something other than a JSON object for "
                  + where
                  + ": "
                  + masked(response.body()),
              status,
              null);
        }
        return n;
      } catch (IOException e) {
        throw new BrokerException(
            "The Pact Broker answered malformed JSON for " + where + ": " + masked(response.body()),
            status,
            e);
      }
    }
  }

  private String noAnswer(
      Endpoint endpoint, String where, IOException e, int attempt, boolean nothingSent) {
    Optional<String> refusal = io.pactcontainers.source.ClientCertificate.refusal(e);
    if (refusal.isPresent()) {
      return "The Pact Broker refused the TLS handshake ("
          + refusal.get()
          + ") for "
          + where
          + (config.clientCertificate().isPresent()
              ? "; it does not accept the client certificate "
                  + config.clientCertificate().get().description()
                  + ": give one signed by a CA the Broker trusts"
              : "; it asks for a client certificate (mutual TLS): give one it trusts with the"
                  + " Broker's clientCertificate");
    }
    String what =
        e instanceof HttpTimeoutException && !nothingSent
            ? "did not answer within " + config.timeout().toSeconds() + " s"
            : "could not be reached (" + cause(e) + ")";
    String s =
        "The Pact Broker "
            + what
            + " for "
            + where
            + " after "
            + attempt
            + " attempt"
            + (attempt == 1 ? "" : "s");
    if (!endpoint.repeatable() && !nothingSent) {
      return s
          + "; the request was not sent again, because it may have reached the Broker: check in the Broker whether "
          + endpoint.description()
          + " were recorded before running again";
    }
    return s + "; check the Broker URL and that it is up";
  }

  /**
   * What went wrong on the wire, in words: the JDK says "ClosedChannelException" for a refused
   * connection.
   */
  private static String cause(IOException e) {
    if (e instanceof HttpConnectTimeoutException) {
      return "connecting timed out";
    }
    // The JDK's client says an unknown host with a ConnectException around the cause.
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
        return "unknown host";
      }
    }
    if (e instanceof ConnectException) {
      return "connection refused";
    }
    if (e instanceof javax.net.ssl.SSLException) {
      return "TLS failed: " + e.getMessage();
    }
    return e.getMessage() == null
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private String refusal(Endpoint endpoint, String where, int status, int attempt, byte[] body) {
    String error = brokerError(body);
    String detail = error.isEmpty() ? "" : ": " + error;
    return switch (status) {
      case 401 ->
          "The Pact Broker refused the credentials (HTTP 401) for "
              + where
              + detail
              + "; check the token or username and password configured for it";
      case 403 ->
          "The Pact Broker denied access (HTTP 403) to "
              + where
              + detail
              + "; the credentials lack the permission for this";
      case 404 ->
          "The Pact Broker found nothing (HTTP 404) for "
              + where
              + "; check the Broker URL and the names used";
      default ->
          "The Pact Broker answered HTTP "
              + status
              + " for "
              + where
              + (attempt > 1 ? " after " + attempt + " attempts" : "")
              + detail
              + (endpoint.repeatable() || status / 100 == 4
                  ? ""
                  : "; the request was not sent again, because it may have reached the Broker: check in the Broker whether "
                      + endpoint.description()
                      + " were recorded before running again");
    };
  }

  /**
   * The Broker's whole error, in one line: its {@code errors} object ({@code {"field":
   * ["message"]}} or a list), a problem+json {@code detail}, an {@code error} text, or else the
   * body as sent.
   */
  private String brokerError(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    if (text.isEmpty()) {
      return "";
    }
    JsonNode json;
    try {
      json = mapper.readTree(text);
    } catch (IOException e) {
      return masked(body);
    }
    List<String> parts = new ArrayList<>();
    JsonNode errors = json == null ? null : json.get("errors");
    if (errors != null && errors.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = errors.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        List<String> messages = new ArrayList<>();
        if (e.getValue().isArray()) {
          e.getValue().forEach(m -> messages.add(m.isTextual() ? m.textValue() : m.toString()));
        } else {
          messages.add(
              e.getValue().isTextual() ? e.getValue().textValue() : e.getValue().toString());
        }
        parts.add(e.getKey() + ": " + String.join("; ", messages));
      }
    } else if (errors != null && errors.isArray()) {
      errors.forEach(
          m -> parts.add(m.isTextual() ? m.textValue() : m.path("message").asText(m.toString())));
    } else if (json != null && json.path("detail").isTextual()) {
      parts.add(json.get("detail").textValue());
    } else if (json != null && json.path("error").isTextual()) {
      parts.add(json.get("error").textValue());
    } else if (json != null && json.path("error").path("message").isTextual()) {
      parts.add(json.get("error").get("message").textValue());
    }
    String joined = parts.isEmpty() ? text : String.join(" | ", parts);
    return io.pactcontainers.model.Printable.of(
        Redact.secrets(joined.replaceAll("\\s*\\n\\s*", " "), config.credentials()));
  }

  private String masked(byte[] body) {
    return io.pactcontainers.model.Printable.of(
        Redact.secrets(new String(body, StandardCharsets.UTF_8).strip(), config.credentials()));
  }

  /** Retry-After as seconds or as an HTTP date (RFC 9110, 10.2.3). */
  static Optional<Duration> retryAfter(HttpResponse<?> response) {
    Optional<String> value = response.headers().firstValue("Retry-After").map(String::trim);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.get()))));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException ignored) {
        return Optional.empty();
      }
    }
  }

  private static Duration backoff(int attempt) {
    return Duration.ofMillis(Math.min(2000L, 200L * (1L << (attempt - 1))));
  }

  private void pause(Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BrokerException("Interrupted while waiting to call the Pact Broker again", e);
    }
  }
}
