package io.pactcontainers.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pactcontainers.json.TreeReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A well-formed pact read in one pass of the parser: each interaction is read into the model as
 * soon as it is parsed, never held as a tree with the others. The two-pass read ({@link
 * PactReader}) first goes through the whole file for the specification version, which pact files
 * mostly write after the interactions; that pass was a fifth of the time to read a big pact.
 *
 * <p>Until the metadata is met, the interactions are read as the version it most likely names: V4
 * when the first interaction has a "type", V3 otherwise. An interaction's reading depends on its
 * version only through whether it is V4 (its bodies); when the metadata says otherwise, or anything
 * at all is wrong with the file, this gives up and the two-pass read reads it, so that every fault
 * is reported as it always was, the first one first.
 */
final class OnePassRead {
  private final PactReader reader;
  private final JsonFactory factory;

  OnePassRead(PactReader reader, JsonFactory factory) {
    this.reader = reader;
    this.factory = factory;
  }

  /** What was read of the one array of interactions or messages. */
  private record Streamed(
      String name, ArrayNode node, List<Interaction> read, boolean typed, boolean v4) {}

  /**
   * The pact, or empty when the two-pass read must read it: the file is not a well-formed pact
   * object with one array of interactions or messages, or its version was guessed wrong.
   */
  Optional<Pact> read(byte[] json, int start, String location) {
    try (JsonParser p = factory.createParser(json, start, json.length - start)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      ObjectNode rootNode = JsonNodeFactory.instance.objectNode();
      JsonCursor root = JsonCursor.root(rootNode, location);
      Streamed streamed = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (p.nextToken() == JsonToken.START_ARRAY && PactReader.STREAMED.contains(name)) {
          if (streamed != null || rootNode.has(name)) {
            return Optional.empty(); // both arrays, or one twice: read as it always was
          }
          streamed = stream(p, root, name);
        } else {
          rootNode.set(name, TreeReader.read(p));
        }
      }
      if (streamed == null || rootNode.get(streamed.name()) != streamed.node()) {
        return Optional.empty(); // no array read, or a later field of its name replaced it
      }
      return finish(root, streamed);
    } catch (IOException | RuntimeException e) {
      // Malformed somewhere: the two-pass read finds the first fault and says it as it always has.
      return Optional.empty();
    }
  }

  private Streamed stream(JsonParser p, JsonCursor root, String name) throws IOException {
    ArrayNode node = JsonNodeFactory.instance.arrayNode();
    ((ObjectNode) root.node()).set(name, node);
    JsonCursor array = root.field(name);
    boolean interactions = name.equals("interactions");
    List<Interaction> read = new ArrayList<>();
    boolean typed = false;
    PactSpecVersion guess = PactSpecVersion.V3;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      JsonNode element = TreeReader.read(p);
      JsonCursor cursor = array.element(element, read.size());
      if (!interactions) {
        read.add(reader.v3Message(cursor, read.size()));
        continue;
      }
      if (read.isEmpty()) {
        typed = element.isObject() && element.has("type");
        // The metadata, when it came first, names the version; otherwise the likeliest one.
        guess = PactReader.specVersion(root, typed);
      }
      read.add(reader.interaction(cursor, read.size(), guess));
    }
    return new Streamed(name, node, read, typed, guess.atLeast(PactSpecVersion.V4));
  }

  private Optional<Pact> finish(JsonCursor root, Streamed streamed) {
    root.requireObject();
    String consumer = root.field("consumer").requireObject().field("name").requiredText();
    String provider = root.field("provider").requireObject().field("name").requiredText();
    PactSpecVersion version = PactReader.specVersion(root, streamed.typed());
    if (!streamed.read().isEmpty()
        && streamed.name().equals("interactions")
        && version.atLeast(PactSpecVersion.V4) != streamed.v4()) {
      return Optional.empty(); // guessed wrong: read again as the version the metadata names
    }
    return Optional.of(reader.pact(root, consumer, provider, version, streamed.read()));
  }
}
