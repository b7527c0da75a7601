package io.pactcontainers.broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.source.Redact;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Talks HAL+JSON to the Broker: follows links by relation, never by hard-coded paths; retries
 * transient failures; turns every failure into a message naming the URL, the status and what to do.
 * Credentials go into the Authorization header only, never into a message.
 */
final class HalClient {
  private final ObjectMapper mapper = new ObjectMapper();
  private final BrokerConfig config;
  private final HttpClient http;

  HalClient(BrokerConfig config) {
    this.config = config;
    HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(config.timeout())
        .followRedirects(HttpClient.Redirect.NORMAL);
    config.caCertificate().ifPresent(pem -> b.sslContext(sslContextTrusting(pem)));
    this.http = b.build();
  }

  /** What one Broker endpoint is, for messages: "the Broker index", "the pacts for verification". */
  record Endpoint(String description, URI uri) {}

  JsonNode index() {
    return get(new Endpoint("the Broker index", config.url()));
  }

  JsonNode get(Endpoint endpoint) {
    return send(endpoint, "GET", null);
  }

  JsonNode post(Endpoint endpoint, Object body) {
    return send(endpoint, "POST", body);
  }

  JsonNode put(Endpoint endpoint, Object body) {
    return send(endpoint, "PUT", body);
  }

  /** The href of a link relation, with its template filled in; empty when the resource lacks it. */
  Optional<URI> link(JsonNode resource, String rel, Map<String, String> params) {
    JsonNode l = resource.path("_links").path(rel);
    if (l.isArray() && l.size() > 0) {
      l = l.get(0);
    }
    if (!l.path("href").isTextual()) {
      return Optional.empty();
    }
    String href = l.get("href").textValue();
    for (Map.Entry<String, String> p : params.entrySet()) {
      href = href.replace("{" + p.getKey() + "}", URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
    }
    try {
      return Optional.of(config.url().resolve(href));
    } catch (IllegalArgumentException e) {
      throw new BrokerException("The Broker's link " + rel + " is not a valid URL: " + href);
    }
  }

  private JsonNode send(Endpoint endpoint, String method, Object body) {
    String where = endpoint.description() + " at " + Redact.userInfo(endpoint.uri());
    byte[] json;
    try {
      json = body == null ? null : mapper.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new BrokerException("Cannot encode the request to " + where + ": " + e.getMessage(), e);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.uri()).timeout(config.timeout())
        .header("Accept", "application/hal+json, application/json");
    config.credentials().ifPresent(c -> request.header("Authorization", c.authorizationHeader()));
    if (json != null) {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(json));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    int attempt = 0;
    while (true) {
      attempt++;
      HttpResponse<byte[]> response;
      try {
        response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        if (attempt <= config.retries()) {
          pause(attempt);
          continue;
        }
        throw new BrokerException("The Pact Broker did not answer (" + where + "): " + e
            + " after " + attempt + " attempt(s); check the Broker URL and that it is up", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BrokerException("Interrupted while calling " + where, e);
      }
      int status = response.statusCode();
      if ((status == 502 || status == 503 || status == 504 || status == 429) && attempt <= config.retries()) {
        pause(attempt);
        continue;
      }
      if (status == 401) {
        throw new BrokerException("The Pact Broker refused the credentials (HTTP 401) for " + where
            + "; check the token or username and password configured for it");
      }
      if (status == 403) {
        throw new BrokerException("The Pact Broker denied access (HTTP 403) to " + where
            + "; the credentials lack the permission for this");
      }
      if (status == 404) {
        throw new BrokerException("The Pact Broker has no " + endpoint.description() + " (HTTP 404 at "
            + Redact.userInfo(endpoint.uri()) + "); check the Broker URL and the pacticipant names");
      }
      if (status / 100 != 2) {
        throw new BrokerException("The Pact Broker answered HTTP " + status + " for " + where
            + (attempt > 1 ? " after " + attempt + " attempts" : "") + brief(response.body()));
      }
      if (response.body().length == 0) {
        return mapper.createObjectNode();
      }
      try {
        JsonNode n = mapper.readTree(response.body());
        if (n == null || !n.isObject()) {
          throw new BrokerException("The Pact Broker answered something other than a JSON object for " + where + brief(response.body()));
        }
        return n;
      } catch (IOException e) {
        throw new BrokerException("The Pact Broker answered malformed JSON for " + where + brief(response.body()), e);
      }
    }
  }

  private static String brief(byte[] body) {
    String s = new String(body, StandardCharsets.UTF_8).strip();
    return s.isEmpty() ? "" : ": " + (s.length() > 200 ? s.substring(0, 200) + "..." : s);
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(Math.min(2000L, 200L * (1L << (attempt - 1))));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static SSLContext sslContextTrusting(java.nio.file.Path pem) {
    try {
      KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
      ks.load(null, null);
      TrustManagerFactory jvm = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      jvm.init((KeyStore) null);
      int i = 0;
      for (javax.net.ssl.TrustManager tm : jvm.getTrustManagers()) {
        if (tm instanceof X509TrustManager x) {
          for (Certificate c : x.getAcceptedIssuers()) {
            ks.setCertificateEntry("jvm-" + i++, c);
          }
        }
      }
      try (InputStream in = Files.newInputStream(pem)) {
        for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
          ks.setCertificateEntry("custom-" + i++, c);
        }
      }
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(ks);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, tmf.getTrustManagers(), null);
      return ctx;
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new BrokerException("Cannot use the CA certificate " + pem + ": " + e.getMessage()
          + "; give a PEM file with one or more certificates", e);
    }
  }
}
