package io.pactcontainers.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads pact files of every specification version (V1, V1.1, V2, V3, V4). Unknown fields are
 * ignored; anything malformed raises {@link PactFormatException} naming the file, the interaction
 * and the JSON path.
 */
public final class PactReader {
  static final Set<String> STREAMED = Set.of("interactions", "messages");

  private final JsonLimits limits;

  /**
   * Made when first needed: a well-formed pact is read without it ({@link OnePassRead}), so its
   * set-up is not in the way of the first read.
   */
  private volatile ObjectMapper mapper;

  /** The parser factory, with the limits: what the one-pass read needs alone. */
  private final com.fasterxml.jackson.core.JsonFactory factory;

  private static ObjectMapper newMapper() {
    return new ObjectMapper()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        // 1.0 stays 1.0 (Jackson would strip it to 1): it is not the integer 1, and messages show
        // it as written.
        .configure(
            com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES,
            false);
  }

  /** A reader with the default JSON limits. */
  public PactReader() {
    this(JsonLimits.DEFAULT);
  }

  /**
   * The limits this reader keeps.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * A reader.
   *
   * @param limits how large a pact or a string in it may be
   */
  public PactReader(JsonLimits limits) {
    this.limits = limits;
    this.factory = io.pactcontainers.json.JsonMappers.limitedFactory(limits.maxBytes());
    this.rules = new RulesReader();
    this.bodies = new BodyReader(this::mapper);
    this.onePass = new OnePassRead(this, factory);
  }

  private final RulesReader rules;
  private final BodyReader bodies;
  private final OnePassRead onePass;

  private ObjectMapper mapper() {
    ObjectMapper m = mapper;
    if (m == null) {
      m = io.pactcontainers.json.JsonMappers.limitedTo(newMapper(), limits.maxBytes());
      mapper = m; // two threads may each make one: the same settings either way
    }
    return m;
  }

  /**
   * Reads a pact file; {@code location} in messages is the file's path.
   *
   * @param file the pact file
   * @return the pact
   * @throws PactFormatException naming the file and the JSON path at fault
   * @throws JsonLimitException when the pact is larger than the limits
   * @throws JsonDepthException when the pact is nested deeper than the parser reads
   */
  public Pact read(Path file) {
    byte[] bytes;
    try {
      bytes = io.pactcontainers.json.FileBytes.read(file);
    } catch (IOException e) {
      throw new PactFormatException(
          file.toString(), null, "$", "cannot read the file: " + e.getMessage(), e);
    }
    return read(bytes, file.toString());
  }

  /**
   * Reads a pact from its text.
   *
   * @param json the pact
   * @param location where it came from, for messages
   * @return the pact
   * @throws PactFormatException naming the location and the JSON path at fault
   */
  public Pact read(String json, String location) {
    return read(json.getBytes(StandardCharsets.UTF_8), location);
  }

  /**
   * Reads a pact from its bytes (UTF-8, a byte order mark allowed).
   *
   * @param json the pact
   * @param location where it came from, for messages
   * @return the pact
   * @throws PactFormatException naming the location and the JSON path at fault
   * @throws JsonLimitException when the pact is larger than the limits
   * @throws JsonDepthException when the pact is nested deeper than the parser reads
   */
  public Pact read(byte[] json, String location) {
    int start = bomLength(json);
    return onePass
        .read(json, start, location)
        .orElseGet(() -> readInTwoPasses(json, start, location));
  }

  /**
   * Reads the pact's outline first, then its interactions as its version says: what every pact that
   * {@link OnePassRead} gives up on is read with, its faults reported first to last.
   */
  Pact readInTwoPasses(byte[] json, int start, String location) {
    Outline outline = outline(json, start, location);
    JsonCursor root = JsonCursor.root(outline.root(), location).requireObject();
    String consumer = root.field("consumer").requireObject().field("name").requiredText();
    String provider = root.field("provider").requireObject().field("name").requiredText();
    PactSpecVersion version = specVersion(root, outline.firstInteractionTyped());
    List<Interaction> interactions = new ArrayList<>();
    if (root.has("interactions")) {
      elements(
          json,
          start,
          outline,
          root.field("interactions"),
          i -> interactions.add(interaction(i, interactions.size(), version)));
    }
    if (root.has("messages")) {
      elements(
          json,
          start,
          outline,
          root.field("messages"),
          m -> interactions.add(v3Message(m, interactions.size())));
    }
    return pact(root, consumer, provider, version, interactions);
  }

