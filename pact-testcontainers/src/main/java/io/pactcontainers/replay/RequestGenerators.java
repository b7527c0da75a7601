package io.pactcontainers.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pactcontainers.json.JsonMappers;
import io.pactcontainers.model.Body;
import io.pactcontainers.model.ContentTypes;
import io.pactcontainers.model.Generator;
import io.pactcontainers.model.Headers;
import io.pactcontainers.model.HttpRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a request's generators before it is replayed, in path, query, headers and JSON body:
 * {@code ProviderState} generators take the values the state setup returned (or, failing that, the
 * state's own params, as pact-jvm and the Rust verifier do); {@code MockServerURL} generators point
 * URLs at the provider; value generators (RandomInt, Uuid, Date...) put a fresh value in place of
 * the example, as the reference verifiers do in provider mode.
 */
public final class RequestGenerators {
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]+)}");
  private final ObjectMapper mapper = new ObjectMapper();

  public HttpRequest apply(
      HttpRequest request, Map<String, Object> stateValues, URI providerBaseUrl) {
    if (request.generators().isEmpty()) {
      return request;
    }
    HttpRequest r = request;
    Generator pathGen =
        request.generators().category("path").values().stream().findFirst().orElse(null);
    if (pathGen != null) {
      r =
          r.withPath(
              String.valueOf(value(pathGen, r.path(), stateValues, providerBaseUrl, "path")));
    }
    Map<String, Generator> headerGens = request.generators().category("header");
    if (!headerGens.isEmpty()) {
      Headers h = r.headers();
      for (Map.Entry<String, Generator> e : headerGens.entrySet()) {
        String current = h.joined(e.getKey()).orElse("");
        h =
            h.with(
                h.nameAsGiven(e.getKey()).orElse(e.getKey()),
                List.of(
                    String.valueOf(
                        value(
                            e.getValue(),
                            current,
                            stateValues,
                            providerBaseUrl,
                            "header " + e.getKey()))));
      }
      r = r.withHeaders(h);
    }
    Map<String, Generator> queryGens = request.generators().category("query");
    if (!queryGens.isEmpty()) {
      Map<String, List<String>> q = new LinkedHashMap<>(r.query());
      for (Map.Entry<String, Generator> e : queryGens.entrySet()) {
        List<String> current = q.getOrDefault(e.getKey(), List.of(""));
        List<String> replaced = new ArrayList<>();
        for (String v : current) {
          replaced.add(
              String.valueOf(
                  value(e.getValue(), v, stateValues, providerBaseUrl, "query " + e.getKey())));
        }
        q.put(e.getKey(), replaced);
      }
      r = r.withQuery(q);
    }
    Map<String, Generator> bodyGens = request.generators().category("body");
    if (!bodyGens.isEmpty()
        && r.body().isPresent()
        && ContentTypes.isJson(r.body().contentType())) {
      r = r.withBody(body(r.body(), bodyGens, stateValues, providerBaseUrl));
    }
    return r;
  }

  private Body body(Body body, Map<String, Generator> gens, Map<String, Object> values, URI base) {
    try {
      JsonNode root = mapper.readTree(body.content());
      for (Map.Entry<String, Generator> e : gens.entrySet()) {
        root = set(root, tokens(e.getKey()), 0, e.getValue(), values, base, e.getKey());
      }
      return Body.of(JsonMappers.utf8(mapper, root), body.contentType());
    } catch (IOException e) {
      return body; // Not JSON after all: send the example unchanged.
    }
  }

  private JsonNode set(
      JsonNode node,
      List<String> path,
      int i,
      Generator g,
      Map<String, Object> values,
      URI base,
      String where) {
    if (i == path.size()) {
      Object current =
          node == null || node.isNull()
              ? null
              : node.isValueNode() ? node.asText() : node.toString();
      Object v = value(g, current == null ? "" : current.toString(), values, base, "body " + where);
      // Unchanged by the generator: keep the node as it was (a number stays a number).
      return v instanceof String str && current != null && str.equals(current) && node != null
          ? node
          : mapper.valueToTree(v);
    }
    String token = path.get(i);
    if (node instanceof ArrayNode array) {
      if (token.equals("*")) {
        for (int k = 0; k < array.size(); k++) {
          array.set(k, set(array.get(k), path, i + 1, g, values, base, where));
        }
      } else if (!token.isEmpty()
          && token.chars().allMatch(Character::isDigit)
          && Integer.parseInt(token) < array.size()) {
        int k = Integer.parseInt(token);
        array.set(k, set(array.get(k), path, i + 1, g, values, base, where));
      }
    } else if (node instanceof ObjectNode object) {
      if (token.equals("*")) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        for (String n : names) {
          object.set(n, set(object.get(n), path, i + 1, g, values, base, where));
        }
      } else if (object.has(token)) {
        object.set(token, set(object.get(token), path, i + 1, g, values, base, where));
      }
    }
    return node;
  }

  private static List<String> tokens(String expression) {
    List<String> out = new ArrayList<>();
    Matcher m =
        Pattern.compile("\\.([^.\\[]+)|\\['([^']*)'\\]|\\[(\\*|\\d+)\\]")
            .matcher(expression.startsWith("$") ? expression.substring(1) : "." + expression);
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
    }
    return out;
  }

  private static Object value(
      Generator g, String current, Map<String, Object> values, URI base, String where) {
    if (g instanceof Generator.FromProviderState ps) {
      return fromState(ps, values, where);
    }
    if (g instanceof Generator.MockServerUrl url) {
      Matcher m = Pattern.compile(url.regex()).matcher(current);
      if (m.find() && m.groupCount() >= 1) {
        String b = base.toString();
        return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + m.group(1);
      }
      return current;
    }
    if (g instanceof Generator.Other other) {
      return ValueGenerators.generate(other, current, where);
    }
    return current;
  }

  private static Object fromState(
      Generator.FromProviderState g, Map<String, Object> values, String where) {
    String expr = g.expression();
    Matcher whole = Pattern.compile("^\\$\\{([^}]+)}$").matcher(expr);
    Object raw;
    if (whole.matches()) {
      raw = lookup(whole.group(1), values, expr, where);
    } else if (expr.contains("${")) {
      Matcher m = EXPRESSION.matcher(expr);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(
            sb, Matcher.quoteReplacement(String.valueOf(lookup(m.group(1), values, expr, where))));
      }
      m.appendTail(sb);
      raw = sb.toString();
    } else {
      raw = lookup(expr, values, expr, where);
    }
    return convert(raw, g.dataType(), where);
  }

  private static Object lookup(String key, Map<String, Object> values, String expr, String where) {
    if (!values.containsKey(key)) {
      throw new GeneratorException(
          "ProviderState generator for "
              + where
              + " needs \""
              + key
              + "\" (expression "
              + expr
              + ") but neither the state setup's answer nor the state's params have it ("
              + (values.isEmpty() ? "no values" : "only " + values.keySet())
              + "); make the state change endpoint answer a JSON object with that key");
    }
    return values.get(key);
  }

  private static Object convert(Object v, String type, String where) {
    if (v == null) {
      return null;
    }
    try {
      return switch (type) {
        case "STRING" -> String.valueOf(v);
        case "INTEGER" -> new BigDecimal(String.valueOf(v)).toBigIntegerExact();
        case "DECIMAL", "FLOAT" -> new BigDecimal(String.valueOf(v));
        case "BOOLEAN" -> Boolean.parseBoolean(String.valueOf(v));
        default -> v;
      };
    } catch (ArithmeticException | NumberFormatException e) {
      throw new GeneratorException(
          "ProviderState generator for " + where + ": value " + v + " is not a valid " + type);
    }
  }
}
