package io.pactcontainers.verify;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.replay.ProviderHttpClient;
import io.pactcontainers.state.StateChange;
import io.pactcontainers.state.StateChangeConfig;
import io.pactcontainers.state.StateHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provider's state-change endpoint as a {@link StateHandler}: one HTTP call per state and
 * action. A set-up call may answer a JSON object; its values are what {@code ProviderState}
 * generators inject into the request. The calls are HTTP requests the reproduction lines send
 * again, so nothing else needs saying about them.
 */
final class StateChanger implements StateHandler {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final StateChangeConfig config;
  private final URI url;
  private final ProviderHttpClient http;
  private final List<Map.Entry<String, String>> extraHeaders;

  /**
   * @param extraHeaders the configured headers meant for state calls too (a real token)
   */
  StateChanger(
      StateChangeConfig config,
      URI providerBaseUrl,
      ProviderHttpClient http,
      List<Map.Entry<String, String>> extraHeaders) {
    this.config = config;
    this.url =
        config.url().startsWith("http://") || config.url().startsWith("https://")
            ? URI.create(config.url())
            : URI.create(
                stripSlash(providerBaseUrl.toString())
                    + (config.url().startsWith("/") ? "" : "/")
                    + config.url());
    this.http = http;
    this.extraHeaders = List.copyOf(extraHeaders);
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  /** One call, unless it is a teardown and the configuration asks for none. */
  @Override
  public Map<String, Object> change(StateChange change) {
    if (change.action() == StateChange.Action.TEARDOWN && !config.teardown()) {
      return Map.of();
    }
    return call(change);
  }

  @Override
  public Optional<String> handledBy(StateChange change) {
    return Optional.empty();
  }

  private static String failed(StateChange change, URI url) {
    return "State change request failed: "
        + change.actionName()
        + " of state \""
        + change.state()
        + "\" at "
        + url;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> call(StateChange change) {
    URI target;
    byte[] body;
    List<Map.Entry<String, String>> headers = new ArrayList<>(extraHeaders);
    try {
      if (config.asBody()) {
        body = jsonBody(change);
        headers.add(Map.entry("Content-Type", "application/json"));
        target = url;
      } else {
        StringBuilder q =
            new StringBuilder("state=")
                .append(enc(change.state()))
                .append("&action=")
                .append(change.actionName());
        change
            .params()
            .forEach(
                (k, v) -> q.append('&').append(enc(k)).append('=').append(enc(String.valueOf(v))));
        target = URI.create(url + (url.getRawQuery() == null ? "?" : "&") + q);
        body = new byte[0];
      }
    } catch (IOException e) {
      throw new StateChangeException(
          "State change request failed: cannot encode the parameters of state \""
              + change.state()
              + "\": "
              + e.getMessage(),
          e);
    }
    ProviderHttpClient.Reply response;
    try {
      response = http.exchange("POST", target, headers, body);
    } catch (IOException e) {
      throw new StateChangeException(
          failed(change, url)
              + ": "
              + (e.getMessage() == null ? e.toString() : e.getMessage())
              + "; check the state change URL and that the provider serves it",
          e);
    }
    if (response.status() / 100 != 2) {
      String text = new String(response.body(), StandardCharsets.UTF_8);
      throw new StateChangeException(
          failed(change, url)
              + " answered HTTP "
              + response.status()
              + (text.isBlank()
                  ? ""
                  : ": " + (text.length() > 300 ? text.substring(0, 300) + "..." : text.strip())));
    }
    if (change.action() != StateChange.Action.SETUP || response.body().length == 0) {
      return Map.of();
    }
    if (!startsObject(response.body()) || isEmptyObject(response.body())) {
      return Map.of();
    }
    try {
      return MAPPER.readValue(response.body(), LinkedHashMap.class);
    } catch (IOException e) {
      return Map.of(); // A setup call need not answer JSON: only JSON objects carry values.
    }
  }

  /**
   * The body of a state call, {@code {"state": ..., "params": {...}, "action": ...}}: the bytes the
   * mapper's Map serializer writes (its own factory and features; StateChangerTest compares them
   * for every kind of value a pact's params hold), written with the generator instead. Every state
   * call of a run went through the mapper's serializer lookup, which the first hundreds of
   * interactions pay for in interpreted code (issue 31, item 8). Params holding anything else
   * (values a handler could not get from a pact) still go through the mapper.
   */
  static byte[] jsonBody(StateChange change) throws IOException {
    if (!ParamsWriter.writable(change.params())) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("state", change.state());
      json.put("params", change.params());
      json.put("action", change.actionName());
      return MAPPER.writeValueAsBytes(json);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("state", change.state());
      g.writeFieldName("params");
      ParamsWriter.write(g, change.params());
      g.writeStringField("action", change.actionName());
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  /**
   * Whether an answer is an object with nothing in it ({@code {}}, the commonest answer): no
   * values, and no need to run the mapper's Map deserializer to find that out.
   */
  static boolean isEmptyObject(byte[] body) {
    if (!startsObject(body)) {
      return false;
    }
    int i = skipSpace(body, skipSpace(body, 0) + 1);
    return i < body.length && body[i] == '}' && skipSpace(body, i + 1) == body.length;
  }

  private static int skipSpace(byte[] body, int from) {
    int i = from;
    while (i < body.length
        && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) {
      i++;
    }
    return i;
  }

  private static boolean startsObject(byte[] body) {
    int i = skipSpace(body, 0);
    return i < body.length && body[i] == '{';
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