  /** The pact, once its interactions are read: the checks and warnings left to the end. */
  Pact pact(
      JsonCursor root,
      String consumer,
      String provider,
      PactSpecVersion version,
      List<Interaction> interactions) {
    if (!root.has("interactions") && !root.has("messages")) {
      throw root.fail("the pact has neither \"interactions\" nor \"messages\"");
    }
    JsonCursor plugins = root.firstField("metadata", "metaData").field("plugins");
    if (plugins.node().isArray() && !plugins.node().isEmpty()) {
      JsonCursor first = plugins.elements().get(0);
      String name = first.node().path("name").asText("");
      String pluginVersion = first.node().path("version").asText("");
      throw first.unsupported(
          PLUGINS_REFUSED.formatted(
              "the Pact plugin \""
                  + name
                  + "\""
                  + (pluginVersion.isEmpty() ? "" : " " + pluginVersion)));
    }
    if (!root.firstField("metadata", "metaData").node().isObject()) {
      root.oddity(
          "no \"metadata\" naming the specification version, read as Pact specification "
              + version.label());
    }
    List<String> warnings = new ArrayList<>();
    root.context()
        .oddities()
        .forEach(
            (what, paths) ->
                warnings.add(
                    what
                        + (paths.equals(List.of("$"))
                            ? ""
                            : paths.size() == 1
                                ? " (at " + paths.get(0) + ")"
                                : " ("
                                    + paths.size()
                                    + " places, first at "
                                    + paths.get(0)
                                    + ")")));
    return new Pact(consumer, provider, version, interactions, root.context().location(), warnings);
  }

  /**
   * The pact file without its interactions and messages: those arrays are read one element at a
   * time afterwards ({@link #elements}), so a big pact is never held as one JSON tree. A tree takes
   * ~13 times the file's size; for 10,000 interactions it made the JVM grow its heap by hundreds of
   * MiB for data dropped a moment later.
   *
   * @param root the root object, with an empty array standing for each streamed array
   * @param streamed whether the arrays are left out (false when the file is read as one tree: its
   *     root is not an object, or a streamed array appears twice)
   * @param firstInteractionTyped whether the first interaction has a "type" (a V4 file)
   */
  private record Outline(JsonNode root, boolean streamed, boolean firstInteractionTyped) {}

