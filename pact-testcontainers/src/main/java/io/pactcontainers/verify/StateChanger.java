package io.pactcontainers.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.model.ProviderState;
import io.pactcontainers.replay.ProviderHttpClient;
import io.pactcontainers.state.StateChangeConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls the provider's state-change endpoint. A setup call may answer a JSON object; its values are
 * what {@code ProviderState} generators inject into the request.
 */
final class StateChanger {
  private final ObjectMapper mapper = new ObjectMapper();
  private final StateChangeConfig config;
  private final URI url;
  private final ProviderHttpClient http;

  StateChanger(StateChangeConfig config, URI providerBaseUrl, ProviderHttpClient http) {
    this.config = config;
    this.url =
        config.url().startsWith("http://") || config.url().startsWith("https://")
            ? URI.create(config.url())
            : URI.create(
                stripSlash(providerBaseUrl.toString())
                    + (config.url().startsWith("/") ? "" : "/")
                    + config.url());
    this.http = http;
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
   * @param extraHeaders the configured headers meant for state calls too (a real token)
   * @return the values the setup calls returned, merged in order
   */
  public Map<String, Object> setUp(
      List<ProviderState> states, List<Map.Entry<String, String>> extraHeaders) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (ProviderState s : effective(states)) {
      values.putAll(call(s, "setup", extraHeaders));
    }
    return values;
  }

  public void tearDown(List<ProviderState> states, List<Map.Entry<String, String>> extraHeaders) {
    if (!config.teardown()) {
      return;
    }
    List<ProviderState> effective = effective(states);
    for (int i = 0; i < effective.size(); i++) {
      call(effective.get(i), "teardown", extraHeaders);
    }
  }

  private static List<ProviderState> effective(List<ProviderState> states) {
    return states.isEmpty() ? List.of(ProviderState.of("")) : states;
  }

  private static String failed(String action, ProviderState state, URI url) {
    return "State change request failed: "
        + action
        + " of state \""
        + state.name()
        + "\" at "
        + url;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> call(
      ProviderState state, String action, List<Map.Entry<String, String>> extraHeaders) {
    URI target;
    byte[] body;
    List<Map.Entry<String, String>> headers = new ArrayList<>(extraHeaders);
    try {
      if (config.asBody()) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", state.name());
        json.put("params", state.params());
        json.put("action", action);
        body = mapper.writeValueAsBytes(json);
        headers.add(Map.entry("Content-Type", "application/json"));
        target = url;
      } else {
        StringBuilder q =
            new StringBuilder("state=").append(enc(state.name())).append("&action=").append(action);
        state
            .params()
            .forEach(
                (k, v) -> q.append('&').append(enc(k)).append('=').append(enc(String.valueOf(v))));
        target = URI.create(url + (url.getRawQuery() == null ? "?" : "&") + q);
        body = new byte[0];
      }
    } catch (IOException e) {
      throw new StateChangeException(
          "State change request failed: cannot encode the parameters of state \""
              + state.name()
              + "\": "
              + e.getMessage(),
          e);
    }
    ProviderHttpClient.Reply response;
    try {
      response = http.exchange("POST", target, headers, body);
    } catch (IOException e) {
      throw new StateChangeException(
          failed(action, state, url)
              + ": "
              + (e.getMessage() == null ? e.toString() : e.getMessage())
              + "; check the state change URL and that the provider serves it",
          e);
    }
    if (response.status() / 100 != 2) {
      String text = new String(response.body(), StandardCharsets.UTF_8);
      throw new StateChangeException(
          failed(action, state, url)
              + " answered HTTP "
              + response.status()
              + (text.isBlank()
                  ? ""
                  : ": " + (text.length() > 300 ? text.substring(0, 300) + "..." : text.strip())));
    }
    if (!"setup".equals(action) || response.body().length == 0) {
      return Map.of();
    }
    if (!startsObject(response.body())) {
      return Map.of();
    }
    try {
      return mapper.readValue(response.body(), LinkedHashMap.class);
    } catch (IOException e) {
      return Map.of(); // A setup call need not answer JSON: only JSON objects carry values.
    }
  }

  private static boolean startsObject(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return b == '{';
      }
    }
    return false;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
