package io.pactcontainers.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.model.ProviderState;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls the provider's state-change endpoint. A setup call may answer a JSON object; its values are
 * what {@code ProviderState} generators inject into the request.
 */
public final class StateChanger {
  private final ObjectMapper mapper = new ObjectMapper();
  private final StateChangeConfig config;
  private final URI url;
  private final HttpClient http;
  private final Duration timeout;

  public StateChanger(StateChangeConfig config, URI providerBaseUrl, HttpClient http, Duration timeout) {
    this.config = config;
    this.url = config.url().startsWith("http://") || config.url().startsWith("https://")
        ? URI.create(config.url())
        : URI.create(stripSlash(providerBaseUrl.toString()) + (config.url().startsWith("/") ? "" : "/") + config.url());
    this.http = http;
    this.timeout = timeout;
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  public URI url() {
    return url;
  }

  /**
   * Sets up each state in order; an interaction without states gets one call with an empty state
   * name, as the other Pact verifiers do, so the provider can reset itself.
   *
   * @return the values the setup calls returned, merged in order
   */
  public Map<String, Object> setUp(List<ProviderState> states) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (ProviderState s : effective(states)) {
      values.putAll(call(s, "setup"));
    }
    return values;
  }

  public void tearDown(List<ProviderState> states) {
    if (!config.teardown()) {
      return;
    }
    List<ProviderState> effective = effective(states);
    for (int i = 0; i < effective.size(); i++) {
      call(effective.get(i), "teardown");
    }
  }

  private static List<ProviderState> effective(List<ProviderState> states) {
    return states.isEmpty() ? List.of(ProviderState.of("")) : states;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> call(ProviderState state, String action) {
    HttpRequest request;
    try {
      if (config.asBody()) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", state.name());
        body.put("params", state.params());
        body.put("action", action);
        request = HttpRequest.newBuilder(url).timeout(timeout).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body))).build();
      } else {
        StringBuilder q = new StringBuilder("state=").append(enc(state.name())).append("&action=").append(action);
        state.params().forEach((k, v) -> q.append('&').append(enc(k)).append('=').append(enc(String.valueOf(v))));
        String sep = url.getRawQuery() == null ? "?" : "&";
        request = HttpRequest.newBuilder(URI.create(url + sep + q)).timeout(timeout)
            .POST(HttpRequest.BodyPublishers.noBody()).build();
      }
    } catch (IOException e) {
      throw new StateChangeException("State change request failed: cannot encode the parameters of state \""
          + state.name() + "\": " + e.getMessage(), e);
    }
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new StateChangeException("State change request failed: " + action + " of state \"" + state.name()
          + "\" at " + url + ": " + e + "; check the state change URL and that the provider serves it", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StateChangeException("State change request interrupted", e);
    }
    if (response.statusCode() / 100 != 2) {
      String body = new String(response.body(), StandardCharsets.UTF_8);
      throw new StateChangeException("State change request failed: " + action + " of state \"" + state.name()
          + "\" at " + url + " answered HTTP " + response.statusCode()
          + (body.isBlank() ? "" : ": " + (body.length() > 300 ? body.substring(0, 300) + "..." : body.strip())));
    }
    if (!"setup".equals(action) || response.body().length == 0) {
      return Map.of();
    }
    try {
      JsonNode n = mapper.readTree(response.body());
      return n != null && n.isObject() ? mapper.convertValue(n, LinkedHashMap.class) : Map.of();
    } catch (IOException e) {
      return Map.of(); // A setup call need not answer JSON: only JSON objects carry values.
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
