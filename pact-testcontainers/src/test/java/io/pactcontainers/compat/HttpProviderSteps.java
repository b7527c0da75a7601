package io.pactcontainers.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.pactcontainers.model.ContentTypes;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.state.StateChangeConfig;
import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.Publishing;
import io.pactcontainers.verify.VerificationConfig;
import io.pactcontainers.verify.VerificationListener;
import io.pactcontainers.verify.VerificationResult;
import io.pactcontainers.verify.Verifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** Steps of the compatibility suite's HTTP provider features (V1, V2, V3). */
public class HttpProviderSteps {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One row of "the following HTTP interactions have been defined". */
  record Row(Map<String, String> cells) {
    String get(String column) {
      String v = cells.get(column);
      return v == null ? "" : v.trim();
    }
  }

  private final AtomicInteger sequence = new AtomicInteger();
  private final List<StubServer> servers = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final List<String> console = new ArrayList<>();
  private final Map<String, String> requestHeaders = new LinkedHashMap<>();
  private Map<Integer, Row> interactions = new LinkedHashMap<>();
  private String specVersion = "1.0.0";
  private Path pactDir;
  private StubServer provider;
  private StubServer stateCallback;
  private VerificationResult result;
  private String messageUrl;
  private io.pactcontainers.broker.BrokerStandIn broker;
  private boolean publishing;
  private RuntimeException failure;

  @Before
  public void setUp(Scenario scenario) throws IOException {
    String uri = scenario.getUri().toString();
    specVersion =
        uri.contains("features-v4/")
            ? "4.0"
            : uri.contains("/V3/") ? "3.0.0" : uri.contains("/V2/") ? "2.0.0" : "1.0.0";
    pactDir = Files.createTempDirectory("pact-compat");
  }

