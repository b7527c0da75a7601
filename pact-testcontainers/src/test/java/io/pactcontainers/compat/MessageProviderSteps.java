package io.pactcontainers.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Steps of the compatibility suite's V3 message provider feature. The provider is asked for each
 * message over HTTP, as the Pact verifiers do; shared steps live in {@link HttpProviderSteps}.
 */
public class MessageProviderSteps {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpProviderSteps shared;
  private final Map<String, StubServer.Reply> messages = new LinkedHashMap<>();
  private int pactCount;

  public MessageProviderSteps(HttpProviderSteps shared) {
    this.shared = shared;
  }

  @Given("a provider is started that can generate the {string} message with {string}")
  public void providerGenerates(String name, String content) throws IOException {
    addMessage(name, content, Map.of());
  }

  @Given(
      "a provider is started that can generate the {string} message with {string} and the following metadata:")
  public void providerGeneratesWithMetadata(String name, String content, DataTable metadata)
      throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Map<String, String> row : metadata.asMaps()) {
      m.put(row.get("key"), value(row.get("value")));
    }
    addMessage(name, content, m);
  }

  private void addMessage(String name, String content, Map<String, Object> metadata)
      throws IOException {
    Fixtures.Content c = Fixtures.content(unescape(content));
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of(c.contentType()));
    if (!metadata.isEmpty()) {
      headers.put(
          "Pact-Message-Metadata",
          List.of(Base64.getEncoder().encodeToString(MAPPER.writeValueAsBytes(metadata))));
    }
    messages.put(name, new StubServer.Reply(200, headers, c.bytes()));
    if (shared.provider() == null) {
      shared.useProvider(
          new StubServer(
              shared.sequence(),
              req -> {
                try {
                  String description = MAPPER.readTree(req.body()).path("description").asText();
                  StubServer.Reply reply = messages.get(description);
                  return reply != null ? reply : new StubServer.Reply(404, Map.of(), new byte[0]);
                } catch (IOException e) {
                  return new StubServer.Reply(400, Map.of(), new byte[0]);
                }
              }));
      shared.useMessageUrl("/");
    }
  }

  private static String unescape(String s) {
    return s.replace("\\\"", "\"");
  }

  private static Object value(String v) throws IOException {
    return v.startsWith("JSON: ") ? MAPPER.readValue(v.substring(6), Object.class) : v;
  }

  @Given("a Pact file for {string}:{string} is to be verified")
  public void pactFor(String name, String content) throws IOException {
    writePact(name, content, List.of(), Map.of(), null);
  }

  @Given("a Pact file for {string}:{string} is to be verified with provider state {string}")
  public void pactWithState(String name, String content, String state) throws IOException {
    writePact(name, content, List.of(state), Map.of(), null);
  }

  @Given("a Pact file for {string}:{string} is to be verified with the following metadata:")
  public void pactWithMetadata(String name, String content, DataTable metadata) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Map<String, String> row : metadata.asMaps()) {
      m.put(row.get("key"), value(row.get("value")));
    }
    writePact(name, content, List.of(), m, null);
  }

  @Given("a Pact file for {string} is to be verified with the following:")
  public void pactWithTheFollowing(String name, DataTable table) throws IOException {
    Map<String, String> rows = table.asMap(String.class, String.class);
    Map<String, Object> metadata = new LinkedHashMap<>();
    String md = rows.get("metadata");
    if (md != null) {
      for (String pair : md.split(";\\s*(?=\\w+=)")) {
        int eq = pair.indexOf('=');
        metadata.put(pair.substring(0, eq).trim(), value(pair.substring(eq + 1).trim()));
      }
    }
    String rules = rows.get("matching rules");
    writePact(
        name,
        rows.get("body"),
        List.of(),
        metadata,
        rules == null ? null : MAPPER.readTree(Fixtures.text(rules)));
  }

  @Given("a Pact file for {string}:{string} is to be verified, but is marked pending")
  public void pendingPactFor(String name, String content) throws IOException {
    writeV4Pact(name, content, true, null);
  }

  @Given("a Pact file for {string}:{string} is to be verified with the following comments:")
  public void pactWithComments(String name, String content, DataTable table) throws IOException {
    writeV4Pact(name, content, false, HttpProviderSteps.comments(table));
  }

  /** A V4 pact with one asynchronous message, pending or with comments. */
  private void writeV4Pact(String name, String content, boolean pending, ObjectNode comments)
      throws IOException {
    Fixtures.Content c = Fixtures.content(unescape(content));
    ObjectNode pact = MAPPER.createObjectNode();
    pact.putObject("consumer").put("name", "c");
    pact.putObject("provider").put("name", "p");
    ObjectNode message = pact.putArray("interactions").addObject();
    message.put("type", "Asynchronous/Messages").put("description", name);
    if (pending) {
      message.put("pending", true);
    }
    if (comments != null) {
      message.set("comments", comments);
    }
    ObjectNode contents =
        message.putObject("contents").put("contentType", c.contentType()).put("encoded", false);
    contents.set("content", HttpProviderSteps.bodyNode(c));
    message.putObject("metadata").put("contentType", c.contentType());
    pact.putObject("metadata").putObject("pactSpecification").put("version", "4.0");
    Files.write(
        shared.pactDir().resolve("c-p-message-" + (++pactCount) + ".json"),
        MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(pact));
  }

  private void writePact(
      String name,
      String content,
      List<String> states,
      Map<String, Object> metadata,
      JsonNode rules)
      throws IOException {
    Fixtures.Content c = Fixtures.content(unescape(content));
    ObjectNode pact = MAPPER.createObjectNode();
    pact.putObject("consumer").put("name", "c");
    pact.putObject("provider").put("name", "p");
    ObjectNode message = pact.putArray("messages").addObject();
    message.put("description", name);
    if (!states.isEmpty()) {
      var ps = message.putArray("providerStates");
      states.forEach(s -> ps.addObject().put("name", s));
    }
    Map<String, Object> md = new LinkedHashMap<>(metadata);
    md.put("contentType", c.contentType());
    message.set("metaData", MAPPER.valueToTree(md));
    message.set("contents", HttpProviderSteps.bodyNode(c));
    if (rules != null) {
      message.set("matchingRules", rules);
    }
    pact.putObject("metadata").putObject("pactSpecification").put("version", "3.0.0");
    Files.write(
        shared.pactDir().resolve("c-p-message-" + (++pactCount) + ".json"),
        MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(pact));
  }
}
