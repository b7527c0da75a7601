package io.pactcontainers.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads pact files of every specification version (V1, V1.1, V2, V3, V4). Unknown fields are
 * ignored; anything malformed raises {@link PactFormatException} naming the file, the interaction
 * and the JSON path.
 */
public final class PactReader {
  private final ObjectMapper mapper = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private final RulesReader rules = new RulesReader(mapper);
  private final BodyReader bodies = new BodyReader(mapper);

  /** Reads a pact file; {@code location} in messages is the file's path. */
  public Pact read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new PactFormatException(file.toString(), null, "$", "cannot read the file: " + e.getMessage(), e);
    }
    return read(bytes, file.toString());
  }

  public Pact read(String json, String location) {
    return read(json.getBytes(StandardCharsets.UTF_8), location);
  }

  public Pact read(byte[] json, String location) {
    JsonCursor root = JsonCursor.root(parse(json, location), location).requireObject();
    String consumer = root.field("consumer").requireObject().field("name").requiredText();
    String provider = root.field("provider").requireObject().field("name").requiredText();
    PactSpecVersion version = specVersion(root);
    List<Interaction> interactions = new ArrayList<>();
    if (root.has("interactions")) {
      for (JsonCursor i : root.field("interactions").elements()) {
        interactions.add(interaction(i, interactions.size(), version));
      }
    }
    if (root.has("messages")) {
      for (JsonCursor m : root.field("messages").elements()) {
        interactions.add(v3Message(m, interactions.size()));
      }
    }
    if (!root.has("interactions") && !root.has("messages")) {
      throw root.fail("the pact has neither \"interactions\" nor \"messages\"");
    }
    return new Pact(consumer, provider, version, interactions, location);
  }

  /** Reads a bare response object in the format of the given version (used for matching cases). */
  public HttpResponse readResponse(String json, PactSpecVersion version, String location) {
    JsonCursor root = JsonCursor.root(parse(json.getBytes(StandardCharsets.UTF_8), location), location);
    return response(root.requireObject(), version);
  }

  /** Reads a bare message object in the format of the given version (used for matching cases). */
  public Message readMessage(String json, PactSpecVersion version, String location) {
    JsonCursor root = JsonCursor.root(parse(json.getBytes(StandardCharsets.UTF_8), location), location);
    return version.atLeast(PactSpecVersion.V4) ? v4Message(root.requireObject()) : v3MessageBody(root.requireObject());
  }

  private JsonNode parse(byte[] json, String location) {
    int start = json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB && (json[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      JsonNode n = mapper.readTree(json, start, json.length - start);
      if (n == null || n.isMissingNode()) {
        throw new PactFormatException(location, null, "$", "the file is empty");
      }
      return n;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
      throw new PactFormatException(location, null, "$", "not valid JSON" + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new PactFormatException(location, null, "$", "cannot read: " + e.getMessage(), e);
    }
  }

  private static PactSpecVersion specVersion(JsonCursor root) {
    JsonCursor metadata = root.firstField("metadata", "metaData");
    if (metadata.node().isObject()) {
      JsonCursor spec = metadata.firstField("pactSpecification", "pact-specification", "pactSpecificationVersion");
      String text = spec.node().isObject() ? spec.field("version").optionalText().orElse(null)
          : spec.optionalText().orElse(null);
      if (text != null) {
        return PactSpecVersion.parse(text).orElseThrow(() -> spec.fail("unknown Pact specification version \"" + text + "\""));
      }
    }
    JsonNode interactions = root.node().path("interactions");
    if (interactions.isArray() && interactions.size() > 0 && interactions.get(0).has("type")) {
      return PactSpecVersion.V4;
    }
    return root.has("messages") ? PactSpecVersion.V3 : PactSpecVersion.V2;
  }

  private Interaction interaction(JsonCursor i, int index, PactSpecVersion version) {
    i.requireObject();
    String description = i.field("description").requiredText();
    JsonCursor in = i.inInteraction("#" + index + " \"" + description + "\"");
    String key = in.firstField("key", "_id").optionalText().orElse("");
    List<ProviderState> states = providerStates(in);
    boolean pending = in.field("pending").optionalBoolean(false);
    List<String> comments = comments(in.field("comments"));
    String type = in.field("type").optionalText().orElse("Synchronous/HTTP");
    return switch (type) {
      case "Synchronous/HTTP" -> new HttpInteraction(index, description, key, states,
          request(in.field("request").requireObject(), version), response(in.field("response").requireObject(), version),
          pending, comments);
      case "Asynchronous/Messages" -> new MessageInteraction(index, description, key, states, v4Message(in), pending, comments);
      case "Synchronous/Messages" -> {
        List<Message> responses = new ArrayList<>();
        JsonCursor r = in.field("response");
        if (!r.isMissing()) {
          for (JsonCursor m : r.elements()) {
            responses.add(v4Message(m.requireObject()));
          }
        }
        yield new SynchronousMessageInteraction(index, description, key, states,
            v4Message(in.field("request").requireObject()), responses, pending, comments);
      }
      default -> throw in.field("type").fail("unknown interaction type \"" + type
          + "\"; valid: Synchronous/HTTP, Asynchronous/Messages, Synchronous/Messages");
    };
  }

  private MessageInteraction v3Message(JsonCursor m, int index) {
    m.requireObject();
    String description = m.field("description").requiredText();
    JsonCursor in = m.inInteraction("#" + index + " \"" + description + "\"");
    return new MessageInteraction(index, description, "", providerStates(in), v3MessageBody(in), false, List.of());
  }

  private Message v3MessageBody(JsonCursor m) {
    Map<String, Object> metadata = metadata(m.firstField("metaData", "metadata"));
    String type = contentTypeOf(metadata);
    return new Message(bodies.plain(m.field("contents"), type), metadata,
        rules.matchingRules(m.field("matchingRules")), rules.generators(m.field("generators")));
  }

  private Message v4Message(JsonCursor m) {
    Map<String, Object> metadata = metadata(m.firstField("metadata", "metaData"));
    return new Message(bodies.v4(m.field("contents"), contentTypeOf(metadata)), metadata,
        rules.matchingRules(m.field("matchingRules")), rules.generators(m.field("generators")));
  }

  private static String contentTypeOf(Map<String, Object> metadata) {
    for (Map.Entry<String, Object> e : metadata.entrySet()) {
      if (e.getKey().equalsIgnoreCase("contentType") || e.getKey().equalsIgnoreCase("content-type")) {
        return String.valueOf(e.getValue());
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> metadata(JsonCursor metadata) {
    if (metadata.isMissing() || metadata.isNull()) {
      return Map.of();
    }
    return mapper.convertValue(metadata.requireObject().node(), LinkedHashMap.class);
  }

  @SuppressWarnings("unchecked")
  private List<ProviderState> providerStates(JsonCursor i) {
    List<ProviderState> states = new ArrayList<>();
    if (i.has("providerStates")) {
      for (JsonCursor s : i.field("providerStates").elements()) {
        String name = s.requireObject().field("name").requiredText();
        JsonCursor params = s.field("params");
        Map<String, Object> p = params.isMissing() || params.isNull() ? Map.of()
            : mapper.convertValue(params.requireObject().node(), LinkedHashMap.class);
        states.add(new ProviderState(name, p));
      }
    } else {
      JsonCursor s = i.firstField("providerState", "provider_state");
      s.optionalText().filter(t -> !t.isEmpty()).ifPresent(t -> states.add(ProviderState.of(t)));
    }
    return states;
  }

  private static List<String> comments(JsonCursor c) {
    List<String> out = new ArrayList<>();
    if (c.node().isObject()) {
      JsonCursor text = c.field("text");
      if (text.node().isArray()) {
        for (JsonCursor t : text.elements()) {
          t.optionalText().ifPresent(out::add);
        }
      }
      c.field("testname").optionalText().ifPresent(t -> out.add("test: " + t));
    }
    return out;
  }

  private HttpRequest request(JsonCursor r, PactSpecVersion version) {
    String method = r.field("method").optionalText().orElse("GET").toUpperCase(java.util.Locale.ROOT);
    String path = r.field("path").optionalText().orElse("/");
    Headers headers = headers(r.field("headers"));
    String type = headers.joined("Content-Type").orElse(null);
    Body body = version.atLeast(PactSpecVersion.V4) ? bodies.v4(r.field("body"), type) : bodies.plain(r.field("body"), type);
    return new HttpRequest(method, path, query(r.field("query")), headers, body,
        rules.matchingRules(r.field("matchingRules")), rules.generators(r.field("generators")));
  }

  private HttpResponse response(JsonCursor r, PactSpecVersion version) {
    int status = r.field("status").optionalInt(0);
    Headers headers = headers(r.field("headers"));
    String type = headers.joined("Content-Type").orElse(null);
    Body body = version.atLeast(PactSpecVersion.V4) ? bodies.v4(r.field("body"), type) : bodies.plain(r.field("body"), type);
    return new HttpResponse(status, headers, body, rules.matchingRules(r.field("matchingRules")),
        rules.generators(r.field("generators")));
  }

  private static Headers headers(JsonCursor h) {
    if (h.isMissing() || h.isNull()) {
      return Headers.none();
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonCursor> e : h.requireObject().fields()) {
      values.put(e.getKey(), stringList(e.getValue()));
    }
    return new Headers(values);
  }

  private static List<String> stringList(JsonCursor v) {
    if (v.node().isArray()) {
      List<String> out = new ArrayList<>();
      for (JsonCursor e : v.elements()) {
        out.add(e.optionalText().orElse(""));
      }
      return out;
    }
    return List.of(v.optionalText().orElse(""));
  }

  private static Map<String, List<String>> query(JsonCursor q) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (q.isMissing() || q.isNull()) {
      return out;
    }
    if (q.node().isTextual()) {
      for (String pair : q.node().textValue().split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
      return out;
    }
    for (Map.Entry<String, JsonCursor> e : q.requireObject().fields()) {
      out.put(e.getKey(), stringList(e.getValue()));
    }
    return out;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