  @After
  public void tearDown() throws IOException {
    servers.forEach(StubServer::close);
    if (broker != null) {
      broker.close();
    }
    try (Stream<Path> files = Files.walk(pactDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  StubServer provider() {
    return provider;
  }

  void useProvider(StubServer server) {
    provider = server;
    servers.add(server);
  }

  void useMessageUrl(String url) {
    messageUrl = url;
  }

  AtomicInteger sequence() {
    return sequence;
  }

  Path pactDir() {
    return pactDir;
  }

  @Given("the following HTTP interactions have been defined:")
  public void interactionsDefined(DataTable table) {
    interactions = new LinkedHashMap<>();
    for (Map<String, String> row : table.asMaps()) {
      interactions.put(Integer.parseInt(row.get("No").trim()), new Row(new LinkedHashMap<>(row)));
    }
  }

  @Given("a provider is started that returns the response from interaction {int}")
  public void providerReturns(int n) throws IOException {
    startProvider(List.of(n), Map.of());
  }

  @Given("a provider is started that returns the responses from interactions {string}")
  public void providerReturnsMany(String list) throws IOException {
    List<Integer> ns = new ArrayList<>();
    for (String s : list.split(",")) {
      ns.add(Integer.parseInt(s.trim()));
    }
    startProvider(ns, Map.of());
  }

  @Given(
      "a provider is started that returns the response from interaction {int}, with the following changes:")
  public void providerReturnsChanged(int n, DataTable changes) throws IOException {
    startProvider(List.of(n), changes.asMaps().get(0));
  }

  private void startProvider(List<Integer> ns, Map<String, String> changes) throws IOException {
    provider =
        new StubServer(
            sequence,
            req -> {
              for (int n : ns) {
                Row row = interactions.get(n);
                if (row.get("method").equalsIgnoreCase(req.method())
                    && row.get("path").equals(req.path())) {
                  return reply(row, changes);
                }
              }
              return new StubServer.Reply(404, Map.of(), new byte[0]);
            });
    servers.add(provider);
  }

  private static StubServer.Reply reply(Row row, Map<String, String> changes) {
    Map<String, String> cells = new LinkedHashMap<>(row.cells());
    changes.forEach((k, v) -> cells.put(k, v));
    Row r = new Row(cells);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers(r.get("response headers")).forEach((k, v) -> headers.put(k, List.of(v)));
    byte[] body = new byte[0];
    if (!r.get("response body").isEmpty()) {
      Fixtures.Content c = Fixtures.content(r.get("response body"));
      body = c.bytes();
      String type =
          r.get("response content").isEmpty() ? c.contentType() : r.get("response content");
      headers.put("Content-Type", List.of(type));
    } else if (!r.get("response content").isEmpty()) {
      headers.put("Content-Type", List.of(r.get("response content")));
    }
    int status = r.get("response").isEmpty() ? 200 : Integer.parseInt(r.get("response"));
    return new StubServer.Reply(status, headers, body);
  }

  static Map<String, String> headers(String cell) {
    Map<String, String> out = new LinkedHashMap<>();
    if (cell.isBlank()) {
      return out;
    }
    for (String part : cell.split("',\\s*'")) {
      String h = part.replace("'", "").trim();
      int colon = h.indexOf(':');
      out.put(h.substring(0, colon).trim(), h.substring(colon + 1).trim());
    }
    return out;
  }

  @Given("a Pact file for interaction {int} is to be verified")
  public void pactFor(int n) throws IOException {
    writePact(n, List.of());
  }

  @Given(
      "a Pact file for interaction {int} is to be verified with a provider state {string} defined")
  public void pactWithState(int n, String state) throws IOException {
    writePact(n, List.of(Map.entry(state, Map.of())));
  }

  @Given(
      "a Pact file for interaction {int} is to be verified with the following provider states defined:")
  public void pactWithStates(int n, DataTable table) throws IOException {
    List<Map.Entry<String, Map<String, Object>>> states = new ArrayList<>();
    for (Map<String, String> row : table.asMaps()) {
      String params = row.get("Parameters");
      @SuppressWarnings("unchecked")
      Map<String, Object> p =
          params == null || params.isBlank()
              ? Map.of()
              : MAPPER.readValue(params, LinkedHashMap.class);
      states.add(Map.entry(row.get("State Name"), p));
    }
    writePact(n, states);
  }

  private void writePact(int n, List<Map.Entry<String, Map<String, Object>>> states)
      throws IOException {
    Files.write(pactDir.resolve("c-p-" + n + ".json"), pactJson(n, states, "c"));
  }

  @Given("a Pact file for interaction {int} is to be verified, but is marked pending")
  public void pendingPactFor(int n) throws IOException {
    ObjectNode pact = (ObjectNode) MAPPER.readTree(pactJson(n, List.of(), "c"));
    ((ObjectNode) pact.get("interactions").get(0)).put("pending", true);
    Files.write(pactDir.resolve("c-p-" + n + ".json"), MAPPER.writeValueAsBytes(pact));
  }

  @Given("a Pact file for interaction {int} is to be verified with the following comments:")
  public void pactWithComments(int n, DataTable table) throws IOException {
    ObjectNode pact = (ObjectNode) MAPPER.readTree(pactJson(n, List.of(), "c"));
    ((ObjectNode) pact.get("interactions").get(0)).set("comments", comments(table));
    Files.write(pactDir.resolve("c-p-" + n + ".json"), MAPPER.writeValueAsBytes(pact));
  }

  /**
   * V4 {@code comments}: {@code text} rows into its list, the {@code testname} row as the test's
   * name.
   */
  static ObjectNode comments(DataTable table) {
    ObjectNode comments = MAPPER.createObjectNode();
    ArrayNode text = comments.putArray("text");
    for (Map<String, String> row : table.asMaps()) {
      if ("testname".equals(row.get("type"))) {
        comments.put("testname", row.get("comment"));
      } else {
        text.add(row.get("comment"));
      }
    }
    return comments;
  }

  /** A V4 body: the content with its type, as V4 pacts carry it. */
  private static ObjectNode v4Body(Fixtures.Content c) throws IOException {
    ObjectNode body = MAPPER.createObjectNode().put("contentType", c.contentType());
    JsonNode content = bodyNode(c);
    boolean binary =
        content.isTextual()
            && !ContentTypes.isJson(c.contentType())
            && !ContentTypes.base(c.contentType()).startsWith("text/")
            && !ContentTypes.isXml(c.contentType())
            && !ContentTypes.isForm(c.contentType())
            && !ContentTypes.isMultipart(c.contentType());
    if (binary) {
      body.put("encoded", "base64");
    } else {
      body.put("encoded", false);
    }
    body.set("content", content);
    return body;
  }

  private byte[] pactJson(
      int n, List<Map.Entry<String, Map<String, Object>>> states, String consumer)
      throws IOException {
    Row row = interactions.get(n);
    boolean v3 = specVersion.startsWith("3") || specVersion.startsWith("4");
    ObjectNode pact = MAPPER.createObjectNode();
    pact.putObject("consumer").put("name", consumer);
    pact.putObject("provider").put("name", "p");
    ObjectNode interaction = pact.putArray("interactions").addObject();
    boolean v4 = specVersion.startsWith("4");
    if (v4) {
      interaction.put("type", "Synchronous/HTTP");
    }
    interaction.put("description", "Interaction " + n);
    if (!states.isEmpty()) {
      if (v3) {
        ArrayNode ps = interaction.putArray("providerStates");
        for (var s : states) {
          ObjectNode o = ps.addObject().put("name", s.getKey());
          o.set("params", MAPPER.valueToTree(s.getValue()));
        }
      } else {
        interaction.put("providerState", states.get(0).getKey());
      }
    }
    ObjectNode request = interaction.putObject("request");
    request.put("method", row.get("method"));
    request.put("path", row.get("path"));
    if (!row.get("query").isEmpty()) {
      if (v3) {
        ObjectNode q = request.putObject("query");
        for (String pair : row.get("query").split("&")) {
          String[] kv = pair.split("=", 2);
          ((ArrayNode) (q.has(kv[0]) ? q.get(kv[0]) : q.putArray(kv[0])))
              .add(kv.length > 1 ? kv[1] : "");
        }
      } else {
        request.put("query", row.get("query"));
      }
    }
    ObjectNode reqHeaders = MAPPER.createObjectNode();
    headers(row.get("headers")).forEach(reqHeaders::put);
    if (!row.get("body").isEmpty()) {
      Fixtures.Content c = Fixtures.content(row.get("body"));
      reqHeaders.put("Content-Type", c.contentType());
      request.set("body", v4 ? v4Body(c) : bodyNode(c));
    }
    if (!reqHeaders.isEmpty()) {
      request.set("headers", reqHeaders);
    }
    ObjectNode response = interaction.putObject("response");
    response.put(
        "status", row.get("response").isEmpty() ? 200 : Integer.parseInt(row.get("response")));
    ObjectNode resHeaders = MAPPER.createObjectNode();
    headers(row.get("response headers")).forEach(resHeaders::put);
    if (!row.get("response body").isEmpty()) {
      Fixtures.Content c = Fixtures.content(row.get("response body"));
      resHeaders.put(
          "Content-Type",
          row.get("response content").isEmpty() ? c.contentType() : row.get("response content"));
      response.set(
          "body",
          v4
              ? v4Body(new Fixtures.Content(c.bytes(), resHeaders.get("Content-Type").asText()))
              : bodyNode(c));
    } else if (!row.get("response content").isEmpty()) {
      resHeaders.put("Content-Type", row.get("response content"));
    }
    if (!resHeaders.isEmpty()) {
      response.set("headers", resHeaders);
    }
    if (!row.get("response matching rules").isEmpty()) {
      response.set(
          "matchingRules", MAPPER.readTree(Fixtures.text(row.get("response matching rules"))));
    }
    pact.putObject("metadata").putObject("pactSpecification").put("version", specVersion);
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(pact);
  }

  static JsonNode bodyNode(Fixtures.Content c) throws IOException {
    if (ContentTypes.isJson(c.contentType())) {
      return MAPPER.readTree(c.bytes());
    }
    String b = ContentTypes.base(c.contentType());
    boolean text =
        b.startsWith("text/")
            || ContentTypes.isXml(c.contentType())
            || ContentTypes.isForm(c.contentType())
            || ContentTypes.isMultipart(c.contentType());
    return MAPPER
        .getNodeFactory()
        .textNode(
            text
                ? new String(c.bytes(), StandardCharsets.UTF_8)
                : Base64.getEncoder().encodeToString(c.bytes()));
  }

  @Given("a Pact file for interaction {int} is to be verified from a Pact broker")
  public void pactFromBroker(int n) throws IOException {
    if (broker == null) {
      broker = new io.pactcontainers.broker.BrokerStandIn();
    }
    broker.publish(
        "c_" + n,
        "1.0." + n,
        "main",
        "p",
        new String(pactJson(n, List.of(), "c_" + n), StandardCharsets.UTF_8));
  }

  @Given("publishing of verification results is enabled")
  public void publishingEnabled() {
    publishing = true;
  }

  @Given("a provider state callback is configured")
  public void stateCallback() throws IOException {
    stateCallback =
        new StubServer(sequence, req -> new StubServer.Reply(200, Map.of(), new byte[0]));
    servers.add(stateCallback);
  }

  @Given("a provider state callback is configured, but will return a failure")
  public void failingStateCallback() throws IOException {
    stateCallback =
        new StubServer(
            sequence,
            req ->
                new StubServer.Reply(
                    500, Map.of(), "state failed".getBytes(StandardCharsets.UTF_8)));
    servers.add(stateCallback);
  }

  @Given("a request filter is configured to make the following changes:")
  public void requestFilter(DataTable table) {
    for (Map<String, String> row : table.asMaps()) {
      requestHeaders.putAll(headers(row.get("headers")));
    }
  }

  @When("the verification is run")
  public void run() {
    List<PactSource> sources = new ArrayList<>();
    if (broker == null) {
      sources.add(new PactSource.Directory(pactDir));
    } else {
      sources.add(
          new io.pactcontainers.broker.BrokerSource(
              io.pactcontainers.broker.PactBroker.of(broker.url())));
    }
    VerificationConfig config =
        VerificationConfig.of("p", new RunningProvider(provider.url()), sources)
            .withOutputDirectory(pactDir.resolve("out"));
    if (publishing) {
      config =
          config.withPublishing(
              new Publishing(
                  new io.pactcontainers.broker.ProviderVersion(
                      "0.0.0", java.util.Optional.empty(), List.of(), java.util.Optional.empty()),
                  true,
                  "0.1.0-SNAPSHOT"));
    }
    if (stateCallback != null) {
      config = config.withStateChange(StateChangeConfig.at(stateCallback.url() + "/"));
    }
    if (messageUrl != null) {
      config = config.withMessageUrl(messageUrl);
    }
    for (java.util.Map.Entry<String, String> h : requestHeaders.entrySet()) {
      config =
          config.withRequestHeader(
              io.pactcontainers.verify.RequestHeader.of(h.getKey(), h.getValue())
                  .replacing(io.pactcontainers.verify.RequestHeader.Replace.ALWAYS)
                  .secret(false));
    }
    try {
      io.pactcontainers.report.ConsoleReport lines =
          new io.pactcontainers.report.ConsoleReport(false, false);
      result =
          new Verifier()
              .verify(
                  config,
                  io.pactcontainers.report.RunPresenter.rendering(
                      new VerificationListener() {
                        @Override
                        public void info(String line) {
                          console.add(line);
                        }

                        // What the plugin prints for each interaction: its comments are checked
                        // there.
                        @Override
                        public void interactionVerified(
                            io.pactcontainers.model.Pact pact,
                            InteractionResult r,
                            io.pactcontainers.verify.Progress progress) {
                          lines
                              .interaction(pact.consumer(), r, progress)
                              .forEach(l -> console.add(l.text()));
                        }

                        @Override
                        public void warn(String line) {
                          warnings.add(line);
                        }
                      }));
    } catch (RuntimeException e) {
      failure = e;
    }
  }

  @Then("the verification will be successful")
  public void successful() {
    assertThat(failure).as("verification error").isNull();
    assertThat(result.successful()).as(() -> io.pactcontainers.report.Summary.of(result)).isTrue();
  }

  @Then("the verification will NOT be successful")
  public void notSuccessful() {
    assertThat(failure == null && result.successful())
        .as("verification should have failed")
        .isFalse();
  }

  @Then("there will be a pending {string} error")
  public void pendingError(String error) {
    assertThat(result).isNotNull();
    assertThat(result.allResults())
        .filteredOn(InteractionResult::pending)
        .filteredOn(r -> !r.passed())
        .anySatisfy(
            r -> {
              assertThat(r).isInstanceOf(InteractionResult.Failed.class);
              assertThat(((InteractionResult.Failed) r).mismatches())
                  .extracting(io.pactcontainers.model.Mismatch::category)
                  .contains(error);
            });
  }

  @Then("the comment {string} will have been printed to the console")
  public void commentPrinted(String comment) {
    assertThat(console).anySatisfy(line -> assertThat(line.strip()).isEqualTo(comment));
  }

  @Then("the {string} will displayed as the original test name")
  public void originalTestName(String name) {
    assertThat(console)
        .anySatisfy(line -> assertThat(line.strip()).isEqualTo("original test: " + name));
  }

  @Then("the verification results will contain a {string} error")
  public void resultsContain(String error) {
    assertThat(result).isNotNull();
    List<String> texts = new ArrayList<>();
    for (InteractionResult r : result.allResults()) {
      if (r instanceof InteractionResult.Failed f) {
        f.mismatches().forEach(m -> texts.add(m.category()));
      } else if (r instanceof InteractionResult.Errored e) {
        texts.add(e.error());
      }
    }
    assertThat(texts).anySatisfy(t -> assertThat(t).contains(error));
  }

  private List<JsonNode> stateCalls(String action) {
    List<JsonNode> out = new ArrayList<>();
    for (StubServer.Recorded r : stateCallback.requests()) {
      try {
        JsonNode n = MAPPER.readTree(r.body());
        if (action.equals(n.path("action").asText())) {
          out.add(n);
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }

  @Then("the provider state callback will be called before the verification is run")
  public void calledBefore() {
    int firstRequest =
        provider.requests().stream()
            .mapToInt(StubServer.Recorded::sequence)
            .min()
            .orElse(Integer.MAX_VALUE);
    assertThat(stateCallback.requests())
        .anySatisfy(r -> assertThat(r.sequence()).isLessThan(firstRequest));
  }

  @Then("the provider state callback will be called after the verification is run")
  public void calledAfter() {
    int lastRequest =
        provider.requests().stream().mapToInt(StubServer.Recorded::sequence).max().orElse(0);
    assertThat(stateCallback.requests())
        .anySatisfy(r -> assertThat(r.sequence()).isGreaterThan(lastRequest));
  }

  @Then(
      "the provider state callback will receive a setup call with {string} as the provider state parameter")
  public void setupCall(String state) {
    assertThat(stateCalls("setup"))
        .anySatisfy(n -> assertThat(n.path("state").asText()).isEqualTo(state));
  }

  @Then(
      "the provider state callback will receive a teardown call {string} as the provider state parameter")
  public void teardownCall(String state) {
    assertThat(stateCalls("teardown"))
        .anySatisfy(n -> assertThat(n.path("state").asText()).isEqualTo(state));
  }

  @Then(
      "the provider state callback will receive a setup call with {string} and the following parameters:")
  public void setupCallWithParams(String state, DataTable params) throws IOException {
    assertCallWithParams("setup", state, params);
  }

  @Then(
      "the provider state callback will receive a teardown call {string} and the following parameters:")
  public void teardownCallWithParams(String state, DataTable params) throws IOException {
    assertCallWithParams("teardown", state, params);
  }

  private void assertCallWithParams(String action, String state, DataTable params)
      throws IOException {
    Map<String, String> row = params.asMaps().get(0);
    ObjectNode expected = MAPPER.createObjectNode();
    for (Map.Entry<String, String> e : row.entrySet()) {
      expected.set(e.getKey(), MAPPER.readTree(e.getValue()));
    }
    assertThat(stateCalls(action))
        .anySatisfy(
            n -> {
              assertThat(n.path("state").asText()).isEqualTo(state);
              assertThat(n.path("params")).isEqualTo(expected);
            });
  }

  @Then("the provider state callback will NOT receive a teardown call")
  public void noTeardown() {
    assertThat(stateCalls("teardown")).isEmpty();
  }

  @Then(
      "a warning will be displayed that there was no provider state callback configured for provider state {string}")
  public void warningShown(String state) {
    assertThat(warnings)
        .anySatisfy(
            w ->
                assertThat(w).contains("No provider state callback").contains("\"" + state + "\""));
  }

  @Then("the request to the provider will contain the header {string}")
  public void requestHasHeader(String header) {
    Map<String, String> wanted = headers("'" + header + "'");
    assertThat(provider.requests())
        .anySatisfy(
            r ->
                wanted.forEach(
                    (k, v) ->
                        assertThat(r.headers().entrySet())
                            .anySatisfy(
                                h -> {
                                  assertThat(h.getKey()).isEqualToIgnoringCase(k);
                                  assertThat(h.getValue()).contains(v);
                                })));
  }

  @Then("a verification result will NOT be published back")
  public void notPublished() {
    assertThat(broker.verifications()).isEmpty();
  }

  @Then("a successful verification result will be published back for interaction \\{{int}}")
  public void publishedSuccess(int n) throws IOException {
    assertPublished(n, true, "publish verification results for c_" + n);
  }

  @Then("a failed verification result will be published back for the interaction \\{{int}}")
  public void publishedFailure(int n) throws IOException {
    assertPublished(n, false, "publish failed verification results for c_" + n);
  }

  /**
   * The result went to the Broker, and its body satisfies the request the suite's own Broker pact
   * (fixtures/pact-broker_c1.json, _c2.json) expects, checked with our matcher and its rules.
   */
  private void assertPublished(int n, boolean success, String fixtureInteraction)
      throws IOException {
    List<io.pactcontainers.broker.BrokerStandIn.Recorded> mine =
        broker.verifications().stream().filter(v -> v.consumer().equals("c_" + n)).toList();
    assertThat(mine).hasSize(1);
    JsonNode body = mine.get(0).body();
    assertThat(body.path("success").asBoolean()).isEqualTo(success);
    // Only the publishing interaction is read: another one of the fixture has a regex Java rejects.
    ObjectNode fixtureJson =
        (ObjectNode) MAPPER.readTree(Fixtures.text("pact-broker_c" + n + ".json"));
    ArrayNode kept = MAPPER.createArrayNode();
    fixtureJson
        .path("interactions")
        .forEach(
            i -> {
              if (i.path("description").asText().equals(fixtureInteraction)) {
                kept.add(i);
              }
            });
    fixtureJson.set("interactions", kept);
    io.pactcontainers.model.Pact fixture =
        new io.pactcontainers.model.PactReader()
            .read(MAPPER.writeValueAsBytes(fixtureJson), "pact-broker_c" + n + ".json");
    io.pactcontainers.model.HttpInteraction expected =
        fixture.interactions().stream()
            .filter(i -> i.description().equals(fixtureInteraction))
            .map(io.pactcontainers.model.HttpInteraction.class::cast)
            .findFirst()
            .orElseThrow();
    io.pactcontainers.model.HttpResponse want =
        new io.pactcontainers.model.HttpResponse(
            0,
            io.pactcontainers.model.Headers.none(),
            expected.request().body(),
            expected.request().matchingRules(),
            io.pactcontainers.model.Generators.none());
    io.pactcontainers.model.HttpResponse got =
        io.pactcontainers.model.HttpResponse.received(
            0,
            io.pactcontainers.model.Headers.none(),
            io.pactcontainers.model.Body.of(MAPPER.writeValueAsBytes(body), "application/json"));
    assertThat(new io.pactcontainers.matching.ResponseMatcher().match(want, got)).isEmpty();
  }
}