  private Outline outline(byte[] json, int start, String location) {
    try (JsonParser p = mapper().getFactory().createParser(json, start, json.length - start)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        return whole(json, start, location);
      }
      ObjectNode root = mapper().createObjectNode();
      boolean typed = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        t = p.nextToken();
        if (STREAMED.contains(name) && t == JsonToken.START_ARRAY) {
          if (root.has(name)) {
            return whole(json, start, location);
          }
          root.set(name, mapper().createArrayNode());
          boolean first = true;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            if (first && name.equals("interactions")) {
              JsonNode firstInteraction = mapper().readTree(p);
              typed = firstInteraction.isObject() && firstInteraction.has("type");
            } else {
              p.skipChildren();
            }
            first = false;
          }
        } else {
          JsonNode value = mapper().readTree(p);
          root.set(name, value);
        }
      }
      return new Outline(root, true, typed);
    } catch (IOException e) {
      throw notJson(e, location);
    }
  }

  private Outline whole(byte[] json, int start, String location) {
    JsonNode root = parse(json, start, location);
    JsonNode interactions = root.path("interactions");
    boolean typed =
        interactions.isArray() && interactions.size() > 0 && interactions.get(0).has("type");
    return new Outline(root, false, typed);
  }

  /** Hands each element of the array at {@code array} to {@code each}, in order. */
  private void elements(
      byte[] json, int start, Outline outline, JsonCursor array, Consumer<JsonCursor> each) {
    array.requireArray();
    if (!outline.streamed()) {
      array.elements().forEach(each);
      return;
    }
    try (JsonParser p = mapper().getFactory().createParser(json, start, json.length - start)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (!name.equals(array.name())) {
          p.skipChildren();
          continue;
        }
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          each.accept(array.element(mapper().readTree(p), index++));
        }
        return;
      }
    } catch (IOException e) {
      throw notJson(e, array.context().location());
    }
  }

  /**
   * Reads a bare response object in the format of the given version (used for matching cases).
   *
   * @param json the response object
   * @param version the specification version it is written in
   * @param location where it came from, for messages
   * @return the response
   */
  public HttpResponse readResponse(String json, PactSpecVersion version, String location) {
    JsonCursor root =
        JsonCursor.root(parse(json.getBytes(StandardCharsets.UTF_8), location), location);
    return response(root.requireObject(), version);
  }

  /**
   * Reads a bare message object in the format of the given version (used for matching cases).
   *
   * @param json the message object
   * @param version the specification version it is written in
   * @param location where it came from, for messages
   * @return the message
   */
  public Message readMessage(String json, PactSpecVersion version, String location) {
    JsonCursor root =
        JsonCursor.root(parse(json.getBytes(StandardCharsets.UTF_8), location), location);
    return version.atLeast(PactSpecVersion.V4)
        ? v4Message(root.requireObject())
        : v3MessageBody(root.requireObject());
  }

  private static int bomLength(byte[] json) {
    return json.length >= 3
            && (json[0] & 0xFF) == 0xEF
            && (json[1] & 0xFF) == 0xBB
            && (json[2] & 0xFF) == 0xBF
        ? 3
        : 0;
  }

  private JsonNode parse(byte[] json, String location) {
    return parse(json, bomLength(json), location);
  }

  private JsonNode parse(byte[] json, int start, String location) {
    try {
      JsonNode n = mapper().readTree(json, start, json.length - start);
      if (n == null || n.isMissingNode()) {
        throw new PactFormatException(location, null, "$", "the file is empty");
      }
      return n;
    } catch (IOException e) {
      throw notJson(e, location);
    }
  }

  private RuntimeException notJson(IOException e, String location) {
    if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException c
        && io.pactcontainers.json.JsonMappers.tooDeep(c)) {
      return new JsonDepthException(
          location, io.pactcontainers.json.JsonMappers.MAX_NESTING_DEPTH, e);
    }
    if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
      return new JsonLimitException(location, limits, e);
    }
    if (e instanceof JsonProcessingException j) {
      String where =
          j.getLocation() == null
              ? ""
              : " (line "
                  + j.getLocation().getLineNr()
                  + ", column "
                  + j.getLocation().getColumnNr()
                  + ")";
      return new PactFormatException(
          location, null, "$", "not valid JSON" + where + ": " + j.getOriginalMessage(), e);
    }
    return new PactFormatException(location, null, "$", "cannot read: " + e.getMessage(), e);
  }

  static PactSpecVersion specVersion(JsonCursor root, boolean firstInteractionTyped) {
    JsonCursor metadata = root.firstField("metadata", "metaData");
    if (metadata.node().isObject()) {
      JsonCursor spec =
          metadata.firstField(
              "pactSpecification", "pact-specification", "pactSpecificationVersion");
      String text =
          spec.node().isObject()
              ? spec.field("version").optionalText().orElse(null)
              : spec.optionalText().orElse(null);
      if (text != null) {
        return PactSpecVersion.parse(text)
            .orElseThrow(() -> spec.fail("unknown Pact specification version \"" + text + "\""));
      }
    }
    if (firstInteractionTyped) {
      return PactSpecVersion.V4;
    }
    // Without metadata the Rust verifier takes a pact for V3 (pact_models' default), so do we.
    return PactSpecVersion.V3;
  }

  Interaction interaction(JsonCursor i, int index, PactSpecVersion version) {
    i.requireObject();
    String description = i.field("description").requiredText();
    JsonCursor in = i.inInteraction("#" + index + " \"" + description + "\"");
    refusePlugins(in);
    String key = in.field("key").optionalText().orElse("");
    String brokerId = in.field("_id").optionalText().orElse("");
    List<ProviderState> states = providerStates(in);
    boolean pending = in.field("pending").optionalBoolean(false);
    List<String> comments = comments(in.field("comments"));
    String type = in.field("type").optionalText().orElse("Synchronous/HTTP");
    return switch (type) {
      case "Synchronous/HTTP" ->
          new HttpInteraction(
              index,
              description,
              key,
              brokerId,
              states,
              request(in.field("request").requireObject(), version),
              response(in.field("response").requireObject(), version),
              pending,
              comments);
      case "Asynchronous/Messages" ->
          new MessageInteraction(
              index, description, key, brokerId, states, v4Message(in), pending, comments);
      case "Synchronous/Messages" -> {
        List<Message> responses = new ArrayList<>();
        JsonCursor r = in.field("response");
        if (!r.isMissing()) {
          for (JsonCursor m : r.elements()) {
            responses.add(v4Message(m.requireObject()));
          }
        }
        yield new SynchronousMessageInteraction(
            index,
            description,
            key,
            brokerId,
            states,
            v4Message(in.field("request").requireObject()),
            responses,
            pending,
            comments);
      }
      default ->
          throw in.field("type")
              .fail(
                  "unknown interaction type \""
                      + type
                      + "\"; valid: Synchronous/HTTP, Asynchronous/Messages, Synchronous/Messages");
    };
  }

  /**
   * Why a pact that needs a Pact plugin is refused: its plugin interactions (another transport, a
   * plugin's content type) would be read as plain HTTP or skipped, and the pact reported verified
   * when part of it never was. A wrong "verified" is the worst outcome, so the whole pact is
   * refused.
   */
  static final String PLUGINS_REFUSED =
      "the pact needs %s, and Pact plugins are not supported here: its interactions cannot be"
          + " verified, not even in part. Verify this pact with a verifier that runs Pact plugins"
          + " (the Rust verifier, pact-jvm), or leave it out of the pact sources";

  /** An interaction that needs a plugin: its configuration, or a transport other than HTTP. */
  private static void refusePlugins(JsonCursor in) {
    JsonCursor configuration = in.field("pluginConfiguration");
    if (configuration.node().isObject() && !configuration.node().isEmpty()) {
      String name = configuration.node().fieldNames().next();
      throw configuration.unsupported(
          PLUGINS_REFUSED.formatted("the Pact plugin \"" + name + "\""));
    }
    JsonCursor transport = in.field("transport");
    String t = transport.node().isTextual() ? transport.node().textValue() : "http";
    if (!t.equalsIgnoreCase("http") && !t.equalsIgnoreCase("https")) {
      throw transport.unsupported(
          PLUGINS_REFUSED.formatted("a Pact plugin for its transport \"" + t + "\""));
    }
  }

  MessageInteraction v3Message(JsonCursor m, int index) {
    m.requireObject();
    String description = m.field("description").requiredText();
    JsonCursor in = m.inInteraction("#" + index + " \"" + description + "\"");
    refusePlugins(in);
    return new MessageInteraction(
        index,
        description,
        "",
        in.field("_id").optionalText().orElse(""),
        providerStates(in),
        v3MessageBody(in),
        false,
        List.of());
  }

  private Message v3MessageBody(JsonCursor m) {
    Map<String, Object> metadata = metadata(m.firstField("metaData", "metadata"));
    String type = contentTypeOf(metadata);
    return new Message(
        bodies.plain(m.field("contents"), type),
        metadata,
        rules.matchingRules(m.field("matchingRules")),
        rules.generators(m.field("generators")));
  }

  private Message v4Message(JsonCursor m) {
    Map<String, Object> metadata = metadata(m.firstField("metadata", "metaData"));
    return new Message(
        bodies.v4(m.field("contents"), contentTypeOf(metadata)),
        metadata,
        rules.matchingRules(m.field("matchingRules")),
        rules.generators(m.field("generators")));
  }

  private static String contentTypeOf(Map<String, Object> metadata) {
    for (Map.Entry<String, Object> e : metadata.entrySet()) {
      if (e.getKey().equalsIgnoreCase("contentType")
          || e.getKey().equalsIgnoreCase("content-type")) {
        return String.valueOf(e.getValue());
      }
    }
    return null;
  }

  private Map<String, Object> metadata(JsonCursor metadata) {
    if (metadata.isMissing() || metadata.isNull()) {
      return Map.of();
    }
    return TreeValues.map(metadata.requireObject().node());
  }

  private List<ProviderState> providerStates(JsonCursor i) {
    List<ProviderState> states = new ArrayList<>();
    if (i.has("providerStates")) {
      for (JsonCursor s : i.field("providerStates").elements()) {
        String name = s.requireObject().field("name").requiredText();
        JsonCursor params = s.field("params");
        Map<String, Object> p =
            params.isMissing() || params.isNull()
                ? Map.of()
                : TreeValues.map(params.requireObject().node());
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
      c.field("testname").optionalText().ifPresent(t -> out.add("original test: " + t));
    }
    return out;
  }

  private HttpRequest request(JsonCursor r, PactSpecVersion version) {
    String method =
        r.field("method").optionalText().orElse("GET").toUpperCase(java.util.Locale.ROOT);
    String path = r.field("path").optionalText().orElse("/");
    Headers headers = headers(r.field("headers"));
    String type = headers.joined("Content-Type").orElse(null);
    Body body = body(r, version, type);
    return new HttpRequest(
        method,
        path,
        query(r.field("query")),
        headers,
        body,
        rules.matchingRules(r.field("matchingRules")),
        rules.generators(r.field("generators")));
  }

  /** A request's or response's body: V4 pacts say how it is encoded, earlier ones do not. */
  private Body body(JsonCursor r, PactSpecVersion version, String contentType) {
    return version.atLeast(PactSpecVersion.V4)
        ? bodies.v4(r.field("body"), contentType)
        : bodies.plain(r.field("body"), contentType);
  }

  private HttpResponse response(JsonCursor r, PactSpecVersion version) {
    int status = r.field("status").optionalInt(0);
    Headers headers = headers(r.field("headers"));
    String type = headers.joined("Content-Type").orElse(null);
    Body body = body(r, version, type);
    return new HttpResponse(
        status,
        headers,
        body,
        rules.matchingRules(r.field("matchingRules")),
        rules.generators(r.field("generators")));
  }

  private static Headers headers(JsonCursor h) {
    if (h.isMissing() || h.isNull()) {
      return Headers.none();
    }
    if (h.node().isArray() && h.node().isEmpty()) {
      // pact-test 1.0 writes "headers": [] for no headers; the Rust verifier reads it so.
      h.oddity("\"headers\": [] where an object belongs, read as no headers");
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
