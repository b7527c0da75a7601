import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The differential conformance suite: a corpus of pacts, one edge each, a recording provider that
 * answers each case with a scripted response and records every request byte it receives, and the
 * comparison of what three verifiers sent and decided.
 *
 * <pre>
 *   java Conformance.java generate DIR        pacts into DIR/pacts, one file per case
 *   java Conformance.java serve PORT DIR      the recording provider; requests into DIR/requests-RUN.jsonl
 *   java Conformance.java compare DIR KNOWN   the table; exit 1 on a verdict that differs from the Rust verifier's
 * </pre>
 *
 * Every request path starts with the case's id ({@code /c017/...}), so one provider serves the
 * whole corpus and each recorded request is tied to its case. Cases are plain data below.
 */
public class Conformance {

  // ---------------------------------------------------------------- a tiny JSON writer (no
  // dependencies in a single-file program)

  static String json(Object o) {
    StringBuilder sb = new StringBuilder();
    write(sb, o);
    return sb.toString();
  }

  @SuppressWarnings("unchecked")
  static void write(StringBuilder sb, Object o) {
    if (o == null) {
      sb.append("null");
    } else if (o instanceof Raw r) {
      sb.append(r.json());
    } else if (o instanceof String s) {
      sb.append('"');
      for (char c : s.toCharArray()) {
        switch (c) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          case '\r' -> sb.append("\\r");
          case '\t' -> sb.append("\\t");
          default -> {
            if (c < 0x20) {
              sb.append(String.format("\\u%04x", (int) c));
            } else {
              sb.append(c);
            }
          }
        }
      }
      sb.append('"');
    } else if (o instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        write(sb, String.valueOf(e.getKey()));
        sb.append(':');
        write(sb, e.getValue());
      }
      sb.append('}');
    } else if (o instanceof List<?> l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        write(sb, l.get(i));
      }
      sb.append(']');
    } else {
      sb.append(o);
    }
  }

  /** JSON written as is (numbers like 1.0 that must stay as written, bodies given as JSON text). */
  record Raw(String json) {}

  static Map<String, Object> obj(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  // ---------------------------------------------------------------- the corpus

  /** What the provider answers for a case. Headers as name/value pairs (repeats allowed). */
  record Reply(int status, List<String[]> headers, byte[] body) {}

  /**
   * One case: its pact (spec version and one interaction, its request path without the case
   * prefix), and the provider's scripted answer.
   */
  record Case(
      String id,
      String what,
      String spec,
      Map<String, Object> interaction,
      Reply reply,
      boolean message) {}

  static final List<Case> CASES = new ArrayList<>();

  static final String J = "application/json";

  /** Written in a Location where the other port's origin goes (replaced when served). */
  static final String OTHER_ORIGIN = "{OTHER_ORIGIN}";

  static Reply reply(int status, String contentType, String body) {
    List<String[]> h = new ArrayList<>();
    if (contentType != null) {
      h.add(new String[] {"Content-Type", contentType});
    }
    return new Reply(status, h, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
  }

  static Reply withHeader(Reply r, String name, String value) {
    List<String[]> h = new ArrayList<>(r.headers());
    h.add(new String[] {name, value});
    return new Reply(r.status(), h, r.body());
  }

  /** A V3 interaction: request and response maps, states optional. */
  static Map<String, Object> http(Map<String, Object> request, Map<String, Object> response) {
    return obj("request", request, "response", response);
  }

  static Map<String, Object> get(String path) {
    return obj("method", "GET", "path", path);
  }

  static Map<String, Object> okJson(String body) {
    return obj("status", 200, "headers", obj("Content-Type", J), "body", new Raw(body));
  }

  static void add(String what, String spec, Map<String, Object> interaction, Reply reply) {
    String id = String.format("c%03d", CASES.size() + 1);
    CASES.add(new Case(id, what, spec, interaction, reply, false));
  }

  /**
   * A message case: the provider's message endpoint answers with the scripted reply. Verified by us
   * and the Rust verifier; pact-jvm's Maven plugin verifies messages only through annotated
   * methods.
   */
  static void message(String what, String spec, Map<String, Object> interaction, Reply reply) {
    String id = String.format("c%03d", CASES.size() + 1);
    CASES.add(new Case(id, what, spec, interaction, reply, true));
  }

  /** A V3 message with JSON contents. */
  static Map<String, Object> v3Message(String contents, Map<String, Object> metadata) {
    return obj("contents", new Raw(contents), "metaData", metadata);
  }

  /**
   * A response-body case: GET /body, the pact's body (and rules) against what the provider sends.
   */
  static void body(String what, String expected, String rules, String actual) {
    Map<String, Object> response = okJson(expected);
    if (rules != null) {
      response.put("matchingRules", new Raw("{\"body\":" + rules + "}"));
    }
    add(what, "3.0.0", http(get("/body"), response), reply(200, J, actual));
  }

  /** A matcher case on {@code $.v}: {"v": example} with the matcher, against {"v": actual}. */
  static void matcher(String what, String example, String matcher, String actual) {
    body(
        what,
        "{\"v\":" + example + "}",
        "{\"$.v\":{\"matchers\":[" + matcher + "]}}",
        "{\"v\":" + actual + "}");
  }

  static void requestPath(String what, String path) {
    add(what, "3.0.0", http(get(path), obj("status", 200)), reply(200, null, null));
  }

  static void requestQuery(String what, Object query, String spec) {
    Map<String, Object> req = get("/query");
    req.put("query", query);
    add(what, spec, http(req, obj("status", 200)), reply(200, null, null));
  }

  static void requestHeaders(String what, Map<String, Object> headers) {
    Map<String, Object> req = get("/headers");
    req.put("headers", headers);
    add(what, "3.0.0", http(req, obj("status", 200)), reply(200, null, null));
  }

  static void requestBody(String what, String contentType, Object body) {
    Map<String, Object> req =
        obj(
            "method",
            "POST",
            "path",
            "/items",
            "headers",
            obj("Content-Type", contentType),
            "body",
            body);
    add(what, "3.0.0", http(req, obj("status", 201)), reply(201, null, null));
  }

  static void status(String what, Map<String, Object> response, Reply actual) {
    add(what, "3.0.0", http(get("/status"), response), actual);
  }

  static void generator(String what, Map<String, Object> request, Map<String, Object> states) {
    Map<String, Object> i = http(request, obj("status", 200));
    if (states != null) {
      i.put("providerStates", List.of(states));
    }
    add(what, "3.0.0", i, reply(200, null, null));
  }

  static {
    // Paths: what is sent on the wire for each spelling (verdicts all pass; the requests are
    // compared).
    requestPath("path plain", "/plain");
    requestPath("path with a space", "/a b");
    requestPath("path with %20 written in the pact", "/a%20b");
    requestPath("path with a plus", "/a+b");
    requestPath("path with unicode", "/caf\u00e9");
    requestPath("path with an encoded slash", "/a%2Fb");
    requestPath("path with a lone percent", "/100%");
    requestPath("path with a semicolon", "/a;b=c");
    requestPath("path with a tilde", "/~user");
    requestPath("path with a double slash", "/a//b");
    requestPath("path with a trailing slash", "/trailing/");
    requestPath("path with an emoji", "/\uD83D\uDE00");
    requestPath("path with %25", "/a%25b");
    requestPath("path with dot segments", "/x/./y");
    requestPath("path with a question mark", "/what?");
    requestPath("path with a hash", "/a#b");
    // Queries.
    requestQuery("query with a space", obj("q", List.of("a b")), "3.0.0");
    requestQuery("query with a plus", obj("q", List.of("a+b")), "3.0.0");
    requestQuery("query with a percent", obj("q", List.of("100%")), "3.0.0");
    requestQuery("query with unicode", obj("q", List.of("caf\u00e9")), "3.0.0");
    requestQuery("query with a repeated key", obj("q", List.of("a", "b")), "3.0.0");
    requestQuery("query with an empty value", obj("q", List.of("")), "3.0.0");
    requestQuery("query with two keys", obj("b", List.of("2"), "a", List.of("1")), "3.0.0");
    requestQuery("query with an ampersand in a value", obj("q", List.of("a&b")), "3.0.0");
    requestQuery("query with an equals sign in a value", obj("q", List.of("a=b")), "3.0.0");
    requestQuery("query with %20 written in the pact", obj("q", List.of("%20")), "3.0.0");
    requestQuery("query with a space in the key", obj("q w", List.of("x")), "3.0.0");
    requestQuery("query with a slash", obj("q", List.of("x/y")), "3.0.0");
    requestQuery("query with an emoji", obj("q", List.of("\uD83D\uDE00")), "3.0.0");
    requestQuery("query with a comma", obj("q", List.of("a,b")), "3.0.0");
    requestQuery("V2 query string", "a=1&b=2", "2.0.0");
    requestQuery("V2 query string pre-encoded", "q=a%20b&r=c+d", "2.0.0");
    // Request headers.
    requestHeaders("header repeated", obj("X-Multi", List.of("a", "b")));
    requestHeaders("header name in lower case", obj("x-lower", "v"));
    requestHeaders("header with a list value", obj("Accept", "application/json, text/plain"));
    requestHeaders("Host in the pact", obj("Host", "pact.example.com"));
    requestHeaders("header with an empty value", obj("X-Empty", ""));
    requestHeaders("header with a comma in one value", obj("X-Comma", "a, b"));
    requestHeaders("Authorization header", obj("Authorization", "Bearer abc"));
    requestHeaders("Cookie header", obj("Cookie", "a=1; b=2"));
    requestHeaders("custom User-Agent", obj("User-Agent", "consumer/1.0"));
    requestHeaders("Connection: close in the pact", obj("Connection", "close"));
    requestHeaders("Accept-Encoding in the pact", obj("Accept-Encoding", "gzip"));
    requestHeaders("header with spaces around", obj("X-Spaced", "  padded  "));
    {
      Map<String, Object> req =
          obj(
              "method",
              "POST",
              "path",
              "/length",
              "headers",
              obj("Content-Type", J, "Content-Length", "26"),
              "body",
              new Raw("{\"cooking\":\"medium-rare\"}"));
      add(
          "Content-Length in the pact one byte too many",
          "3.0.0",
          http(req, obj("status", 201)),
          reply(201, null, null));
    }
    // Request bodies.
    requestBody("JSON object body", J, new Raw("{\"a\":1,\"b\":[true,null]}"));
    requestBody("JSON array body", J, new Raw("[1,2,3]"));
    requestBody("JSON body with 1.0", J, new Raw("{\"n\":1.0}"));
    requestBody("JSON body with unicode", J, new Raw("{\"s\":\"caf\u00e9 \uD83D\uDE00\"}"));
    requestBody("JSON body with a big number", J, new Raw("{\"n\":12345678901234567890}"));
    requestBody("JSON body that is a string", J, new Raw("\"just a string\""));
    requestBody("text body", "text/plain", "hello world");
    requestBody(
        "XML body",
        "application/xml",
        "<?xml version=\"1.0\"?><order><cooking>rare</cooking></order>");
    requestBody("form body", "application/x-www-form-urlencoded", "a=1&b=x%20y");
    requestBody("empty text body", "text/plain", "");
    requestBody("JSON body with charset", "application/json; charset=utf-8", new Raw("{\"a\":1}"));
    requestBody("JSON null body", J, new Raw("null"));
    // Status and response headers.
    status("status as expected", obj("status", 201), reply(201, null, null));
    status("status different", obj("status", 201), reply(200, null, null));
    status("status 204", obj("status", 204), reply(204, null, null));
    status("status 500 expected", obj("status", 500), reply(500, null, null));
    status(
        "header as expected",
        obj("status", 200, "headers", obj("X-Id", "7")),
        withHeader(reply(200, null, null), "X-Id", "7"));
    status(
        "header value different",
        obj("status", 200, "headers", obj("X-Id", "7")),
        withHeader(reply(200, null, null), "X-Id", "8"));
    status(
        "header name case differs",
        obj("status", 200, "headers", obj("x-id", "7")),
        withHeader(reply(200, null, null), "X-ID", "7"));
    status(
        "header missing", obj("status", 200, "headers", obj("X-Id", "7")), reply(200, null, null));
    status(
        "extra header in the answer",
        obj("status", 200),
        withHeader(reply(200, null, null), "X-Extra", "1"));
    status(
        "content type with charset",
        obj("status", 200, "headers", obj("Content-Type", J)),
        reply(200, J + ";charset=utf-8", null));
    status(
        "content type charset expected, none sent",
        obj("status", 200, "headers", obj("Content-Type", J + "; charset=UTF-8")),
        reply(200, J, null));
    status(
        "list header spacing",
        obj("status", 200, "headers", obj("Allow", "GET, POST")),
        withHeader(reply(200, null, null), "Allow", "GET,POST"));
    status(
        "list header as two headers",
        obj("status", 200, "headers", obj("Allow", "GET, POST")),
        withHeader(withHeader(reply(200, null, null), "Allow", "GET"), "Allow", "POST"));
    status(
        "header value case differs",
        obj("status", 200, "headers", obj("X-Mode", "fast")),
        withHeader(reply(200, null, null), "X-Mode", "FAST"));
    // Response bodies without rules.
    body("body equal", "{\"a\":1}", null, "{\"a\":1}");
    body("body value differs", "{\"a\":1}", null, "{\"a\":2}");
    body("extra key in the answer", "{\"a\":1}", null, "{\"a\":1,\"b\":2}");
    body("key missing in the answer", "{\"a\":1,\"b\":2}", null, "{\"a\":1}");
    body("extra array element", "{\"a\":[1,2]}", null, "{\"a\":[1,2,3]}");
    body("array element missing", "{\"a\":[1,2]}", null, "{\"a\":[1]}");
    body("array order differs", "{\"a\":[1,2]}", null, "{\"a\":[2,1]}");
    body("integer expected, decimal sent", "{\"n\":1}", null, "{\"n\":1.0}");
    body("decimal expected, integer sent", "{\"n\":1.0}", null, "{\"n\":1}");
    body("1.0 and 1.00", "{\"n\":1.0}", null, "{\"n\":1.00}");
    body("null expected, key missing", "{\"a\":null}", null, "{}");
    body("null expected, null sent", "{\"a\":null}", null, "{\"a\":null}");
    body("string expected, number sent", "{\"a\":\"1\"}", null, "{\"a\":1}");
    body("true expected, \"true\" sent", "{\"a\":true}", null, "{\"a\":\"true\"}");
    body(
        "nested object equal",
        "{\"a\":{\"b\":{\"c\":[{\"d\":1}]}}}",
        null,
        "{\"a\":{\"b\":{\"c\":[{\"d\":1}]}}}");
    body(
        "nested value differs",
        "{\"a\":{\"b\":{\"c\":[{\"d\":1}]}}}",
        null,
        "{\"a\":{\"b\":{\"c\":[{\"d\":2}]}}}");
    body("empty object expected, keys sent", "{\"a\":{}}", null, "{\"a\":{\"b\":1}}");
    body("empty array expected, elements sent", "{\"a\":[]}", null, "{\"a\":[1]}");
    body("top-level array equal", "[1,2]", null, "[1,2]");
    body("unicode equal", "{\"s\":\"caf\u00e9\"}", null, "{\"s\":\"caf\u00e9\"}");
    body("big integer equal", "{\"n\":12345678901234567890}", null, "{\"n\":12345678901234567890}");
    body("object expected, array sent", "{\"a\":{}}", null, "{\"a\":[]}");
    add(
        "no body expected, body sent",
        "3.0.0",
        http(get("/nobody"), obj("status", 200)),
        reply(200, J, "{\"a\":1}"));
    add(
        "text body equal",
        "3.0.0",
        http(
            get("/text"),
            obj("status", 200, "headers", obj("Content-Type", "text/plain"), "body", "hello")),
        reply(200, "text/plain", "hello"));
    add(
        "text body differs",
        "3.0.0",
        http(
            get("/text"),
            obj("status", 200, "headers", obj("Content-Type", "text/plain"), "body", "hello")),
        reply(200, "text/plain", "hello!"));
    add(
        "XML body equal",
        "3.0.0",
        http(
            get("/xml"),
            obj(
                "status",
                200,
                "headers",
                obj("Content-Type", "application/xml"),
                "body",
                "<a><b x=\"1\">t</b></a>")),
        reply(200, "application/xml", "<a><b x=\"1\">t</b></a>"));
    add(
        "XML attribute differs",
        "3.0.0",
        http(
            get("/xml"),
            obj(
                "status",
                200,
                "headers",
                obj("Content-Type", "application/xml"),
                "body",
                "<a><b x=\"1\">t</b></a>")),
        reply(200, "application/xml", "<a><b x=\"2\">t</b></a>"));
    add(
        "JSON expected, text/plain sent",
        "3.0.0",
        http(get("/ct"), okJson("{\"a\":1}")),
        reply(200, "text/plain", "{\"a\":1}"));
    // Matchers.
    matcher("type on a string, string sent", "\"a\"", "{\"match\":\"type\"}", "\"zzz\"");
    matcher("type on a string, number sent", "\"a\"", "{\"match\":\"type\"}", "1");
    matcher("type on an integer, decimal sent", "1", "{\"match\":\"type\"}", "1.5");
    matcher("regex matches", "\"123\"", "{\"match\":\"regex\",\"regex\":\"\\\\d+\"}", "\"456\"");
    matcher(
        "regex does not match", "\"123\"", "{\"match\":\"regex\",\"regex\":\"\\\\d+\"}", "\"45a\"");
    matcher("regex on a number", "1", "{\"match\":\"regex\",\"regex\":\"\\\\d+\"}", "42");
    matcher("min array met", "[1]", "{\"match\":\"type\",\"min\":2}", "[1,2,3]");
    matcher("min array not met", "[1]", "{\"match\":\"type\",\"min\":2}", "[1]");
    matcher("max array exceeded", "[1]", "{\"match\":\"type\",\"max\":2}", "[1,2,3]");
    matcher("integer matcher, integer sent", "1", "{\"match\":\"integer\"}", "42");
    matcher("integer matcher, decimal sent", "1", "{\"match\":\"integer\"}", "4.2");
    matcher("integer matcher, 1.0 sent", "1", "{\"match\":\"integer\"}", "1.0");
    matcher("decimal matcher, decimal sent", "1.5", "{\"match\":\"decimal\"}", "9.99");
    matcher("decimal matcher, integer sent", "1.5", "{\"match\":\"decimal\"}", "9");
    matcher("number matcher", "1", "{\"match\":\"number\"}", "9.99");
    matcher("number matcher, string sent", "1", "{\"match\":\"number\"}", "\"9\"");
    matcher("boolean matcher", "true", "{\"match\":\"boolean\"}", "false");
    matcher("boolean matcher, string sent", "true", "{\"match\":\"boolean\"}", "\"false\"");
    matcher(
        "date matcher",
        "\"2020-01-01\"",
        "{\"match\":\"date\",\"format\":\"yyyy-MM-dd\"}",
        "\"2026-11-25\"");
    matcher(
        "date matcher, bad date",
        "\"2020-01-01\"",
        "{\"match\":\"date\",\"format\":\"yyyy-MM-dd\"}",
        "\"25/11/2026\"");
    matcher("time matcher", "\"10:00\"", "{\"match\":\"time\",\"format\":\"HH:mm\"}", "\"23:59\"");
    matcher(
        "datetime matcher",
        "\"2020-01-01T10:00:00\"",
        "{\"match\":\"datetime\",\"format\":\"yyyy-MM-dd'T'HH:mm:ss\"}",
        "\"2026-11-25T13:00:00\"");
    matcher("include matcher", "\"ell\"", "{\"match\":\"include\",\"value\":\"ell\"}", "\"hello\"");
    matcher(
        "include matcher, not included",
        "\"ell\"",
        "{\"match\":\"include\",\"value\":\"ell\"}",
        "\"help\"");
    matcher("equality matcher", "{\"a\":1}", "{\"match\":\"equality\"}", "{\"a\":1}");
    matcher(
        "equality matcher, extra key",
        "{\"a\":1}",
        "{\"match\":\"equality\"}",
        "{\"a\":1,\"b\":2}");
    matcher("null matcher", "null", "{\"match\":\"null\"}", "null");
    matcher("null matcher, value sent", "null", "{\"match\":\"null\"}", "1");
    matcher("values matcher", "{\"a\":1}", "{\"match\":\"values\"}", "{\"x\":2,\"y\":3}");
    matcher(
        "V2 flat regex rule", "\"123\"", "{\"match\":\"regex\",\"regex\":\"\\\\d{3}\"}", "\"999\"");
    {
      Map<String, Object> response = okJson("{\"v\":\"123\"}");
      response.put(
          "matchingRules", new Raw("{\"$.body.v\":{\"match\":\"regex\",\"regex\":\"\\\\d{3}\"}}"));
      add(
          "V2 flat rules, value differs but matches",
          "2.0.0",
          http(get("/v2rules"), response),
          reply(200, J, "{\"v\":\"456\"}"));
    }
    {
      Map<String, Object> response =
          obj(
              "status",
              200,
              "headers",
              obj("X-Id", "123"),
              "matchingRules",
              new Raw(
                  "{\"header\":{\"X-Id\":{\"matchers\":[{\"match\":\"regex\",\"regex\":\"\\\\d+\"}]}}}"));
      add(
          "header regex matcher",
          "3.0.0",
          http(get("/hrule"), response),
          withHeader(reply(200, null, null), "X-Id", "987"));
      add(
          "header regex matcher fails",
          "3.0.0",
          http(get("/hrule"), new LinkedHashMap<>(response)),
          withHeader(reply(200, null, null), "X-Id", "98a"));
    }
    matcher("notEmpty matcher", "[\"a\"]", "{\"match\":\"notEmpty\"}", "[\"b\"]");
    matcher("notEmpty matcher, empty sent", "[\"a\"]", "{\"match\":\"notEmpty\"}", "[]");
    matcher("semver matcher", "\"1.0.0\"", "{\"match\":\"semver\"}", "\"2.10.3\"");
    matcher("semver matcher, not a version", "\"1.0.0\"", "{\"match\":\"semver\"}", "\"2.10\"");
    matcher(
        "eachKey matcher",
        "{\"a\":1}",
        "{\"match\":\"eachKey\",\"rules\":[{\"match\":\"regex\",\"regex\":\"[a-z]+\"}]}",
        "{\"x\":1,\"yz\":1}");
    matcher(
        "eachKey matcher, bad key",
        "{\"a\":1}",
        "{\"match\":\"eachKey\",\"rules\":[{\"match\":\"regex\",\"regex\":\"[a-z]+\"}]}",
        "{\"X1\":1}");
    matcher(
        "eachValue matcher",
        "{\"a\":\"x\"}",
        "{\"match\":\"eachValue\",\"rules\":[{\"match\":\"regex\",\"regex\":\"[a-z]+\"}]}",
        "{\"b\":\"q\",\"c\":\"r\"}");
    matcher(
        "eachValue matcher, bad value",
        "{\"a\":\"x\"}",
        "{\"match\":\"eachValue\",\"rules\":[{\"match\":\"regex\",\"regex\":\"[a-z]+\"}]}",
        "{\"b\":\"Q1\"}");
    matcher(
        "arrayContains matcher",
        "[{\"id\":1}]",
        "{\"match\":\"arrayContains\",\"variants\":[{\"index\":0,\"rules\":"
            + "{\"$.id\":{\"matchers\":[{\"match\":\"integer\"}]}}}]}",
        "[{\"id\":\"no\"},{\"id\":5}]");
    matcher(
        "arrayContains matcher, no element",
        "[{\"id\":1}]",
        "{\"match\":\"arrayContains\",\"variants\":[{\"index\":0,\"rules\":"
            + "{\"$.id\":{\"matchers\":[{\"match\":\"integer\"}]}}}]}",
        "[{\"id\":\"no\"}]");
    matcher(
        "timestamp matcher",
        "\"2020-01-01T10:00:00Z\"",
        "{\"match\":\"timestamp\",\"format\":\"yyyy-MM-dd'T'HH:mm:ssXXX\"}",
        "\"2026-11-25T13:00:00Z\"");
    add(
        "binary body equal",
        "4.0",
        obj(
            "type",
            "Synchronous/HTTP",
            "request",
            get("/bin"),
            "response",
            obj(
                "status",
                200,
                "headers",
                obj("Content-Type", List.of("application/octet-stream")),
                "body",
                obj(
                    "contentType",
                    "application/octet-stream",
                    "encoded",
                    "base64",
                    "content",
                    Base64.getEncoder().encodeToString(new byte[] {0, 1, 2, (byte) 255})))),
        new Reply(
            200,
            List.<String[]>of(new String[] {"Content-Type", "application/octet-stream"}),
            new byte[] {0, 1, 2, (byte) 255}));
    add(
        "binary body differs",
        "4.0",
        obj(
            "type",
            "Synchronous/HTTP",
            "request",
            get("/bin"),
            "response",
            obj(
                "status",
                200,
                "headers",
                obj("Content-Type", List.of("application/octet-stream")),
                "body",
                obj(
                    "contentType",
                    "application/octet-stream",
                    "encoded",
                    "base64",
                    "content",
                    Base64.getEncoder().encodeToString(new byte[] {0, 1, 2, (byte) 255})))),
        new Reply(
            200,
            List.<String[]>of(new String[] {"Content-Type", "application/octet-stream"}),
            new byte[] {0, 1, 2, 3}));
    {
      String multipart =
          "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\none\r\n--XyZ--\r\n";
      Map<String, Object> req =
          obj(
              "method",
              "POST",
              "path",
              "/upload",
              "headers",
              obj("Content-Type", "multipart/form-data; boundary=XyZ"),
              "body",
              multipart);
      add("multipart request body", "3.0.0", http(req, obj("status", 201)), reply(201, null, null));
      add(
          "multipart response, same part under another boundary",
          "3.0.0",
          http(
              get("/multipart"),
              obj(
                  "status",
                  200,
                  "headers",
                  obj("Content-Type", "multipart/form-data; boundary=XyZ"),
                  "body",
                  multipart)),
          reply(200, "multipart/form-data; boundary=AbC", multipart.replace("XyZ", "AbC")));
      add(
          "multipart response, part differs",
          "3.0.0",
          http(
              get("/multipart"),
              obj(
                  "status",
                  200,
                  "headers",
                  obj("Content-Type", "multipart/form-data; boundary=XyZ"),
                  "body",
                  multipart)),
          reply(
              200,
              "multipart/form-data; boundary=AbC",
              multipart.replace("XyZ", "AbC").replace("one", "two")));
    }
    // Generators (requests differ from run to run; the verdict is compared).
    {
      Map<String, Object> r = get("/items/1");
      r.put("generators", new Raw("{\"path\":{\"type\":\"RandomInt\",\"min\":1,\"max\":9}}"));
      generator("RandomInt generator in the path", r, null);
      Map<String, Object> h = get("/gen");
      h.put("headers", obj("X-Id", "x"));
      h.put("generators", new Raw("{\"header\":{\"X-Id\":{\"type\":\"Uuid\"}}}"));
      generator("Uuid generator in a header", h, null);
      Map<String, Object> q = get("/gen");
      q.put("query", obj("code", List.of("x")));
      q.put(
          "generators",
          new Raw("{\"query\":{\"code\":{\"type\":\"Regex\",\"regex\":\"[a-z]{3}\"}}}"));
      generator("Regex generator in the query", q, null);
      Map<String, Object> b =
          obj(
              "method",
              "POST",
              "path",
              "/gen",
              "headers",
              obj("Content-Type", J),
              "body",
              new Raw("{\"d\":\"x\",\"s\":\"x\",\"n\":1}"),
              "generators",
              new Raw(
                  "{\"body\":{\"$.d\":{\"type\":\"Date\","
                      + "\"format\":\"yyyy-MM-dd\"},\"$.s\":{\"type\":\"RandomString\",\"size\":5},\"$.n\":{\"type\":\"RandomDecimal\",\"digits\":4}}}"));
      generator("Date, RandomString and RandomDecimal generators in the body", b, null);
      Map<String, Object> more =
          obj(
              "method",
              "POST",
              "path",
              "/gen",
              "headers",
              obj("Content-Type", J),
              "body",
              new Raw("{\"h\":\"x\",\"t\":\"x\",\"dt\":\"x\",\"b\":true}"),
              "generators",
              new Raw(
                  "{\"body\":{"
                      + "\"$.h\":{\"type\":\"RandomHexadecimal\",\"digits\":6},\"$.t\":{\"type\":\"Time\",\"format\":\"HH:mm\"},"
                      + "\"$.dt\":{\"type\":\"DateTime\",\"format\":\"yyyy-MM-dd'T'HH:mm:ss\",\"expression\":\"+ 1 day\"},"
                      + "\"$.b\":{\"type\":\"RandomBoolean\"}}}"));
      generator(
          "RandomHexadecimal, Time, DateTime and RandomBoolean generators in the body", more, null);
      Map<String, Object> ps = get("/orders/0");
      ps.put(
          "generators",
          new Raw("{\"path\":{\"type\":\"ProviderState\",\"expression\":\"/orders/${id}\"}}"));
      generator(
          "ProviderState generator from the setup's answer", ps, obj("name", "an order exists"));
      Map<String, Object> pp = get("/skus/0");
      pp.put(
          "generators",
          new Raw("{\"path\":{\"type\":\"ProviderState\",\"expression\":\"/skus/${sku}\"}}"));
      generator(
          "ProviderState generator from the state's params",
          pp,
          obj("name", "a sku exists", "params", obj("sku", "X1")));
    }
    // Provider states.
    {
      Map<String, Object> i = http(get("/state"), obj("status", 200));
      i.put(
          "providerStates",
          List.of(obj("name", "a thing exists", "params", obj("id", 1, "name", "x"))));
      add("state with params", "3.0.0", i, reply(200, null, null));
      Map<String, Object> two = http(get("/state"), obj("status", 200));
      two.put("providerStates", List.of(obj("name", "first"), obj("name", "second")));
      add("two states", "3.0.0", two, reply(200, null, null));
      Map<String, Object> fails = http(get("/state"), obj("status", 200));
      fails.put("providerStates", List.of(obj("name", "fail-state")));
      add("state setup that fails", "3.0.0", fails, reply(200, null, null));
      Map<String, Object> v2 = http(get("/state"), obj("status", 200));
      v2.put("providerState", "a V2 state");
      add("V2 provider state", "2.0.0", v2, reply(200, null, null));
    }
    // Specification versions and pacts as real libraries write them.
    add("V1 pact", "1.0.0", http(get("/v1"), okJson("{\"a\":1}")), reply(200, J, "{\"a\":1}"));
    add("V1.1 pact", "1.1.0", http(get("/v11"), okJson("{\"a\":1}")), reply(200, J, "{\"a\":1}"));
    add("V2 pact", "2.0.0", http(get("/v2"), okJson("{\"a\":1}")), reply(200, J, "{\"a\":1}"));
    add(
        "pact without metadata",
        null,
        http(get("/nometa"), okJson("{\"a\":1}")),
        reply(200, J, "{\"a\":1}"));
    add(
        "headers given as an empty array",
        "3.0.0",
        http(
            obj("method", "GET", "path", "/emptyheaders", "headers", List.of()),
            obj("status", 200, "headers", List.of())),
        reply(200, null, null));
    {
      Map<String, Object> v4 =
          obj(
              "type",
              "Synchronous/HTTP",
              "request",
              get("/v4"),
              "response",
              obj(
                  "status",
                  200,
                  "headers",
                  obj("Content-Type", List.of(J)),
                  "body",
                  obj("contentType", J, "encoded", false, "content", new Raw("{\"a\":1}"))));
      add("V4 HTTP pact", "4.0", v4, reply(200, J, "{\"a\":1}"));
      Map<String, Object> v4bad = new LinkedHashMap<>(v4);
      add("V4 HTTP pact, body differs", "4.0", v4bad, reply(200, J, "{\"a\":2}"));
      Map<String, Object> status =
          obj(
              "type",
              "Synchronous/HTTP",
              "request",
              get("/v4status"),
              "response",
              obj(
                  "status",
                  201,
                  "matchingRules",
                  new Raw(
                      "{\"status\":{\"$\":{\"combine\":\"AND\",\"matchers\":[{\"match\":\"statusCode\",\"status\":\"success\"}]}}}")));
      add("V4 statusCode matcher, 204 sent", "4.0", status, reply(204, null, null));
      add(
          "V4 statusCode matcher, 404 sent",
          "4.0",
          new LinkedHashMap<>(status),
          reply(404, null, null));
    }
  }

  static {
    // Messages (ours and the Rust verifier; asked of the message endpoint over HTTP).
    message(
        "message as expected",
        "3.0.0",
        v3Message("{\"a\":1}", obj("contentType", J)),
        reply(200, J, "{\"a\":1}"));
    message(
        "message body differs",
        "3.0.0",
        v3Message("{\"a\":1}", obj("contentType", J)),
        reply(200, J, "{\"a\":2}"));
    message(
        "message with an extra key",
        "3.0.0",
        v3Message("{\"a\":1}", obj("contentType", J)),
        reply(200, J, "{\"a\":1,\"b\":2}"));
    {
      Map<String, Object> typed = v3Message("{\"a\":\"x\"}", obj("contentType", J));
      typed.put(
          "matchingRules", new Raw("{\"body\":{\"$.a\":{\"matchers\":[{\"match\":\"type\"}]}}}"));
      message("message with a type rule", "3.0.0", typed, reply(200, J, "{\"a\":\"y\"}"));
      message(
          "message with a type rule, number sent",
          "3.0.0",
          new LinkedHashMap<>(typed),
          reply(200, J, "{\"a\":1}"));
    }
    message(
        "message metadata as expected",
        "3.0.0",
        v3Message("{\"a\":1}", obj("contentType", J, "topic", "orders")),
        withHeader(
            reply(200, J, "{\"a\":1}"),
            "Pact-Message-Metadata",
            Base64.getEncoder()
                .encodeToString("{\"topic\":\"orders\"}".getBytes(StandardCharsets.UTF_8))));
    message(
        "message metadata differs",
        "3.0.0",
        v3Message("{\"a\":1}", obj("contentType", J, "topic", "orders")),
        withHeader(
            reply(200, J, "{\"a\":1}"),
            "Pact-Message-Metadata",
            Base64.getEncoder()
                .encodeToString("{\"topic\":\"payments\"}".getBytes(StandardCharsets.UTF_8))));
    {
      Map<String, Object> withState = v3Message("{\"a\":1}", obj("contentType", J));
      withState.put("providerStates", List.of(obj("name", "an order was placed")));
      message("message with a provider state", "3.0.0", withState, reply(200, J, "{\"a\":1}"));
    }
    message(
        "message endpoint answers 404",
        "3.0.0",
        v3Message("{\"a\":1}", obj("contentType", J)),
        reply(404, null, null));
    Map<String, Object> v4 =
        obj(
            "type",
            "Asynchronous/Messages",
            "contents",
            obj("contentType", J, "encoded", false, "content", new Raw("{\"a\":1}")),
            "metadata",
            obj("contentType", J));
    message("V4 asynchronous message", "4.0", v4, reply(200, J, "{\"a\":1}"));
    message(
        "V4 asynchronous message differs",
        "4.0",
        new LinkedHashMap<>(v4),
        reply(200, J, "{\"a\":3}"));
    Map<String, Object> sync =
        obj(
            "type",
            "Synchronous/Messages",
            "request",
            obj(
                "contents",
                obj("contentType", J, "encoded", false, "content", new Raw("{\"q\":1}"))),
            "response",
            List.of(
                obj(
                    "contents",
                    obj("contentType", J, "encoded", false, "content", new Raw("{\"r\":1}")))));
    message("V4 synchronous message", "4.0", sync, reply(200, J, "{\"r\":1}"));
    message(
        "V4 synchronous message, response differs",
        "4.0",
        new LinkedHashMap<>(sync),
        reply(200, J, "{\"r\":2}"));
    // Redirects: the case's reply points to /<id>/landed (which answers {"ok":true}), to itself (a
    // loop) or to the same path on the second port, another origin (OTHER_ORIGIN).
    redirect("redirect 302 within the provider, GET", "GET", 302, "/landed", obj());
    redirect(
        "redirect 302 to another origin, GET with the pact's Authorization",
        "GET",
        302,
        OTHER_ORIGIN + "/landed",
        obj("Authorization", "Bearer conformance-t0ken", "X-Trace", "t-1"));
    redirect(
        "redirect 307 to another origin, POST with a body and a Cookie",
        "POST",
        307,
        OTHER_ORIGIN + "/landed",
        obj("Cookie", "session=c00kie", "Content-Type", J));
    redirect("redirect loop", "GET", 302, "/loop", obj());
    redirect(
        "redirect 303 turns a POST into a GET", "POST", 303, "/landed", obj("Content-Type", J));
    redirect(
        "redirect 308 of a POST to a trailing slash (Flask)",
        "POST",
        308,
        "/landed/",
        obj("Content-Type", J));
    redirect(
        "redirect 307 of a POST to a trailing slash (FastAPI)",
        "POST",
        307,
        "/landed/",
        obj("Content-Type", J));
  }

  /**
   * A redirect case: the pact expects 200 {"ok":true} from {@code /users}; the provider redirects
   * with {@code status} to {@code location} (under the case's prefix when it is a path).
   */
  static void redirect(
      String what, String method, int status, String location, Map<String, Object> headers) {
    Map<String, Object> req = obj("method", method, "path", "/users");
    if (!headers.isEmpty()) {
      req.put("headers", headers);
    }
    if (method.equals("POST")) {
      req.put("body", new Raw("{\"name\":\"ann\"}"));
    }
    String id = String.format("c%03d", CASES.size() + 1);
    String target =
        location.startsWith(OTHER_ORIGIN)
            ? OTHER_ORIGIN + "/" + id + location.substring(OTHER_ORIGIN.length())
            : "/" + id + location;
    add(
        what,
        "3.0.0",
        http(req, okJson("{\"ok\":true}")),
        withHeader(reply(status, null, null), "Location", target));
  }

  // ---------------------------------------------------------------- generate

  /**
   * The message cases' replies as {@code @MessageProvider} methods of one class (its source, for
   * {@code conformance/ours-messages} to compile): the same body, the same metadata (the reply's
   * Pact-Message-Metadata header and Content-Type, read as the message endpoint's are), and a reply
   * that is not 2xx thrown, as the endpoint's errs. Verified both ways, the verdicts must agree.
   */
  static void generateMessageProviders(Path dir) throws IOException {
    StringBuilder java =
        new StringBuilder(
            """
            package conformance;

            import com.fasterxml.jackson.databind.ObjectMapper;
            import io.pactcontainers.message.MessageAndMetadata;
            import io.pactcontainers.message.MessageProvider;
            import java.util.Base64;
            import java.util.LinkedHashMap;
            import java.util.Map;

            /** Generated by Conformance.java: each message case's reply. */
            public class ConformanceMessages {
              private static MessageAndMetadata reply(int status, String type, String meta, String body)
                  throws Exception {
                if (status / 100 != 2) {
                  throw new IllegalStateException("the case's reply is status " + status);
                }
                Map<String, Object> metadata = new LinkedHashMap<>();
                if (meta != null) {
                  @SuppressWarnings("unchecked")
                  Map<String, Object> read =
                      new ObjectMapper().readValue(Base64.getDecoder().decode(meta), LinkedHashMap.class);
                  metadata.putAll(read);
                }
                if (type != null) {
                  metadata.putIfAbsent("contentType", type);
                }
                return new MessageAndMetadata(Base64.getDecoder().decode(body), metadata);
              }
            """);
    for (Case c : CASES) {
      if (!c.message()) {
        continue;
      }
      String type = null;
      String meta = null;
      for (String[] h : c.reply().headers()) {
        if (h[0].equalsIgnoreCase("Content-Type")) {
          type = h[1];
        } else if (h[0].equalsIgnoreCase("Pact-Message-Metadata")) {
          meta = h[1];
        }
      }
      String description = (c.id() + " " + c.what()).replace("\\", "\\\\").replace("\"", "\\\"");
      java.append("\n  @MessageProvider(\"")
          .append(description)
          .append("\")\n")
          .append("  public MessageAndMetadata ")
          .append(c.id())
          .append("() throws Exception {\n")
          .append("    return reply(")
          .append(c.reply().status())
          .append(", ")
          .append(type == null ? "null" : "\"" + type + "\"")
          .append(", ")
          .append(meta == null ? "null" : "\"" + meta + "\"")
          .append(", \"")
          .append(Base64.getEncoder().encodeToString(c.reply().body()))
          .append("\");\n  }\n");
    }
    java.append("}\n");
    Path source = dir.resolve("message-providers/conformance/ConformanceMessages.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, java.toString(), StandardCharsets.UTF_8);
  }

  static void generate(Path dir) throws IOException {
    generateMessageProviders(dir);
    Path pacts = dir.resolve("pacts");
    Path messages = dir.resolve("pacts-messages");
    Files.createDirectories(pacts);
    Files.createDirectories(messages);
    for (Case c : CASES) {
      if (c.message()) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> i = new LinkedHashMap<>(c.interaction());
        if (i.containsKey("type")) {
          m.put("type", i.remove("type"));
        }
        m.put("description", c.id() + " " + c.what());
        m.putAll(i);
        Map<String, Object> pact =
            obj(
                "consumer",
                obj("name", "conformance-consumer"),
                "provider",
                obj("name", "conformance-provider"),
                m.containsKey("type") ? "interactions" : "messages",
                List.of(m),
                "metadata",
                obj("pactSpecification", obj("version", c.spec())));
        Files.writeString(messages.resolve(c.id() + ".json"), json(pact), StandardCharsets.UTF_8);
        continue;
      }
      Map<String, Object> i = new LinkedHashMap<>(c.interaction());
      Map<String, Object> request = new LinkedHashMap<>(castMap(i.get("request")));
      request.put("path", "/" + c.id() + request.get("path"));
      if (request.get("generators") instanceof Raw g) {
        // a ProviderState expression builds the whole path: it needs the case's prefix too
        request.put(
            "generators",
            new Raw(g.json().replace("\"expression\":\"/", "\"expression\":\"/" + c.id() + "/")));
      }
      i.put("request", request);
      Map<String, Object> interaction = new LinkedHashMap<>();
      if (i.containsKey("type")) {
        interaction.put("type", i.remove("type"));
      }
      interaction.put("description", c.id() + " " + c.what());
      interaction.putAll(i);
      Map<String, Object> pact =
          obj(
              "consumer",
              obj("name", "conformance-consumer"),
              "provider",
              obj("name", "conformance-provider"),
              "interactions",
              List.of(interaction));
      if (c.spec() != null) {
        pact.put("metadata", obj("pactSpecification", obj("version", c.spec())));
      }
      Files.writeString(pacts.resolve(c.id() + ".json"), json(pact), StandardCharsets.UTF_8);
    }
    System.out.println(CASES.size() + " cases written to " + pacts);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> castMap(Object o) {
    return (Map<String, Object>) o;
  }

  // ---------------------------------------------------------------- the recording provider

  static volatile String run = "none";

  /** The second port's origin: where the redirect cases send a verifier to another origin. */
  static volatile String otherOrigin = "";

  static void serve(int port, Path dir) throws IOException {
    Map<String, Case> byId = new LinkedHashMap<>();
    CASES.forEach(c -> byId.put(c.id(), c));
    ServerSocket server = listen(port);
    ServerSocket other = listen(port + 1);
    otherOrigin = "http://127.0.0.1:" + (port + 1);
    System.out.println("recording provider on " + port + " and " + (port + 1));
    Thread second = new Thread(() -> accept(other, byId, dir));
    second.setDaemon(true);
    second.start();
    accept(server, byId, dir);
  }

  static ServerSocket listen(int port) throws IOException {
    ServerSocket server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress("127.0.0.1", port), 128);
    return server;
  }

  static void accept(ServerSocket server, Map<String, Case> byId, Path dir) {
    while (true) {
      try {
        Socket s = server.accept();
        Thread t = new Thread(() -> handle(s, byId, dir));
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  static void handle(Socket socket, Map<String, Case> byId, Path dir) {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      while (true) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        String requestLine = line(in, raw);
        if (requestLine == null || requestLine.isEmpty()) {
          return;
        }
        List<String[]> headers = new ArrayList<>();
        String h;
        int length = 0;
        boolean chunked = false;
        boolean close = false;
        while ((h = line(in, raw)) != null && !h.isEmpty()) {
          int colon = h.indexOf(':');
          String name = colon < 0 ? h : h.substring(0, colon);
          String value = colon < 0 ? "" : h.substring(colon + 1).trim();
          headers.add(new String[] {name, value});
          if (name.equalsIgnoreCase("Content-Length")) {
            length = Integer.parseInt(value.trim());
          } else if (name.equalsIgnoreCase("Transfer-Encoding")
              && value.toLowerCase().contains("chunked")) {
            chunked = true;
          } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
            close = true;
          }
        }
        byte[] body = chunked ? chunked(in) : in.readNBytes(length);
        String[] parts = requestLine.split(" ");
        String target = parts.length > 1 ? parts[1] : "";
        Reply reply;
        String caseId =
            target.length() >= 5 && target.charAt(0) == '/' ? target.substring(1, 5) : "";
        if (target.startsWith("/_admin/run/")) {
          run = target.substring("/_admin/run/".length());
          reply = reply(200, "text/plain", "ok");
        } else if (target.startsWith("/_pact/state")) {
          String text = new String(body, StandardCharsets.UTF_8);
          record(dir, "state", parts[0], target, headers, body);
          reply =
              text.contains("fail-state")
                  ? reply(400, J, "{\"error\":\"cannot set up\"}")
                  : text.contains("an order exists") && text.contains("setup")
                      ? reply(200, J, "{\"id\":42}")
                      : reply(200, J, "{}");
        } else if (target.startsWith("/_pact/message")) {
          String text = new String(body, StandardCharsets.UTF_8);
          java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"(c\\d{3}) ").matcher(text);
          String id = m.find() ? m.group(1) : "unknown";
          record(dir, id, parts[0], target, headers, body);
          reply =
              byId.containsKey(id)
                  ? byId.get(id).reply()
                  : reply(404, "text/plain", "no message case");
        } else if (byId.containsKey(caseId)) {
          record(dir, caseId, parts[0], target, headers, body);
          reply =
              target.contains("/landed")
                  ? reply(200, J, "{\"ok\":true}")
                  : located(byId.get(caseId).reply());
        } else {
          record(dir, "unknown", parts[0], target, headers, body);
          reply = reply(404, "text/plain", "no case for " + target);
        }
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(reply.status()).append(" X\r\n");
        for (String[] rh : reply.headers()) {
          head.append(rh[0]).append(": ").append(rh[1]).append("\r\n");
        }
        if (reply.status() != 204) {
          head.append("Content-Length: ").append(reply.body().length).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        out.write(reply.body());
        out.flush();
        if (close) {
          return;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the verifier hung up: nothing to do
    }
  }

  /** The reply with the other origin put into its Location. */
  static Reply located(Reply r) {
    List<String[]> h = new ArrayList<>();
    for (String[] header : r.headers()) {
      h.add(new String[] {header[0], header[1].replace(OTHER_ORIGIN, otherOrigin)});
    }
    return new Reply(r.status(), h, r.body());
  }

  static synchronized void record(
      Path dir, String caseId, String method, String target, List<String[]> headers, byte[] body) {
    List<List<String>> hs = new ArrayList<>();
    headers.forEach(h -> hs.add(List.of(h[0], h[1])));
    String line =
        json(
                obj(
                    "case",
                    caseId,
                    "method",
                    method,
                    "target",
                    target,
                    "headers",
                    hs,
                    "body",
                    Base64.getEncoder().encodeToString(body)))
            + "\n";
    try {
      Files.writeString(
          dir.resolve("requests-" + run + ".jsonl"),
          line,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String line(InputStream in, ByteArrayOutputStream raw) throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    while ((c = in.read()) >= 0) {
      raw.write(c);
      if (c == '\n') {
        String s = bytes.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
      }
      bytes.write(c);
    }
    return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.UTF_8);
  }

  static byte[] chunked(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream ignore = new ByteArrayOutputStream();
    while (true) {
      String size = line(in, ignore);
      int n = Integer.parseInt(size.split(";")[0].trim(), 16);
      if (n == 0) {
        line(in, ignore);
        return out.toByteArray();
      }
      out.write(in.readNBytes(n));
      line(in, ignore);
    }
  }

  // ---------------------------------------------------------------- compare

  /** Verdicts: DIR/verdicts-NAME.txt lists the ids of the cases NAME failed (one per line). */
  static Set<String> failed(Path dir, String name) throws IOException {
    Path f = dir.resolve("verdicts-" + name + ".txt");
    Set<String> out = new LinkedHashSet<>();
    if (Files.exists(f)) {
      for (String l : Files.readAllLines(f)) {
        if (!l.isBlank()) {
          out.add(l.trim());
        }
      }
    }
    return out;
  }

  /**
   * What a verifier sent for each case: method, target, headers (names lower-cased, sorted) and
   * body.
   */
  static Map<String, String> requests(Path dir, String name) throws IOException {
    Map<String, String> out = new TreeMap<>();
    Path f = dir.resolve("requests-" + name + ".jsonl");
    if (!Files.exists(f)) {
      return out;
    }
    for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      String id = field(l, "case");
      if (id.startsWith("c")) {
        out.merge(id, l, (a, b) -> a + "\n" + b);
      }
    }
    return out;
  }

  static String field(String jsonLine, String name) {
    int at = jsonLine.indexOf("\"" + name + "\":\"");
    if (at < 0) {
      return "";
    }
    int start = at + name.length() + 4;
    return jsonLine.substring(start, jsonLine.indexOf('"', start));
  }

  static void compare(Path dir, Path known) throws IOException {
    Map<String, String> knownDifferences = new LinkedHashMap<>();
    for (String l : Files.readAllLines(known)) {
      if (!l.isBlank() && !l.startsWith("#")) {
        String[] p = l.split("\\s+", 2);
        knownDifferences.put(p[0], p.length > 1 ? p[1] : "");
      }
    }
    Set<String> ours = failed(dir, "ours");
    Set<String> rust = failed(dir, "rust");
    Set<String> jvm = failed(dir, "pactjvm");
    Map<String, String> oursSent = requests(dir, "ours");
    Map<String, String> rustSent = requests(dir, "rust");
    Map<String, String> jvmSent = requests(dir, "pactjvm");
    System.out.println(
        "| case | edge | ours | Rust | pact-jvm | request: ours vs Rust | request: ours vs pact-jvm |");
    System.out.println("|---|---|---|---|---|---|---|");
    int unexplained = 0;
    int agreeRust = 0;
    int agreeJvm = 0;
    for (Case c : CASES) {
      String o = ours.contains(c.id()) ? "fail" : "pass";
      String r = rust.contains(c.id()) ? "fail" : "pass";
      String j = c.message() ? "n/a" : jvm.contains(c.id()) ? "fail" : "pass";
      if (o.equals(r)) {
        agreeRust++;
      }
      if (o.equals(j)) {
        agreeJvm++;
      }
      String mark = "";
      if (!o.equals(r)) {
        if (knownDifferences.containsKey(c.id())) {
          mark = " (known)";
        } else {
          mark = " **DIFFERS**";
          unexplained++;
        }
      }
      System.out.println(
          "| "
              + c.id()
              + " | "
              + c.what().replace("|", "/")
              + " | "
              + o
              + mark
              + " | "
              + r
              + " | "
              + j
              + " | "
              + sentDiff(oursSent.get(c.id()), rustSent.get(c.id()))
              + " | "
              + sentDiff(oursSent.get(c.id()), jvmSent.get(c.id()))
              + " |");
    }
    System.out.println();
    long http = CASES.stream().filter(c -> !c.message()).count();
    System.out.println(
        CASES.size()
            + " cases ("
            + (CASES.size() - http)
            + " of them messages): our verdict agrees with the Rust verifier on "
            + agreeRust
            + " of "
            + CASES.size()
            + ", with pact-jvm on "
            + agreeJvm
            + " of "
            + http
            + "; "
            + unexplained
            + " unexplained difference(s) from the Rust verifier");
    for (Map.Entry<String, String> k : knownDifferences.entrySet()) {
      System.out.println("  known: " + k.getKey() + " " + k.getValue());
    }
    System.out.println(
        "conformance: " + (CASES.size() - unexplained) + " passed, " + unexplained + " failed");
    if (unexplained > 0) {
      System.exit(1);
    }
  }

  /**
   * Where two verifiers' requests for a case differ: target, headers (other than the client's own),
   * body.
   */
  static String sentDiff(String a, String b) {
    if (a == null || b == null) {
      return a == b ? "none sent" : (a == null ? "ours sent none" : "theirs sent none");
    }
    List<String> what = new ArrayList<>();
    if (!field(a, "method").equals(field(b, "method"))) {
      what.add("method");
    }
    if (!field(a, "target").equals(field(b, "target"))) {
      what.add("target " + field(a, "target") + " vs " + field(b, "target"));
    }
    if (!field(a, "body").equals(field(b, "body"))) {
      what.add("body");
    }
    Set<String> ha = headerSet(a);
    Set<String> hb = headerSet(b);
    Set<String> onlyA = new LinkedHashSet<>(ha);
    onlyA.removeAll(hb);
    Set<String> onlyB = new LinkedHashSet<>(hb);
    onlyB.removeAll(ha);
    if (!onlyA.isEmpty()) {
      what.add("only ours: " + String.join("; ", onlyA));
    }
    if (!onlyB.isEmpty()) {
      what.add("only theirs: " + String.join("; ", onlyB));
    }
    return what.isEmpty() ? "same" : String.join(", ", what).replace("|", "/");
  }

  /**
   * The headers of the first request, names lower-cased, without the ones each HTTP client adds its
   * own way.
   */
  static Set<String> headerSet(String lines) {
    String first = lines.split("\n")[0];
    int at = first.indexOf("\"headers\":[");
    int end = first.indexOf("]],", at);
    Set<String> out = new java.util.TreeSet<>();
    if (at < 0 || end < 0) {
      return out;
    }
    for (String pair : first.substring(at + 12, end).split("\\],\\[")) {
      String[] nv = pair.replace("[", "").replace("]", "").split("\",\"", 2);
      String name = nv[0].replace("\"", "").toLowerCase();
      String value = nv.length > 1 ? nv[1].replace("\"", "") : "";
      if (!Set.of("user-agent", "accept-encoding", "connection", "keep-alive", "te")
          .contains(name)) {
        out.add(name + ": " + (name.equals("host") ? value.replaceAll(":\\d+$", ":PORT") : value));
      }
    }
    return out;
  }

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "generate" -> generate(Path.of(args[1]));
      case "serve" -> serve(Integer.parseInt(args[1]), Path.of(args[2]));
      case "compare" -> compare(Path.of(args[1]), Path.of(args[2]));
      case "count" -> System.out.println(CASES.size());
      default ->
          throw new IllegalArgumentException("generate DIR | serve PORT DIR | compare DIR KNOWN");
    }
  }
}
