package io.pactcontainers.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PactReaderTest {
  private final PactReader reader = new PactReader();

  private static String pact(String interactions, String version) {
    return "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\"interactions\":["
        + interactions
        + "],\"metadata\":{\"pactSpecification\":{\"version\":\""
        + version
        + "\"}}}";
  }

  @Test
  void readsV2ProviderStateQueryStringAndFlatRules() {
    Pact p =
        reader.read(
            pact(
                "{\"description\":\"d\",\"providerState\":\"s\",\"request\":{\"method\":\"get\",\"path\":\"/x\","
                    + "\"query\":\"a=1&a=2&b=x%20y\"},\"response\":{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},"
                    + "\"body\":{\"n\":1},\"matchingRules\":{\"$.body.n\":{\"match\":\"type\"},\"$.headers.Content-Type\":{\"regex\":\"json\"}}}}",
                "2.0.0"),
            "mem");
    HttpInteraction i = (HttpInteraction) p.interactions().get(0);
    assertThat(p.specVersion()).isEqualTo(PactSpecVersion.V2);
    assertThat(i.providerStates()).containsExactly(ProviderState.of("s"));
    assertThat(i.request().method()).isEqualTo("GET");
    assertThat(i.request().query()).isEqualTo(Map.of("a", List.of("1", "2"), "b", List.of("x y")));
    assertThat(i.response().matchingRules().category("body")).containsOnlyKeys("$.n");
    assertThat(i.response().matchingRules().category("header").get("Content-Type").rules())
        .containsExactly(new MatchingRule.Regex("json"));
    assertThat(i.response().body().asString()).isEqualTo("{\"n\":1}");
  }

  @Test
  void readsV3StatesWithParamsCombineAndGenerators() {
    Pact p =
        reader.read(
            pact(
                "{\"description\":\"d\",\"providerStates\":[{\"name\":\"s\",\"params\":{\"id\":7}}],"
                    + "\"request\":{\"method\":\"GET\",\"path\":\"/o/1\",\"generators\":{\"path\":{\"type\":\"ProviderState\",\"expression\":\"/o/${id}\"}}},"
                    + "\"response\":{\"status\":200,\"matchingRules\":{\"body\":{\"$.a\":{\"combine\":\"OR\",\"matchers\":[{\"match\":\"integer\"},{\"match\":\"null\"}]}}}}}",
                "3.0.0"),
            "mem");
    HttpInteraction i = (HttpInteraction) p.interactions().get(0);
    assertThat(i.providerStates().get(0).params()).isEqualTo(Map.of("id", 7));
    assertThat(i.request().generators().category("path").get(""))
        .isEqualTo(new Generator.FromProviderState("/o/${id}", "RAW"));
    RuleGroup g = i.response().matchingRules().category("body").get("$.a");
    assertThat(g.combine()).isEqualTo(RuleGroup.Combine.OR);
    assertThat(g.rules())
        .containsExactly(new MatchingRule.IntegerRule(), new MatchingRule.NullRule());
  }

  @Test
  void readsV4InteractionsOfEveryTypeWithPendingAndBase64Bodies() {
    Pact p =
        reader.read(
            pact(
                "{\"type\":\"Synchronous/HTTP\",\"key\":\"k1\",\"pending\":true,\"description\":\"h\","
                    + "\"comments\":{\"text\":[\"note\"]},\"request\":{\"method\":\"GET\",\"path\":\"/\"},"
                    + "\"response\":{\"status\":200,\"body\":{\"contentType\":\"image/png\",\"encoded\":\"base64\",\"content\":\"iVBORw==\"}}},"
                    + "{\"type\":\"Asynchronous/Messages\",\"description\":\"m\",\"contents\":{\"contentType\":\"application/json\",\"content\":{\"a\":1}},"
                    + "\"metadata\":{\"topic\":\"t\"},\"matchingRules\":{\"content\":{\"$.a\":{\"matchers\":[{\"match\":\"integer\"}]}}}},"
                    + "{\"type\":\"Synchronous/Messages\",\"description\":\"s\",\"request\":{\"contents\":{\"content\":\"ping\",\"contentType\":\"text/plain\"}},"
                    + "\"response\":[{\"contents\":{\"content\":\"pong\",\"contentType\":\"text/plain\"}}]}",
                "4.0"),
            "mem");
    assertThat(p.specVersion()).isEqualTo(PactSpecVersion.V4);
    HttpInteraction h = (HttpInteraction) p.interactions().get(0);
    assertThat(h.pending()).isTrue();
    assertThat(h.key()).isEqualTo("k1");
    assertThat(h.comments()).containsExactly("note");
    assertThat(h.response().body().content()).containsExactly(0x89, 'P', 'N', 'G');
    MessageInteraction m = (MessageInteraction) p.interactions().get(1);
    assertThat(m.message().metadata()).containsEntry("topic", "t");
    assertThat(m.message().matchingRules().category("body")).containsKey("$.a");
    SynchronousMessageInteraction s = (SynchronousMessageInteraction) p.interactions().get(2);
    assertThat(s.responses().get(0).contents().asString()).isEqualTo("pong");
  }

  @Test
  void readsV3MessagePacts() {
    Pact p =
        reader.read(
            "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\"messages\":[{\"description\":\"m\","
                + "\"contents\":{\"a\":1},\"metaData\":{\"contentType\":\"application/json\"}}]}",
            "mem");
    assertThat(p.specVersion()).isEqualTo(PactSpecVersion.V3);
    assertThat(((MessageInteraction) p.interactions().get(0)).message().contents().asString())
        .isEqualTo("{\"a\":1}");
  }

  @Test
  void toleratesUnknownFieldsAndAUtf8ByteOrderMark() {
    byte[] json =
        ("\uFEFF"
                + pact(
                    "{\"description\":\"d\",\"whatever\":[1],\"request\":{\"method\":\"GET\",\"path\":\"/\"},"
                        + "\"response\":{\"status\":204}}",
                    "3.0.0"))
            .getBytes(StandardCharsets.UTF_8);
    assertThat(reader.read(json, "mem").interactions()).hasSize(1);
  }

  @Test
  void invalidJsonNamesTheFileAndThePosition() {
    assertThatThrownBy(() -> reader.read("{\"consumer\": {", "pacts/a.json"))
        .isInstanceOf(PactFormatException.class)
        .hasMessageStartingWith(
            "Invalid pact file pacts/a.json, at $: not valid JSON (line 1, column 15)");
  }

  @Test
  void aWrongTypeNamesTheInteractionAndTheJsonPath() {
    assertThatThrownBy(
            () ->
                reader.read(
                    pact(
                        "{\"description\":\"ok\",\"request\":{},\"response\":{\"status\":200}},"
                            + "{\"description\":\"bad\",\"request\":{},\"response\":{\"status\":\"two hundred\"}}",
                        "3.0.0"),
                    "a.json"))
        .isInstanceOf(PactFormatException.class)
        .hasMessage(
            "Invalid pact file a.json, interaction #1 \"bad\", at $.interactions[1].response.status: "
                + "expected an integer, found \"two hundred\" (a string); fix the pact (or ask its consumer to publish a valid one)");
  }

  @Test
  void anUnknownMatcherListsTheValidOnes() {
    assertThatThrownBy(
            () ->
                reader.read(
                    pact(
                        "{\"description\":\"d\",\"request\":{},\"response\":{\"status\":200,"
                            + "\"matchingRules\":{\"body\":{\"$.a\":{\"matchers\":[{\"match\":\"fuzzy\"}]}}}}}",
                        "3.0.0"),
                    "a.json"))
        .isInstanceOf(PactFormatException.class)
        .hasMessageContaining(
            "at $.interactions[0].response.matchingRules.body['$.a'].matchers[0].match: unknown matcher \"fuzzy\"; valid matchers: regex, type");
  }

  @Test
  void anInvalidRegexIsReportedWhereItIsWritten() {
    assertThatThrownBy(
            () ->
                reader.read(
                    pact(
                        "{\"description\":\"d\",\"request\":{},\"response\":{\"status\":200,"
                            + "\"matchingRules\":{\"body\":{\"$.a\":{\"matchers\":[{\"match\":\"regex\",\"regex\":\"[a-\"}]}}}}}",
                        "3.0.0"),
                    "a.json"))
        .hasMessageContaining(
            "interaction #0 \"d\", at $.interactions[0].response.matchingRules.body['$.a'].matchers[0].regex: invalid regular expression \"[a-\"");
  }

  @Test
  void missingConsumerNameAndMissingInteractionsAreReported() {
    assertThatThrownBy(
            () ->
                reader.read(
                    "{\"consumer\":{},\"provider\":{\"name\":\"p\"},\"interactions\":[]}",
                    "a.json"))
        .hasMessageContaining("at $.consumer.name: required string is missing");
    assertThatThrownBy(
            () ->
                reader.read(
                    "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"}}", "a.json"))
        .hasMessageContaining("at $: the pact has neither \"interactions\" nor \"messages\"");
  }

  @Test
  void anUnknownInteractionTypeAndABadEncodingAreReported() {
    assertThatThrownBy(
            () ->
                reader.read(
                    pact("{\"type\":\"Carrier/Pigeon\",\"description\":\"d\"}", "4.0"), "a.json"))
        .hasMessageContaining(
            "at $.interactions[0].type: unknown interaction type \"Carrier/Pigeon\"");
    assertThatThrownBy(
            () ->
                reader.read(
                    pact(
                        "{\"type\":\"Synchronous/HTTP\",\"description\":\"d\",\"request\":{},"
                            + "\"response\":{\"body\":{\"content\":\"@@@\",\"encoded\":\"base64\"}}}",
                        "4.0"),
                    "a.json"))
        .hasMessageContaining(
            "at $.interactions[0].response.body.content: body is marked base64 but is not valid base64");
  }

  @Test
  void anUnknownSpecVersionIsReported() {
    assertThatThrownBy(() -> reader.read(pact("", "9.0.0"), "a.json"))
        .hasMessageContaining(
            "at $.metadata.pactSpecification: unknown Pact specification version \"9.0.0\"");
  }

  @Test
  void aV4FileIsRecognisedByItsFirstInteractionWhenTheMetadataSaysNothing() {
    String v4 =
        "{\"interactions\":[{\"type\":\"Synchronous/HTTP\",\"description\":\"d\",\"request\":{\"method\":\"GET\",\"path\":\"/\"},"
            + "\"response\":{\"status\":200,\"body\":{\"content\":\"aGk=\",\"encoded\":\"base64\",\"contentType\":\"text/plain\"}}}],"
            + "\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"}}";
    Pact pact = reader.read(v4, "a.json");
    assertThat(pact.specVersion()).isEqualTo(PactSpecVersion.V4);
    assertThat(((HttpInteraction) pact.interactions().get(0)).response().body().asString())
        .isEqualTo("hi");
  }

  @Test
  void aFaultDeepInABigFileNamesItsInteractionAndPath() {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      many.append("{\"description\":\"i")
          .append(i)
          .append("\",\"request\":{\"path\":\"/")
          .append(i)
          .append("\"},\"response\":{\"status\":")
          .append(i == 1234 ? "\"oops\"" : "200")
          .append("}},");
    }
    many.setLength(many.length() - 1);
    assertThatThrownBy(() -> reader.read(pact(many.toString(), "3.0.0"), "big.json"))
        .hasMessageStartingWith(
            "Invalid pact file big.json, interaction #1234 \"i1234\", at $.interactions[1234].response.status: "
                + "expected an integer, found \"oops\" (a string)");
    String good = many.toString().replace("\"oops\"", "200");
    Pact pact = reader.read(pact(good, "3.0.0"), "big.json");
    assertThat(pact.interactions()).hasSize(2000);
    assertThat(pact.interactions().get(1999).description()).isEqualTo("i1999");
  }

  @Test
  void brokenJsonInsideTheInteractionsIsReportedWithItsPosition() {
    assertThatThrownBy(
            () ->
                reader.read(
                    "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\n\"interactions\":[{\"description\": }]}",
                    "a.json"))
        .hasMessageStartingWith(
            "Invalid pact file a.json, at $: not valid JSON (line 2, column 33)");
  }

  @Test
  void interactionsThatAreNotAnArrayAreReportedAtTheirPath() {
    assertThatThrownBy(
            () ->
                reader.read(
                    "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\"interactions\":{\"a\":1}}",
                    "a.json"))
        .hasMessageStartingWith(
            "Invalid pact file a.json, at $.interactions: expected a JSON array, found an object");
  }

  @Test
  void aRepeatedInteractionsFieldKeepsTheLastAsJsonReadersDo() {
    String twice =
        "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},"
            + "\"interactions\":[{\"description\":\"first\",\"request\":{},\"response\":{}}],"
            + "\"interactions\":[{\"description\":\"second\",\"request\":{},\"response\":{}}]}";
    assertThat(reader.read(twice, "a.json").interactions())
        .extracting(Interaction::description)
        .containsExactly("second");
  }

  @Test
  void whatTheRustVerifierReadsIsReadWithAWarning() {
    Pact p =
        reader.read(
            "{\"consumer\":{\"name\":\"sous-chef\"},\"provider\":{\"name\":\"grill-chef\"},\"interactions\":["
                + "{\"description\":\"a medium-rare steak\",\"request\":{\"method\":\"POST\",\"path\":\"/steaks/\",\"headers\":[],"
                + "\"body\":{\"cooking\":\"medium-rare\"}},\"response\":{\"status\":201,\"headers\":[],\"body\":{\"waitingTime\":10}}}]}",
            "article.json");
    assertThat(p.specVersion()).isEqualTo(PactSpecVersion.V3);
    HttpInteraction i = (HttpInteraction) p.interactions().get(0);
    assertThat(i.request().headers().isEmpty()).isTrue();
    assertThat(p.warnings())
        .containsExactly(
            "\"headers\": [] where an object belongs, read as no headers (2 places, first at $.interactions[0].request.headers)",
            "no \"metadata\" naming the specification version, read as Pact specification 3.0.0");
  }

  @Test
  void aLargeBodyIsReadAndOneOverTheLimitIsSaidToBeSo() {
    String big = "x".repeat(21 * 1024 * 1024); // over Jackson's own 20 MB string limit
    String pact =
        "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\"interactions\":[{\"description\":\"d\","
            + "\"request\":{\"method\":\"GET\",\"path\":\"/\"},\"response\":{\"status\":200,\"headers\":{\"Content-Type\":"
            + "\"application/json\"},\"body\":{\"s\":\""
            + big
            + "\"}}}],\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}";
    Pact p = reader.read(pact, "big.json");
    assertThat(((HttpInteraction) p.interactions().get(0)).response().body().content().length)
        .isGreaterThan(21 * 1024 * 1024);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new PactReader(new JsonLimits(1024 * 1024)).read(pact, "big.json"))
        .isInstanceOf(JsonLimitException.class)
        .hasMessage(
            "The pact big.json holds a value larger than the JSON size limit of 1 MB; if the pact is right, raise the limit");
  }

  @Test
  void aPactNestedDeeperThanTheParserReadsIsSaidToBeSoNotLarger() {
    String deep = "[".repeat(1001) + "]".repeat(1001);
    String pact =
        "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\"interactions\":[{\"description\":\"d\","
            + "\"request\":{\"method\":\"GET\",\"path\":\"/\"},\"response\":{\"status\":200,\"body\":"
            + deep
            + "}}],\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.read(pact, "deep.json"))
        .isInstanceOf(JsonDepthException.class)
        .hasMessage(
            "The pact deep.json is nested deeper than 1000 levels, the most the JSON parser reads;"
                + " check what wrote it (no consumer test nests a pact this deep)");
    String shallower = pact.replace(deep, "[".repeat(990) + "]".repeat(990));
    Pact read = reader.read(shallower, "deep.json");
    assertThat(read.interactions()).hasSize(1);
    // The body is written out only when asked: a body as deep as the parser reads is written then.
    assertThat(((HttpInteraction) read.interactions().get(0)).response().body().asString())
        .isEqualTo("[".repeat(990) + "]".repeat(990));
  }

  @Test
  void aJsonBodyKeepsThePactsValueAndIsWrittenOutWhenAskedAsBefore() throws Exception {
    Pact p =
        reader.read(
            pact(
                "{\"description\":\"d\",\"request\":{\"method\":\"POST\",\"path\":\"/\",\"body\":"
                    + "{ \"price\": 10.50, \"tags\": [true, null, 1e2] }},"
                    + "\"response\":{\"status\":200,\"headers\":{\"Content-Type\":\"text/plain\"},"
                    + "\"body\":\"plain text\"}}",
                "3.0.0"),
            "kept.json");
    HttpInteraction i = (HttpInteraction) p.interactions().get(0);
    Body json = i.request().body();
    Body.BytesReader<JsonNode> notCalled =
        b -> {
          throw new AssertionError("a pact's JSON value is not read back from bytes");
        };
    JsonNode kept = json.readJson(JsonNode.class, notCalled);
    assertThat(kept.get("price").decimalValue()).isEqualByComparingTo("10.50");
    assertThat(json.asString()).isEqualTo("{\"price\":10.50,\"tags\":[true,null,1E+2]}");
    assertThat(json.writtenFromJson()).isTrue();
    assertThat(json.withContentType("application/vnd.x+json").readJson(JsonNode.class, notCalled))
        .isSameAs(kept);
    assertThat(json)
        .isEqualTo(
            new Body(
                Body.State.PRESENT,
                "{\"price\":10.50,\"tags\":[true,null,1E+2]}".getBytes(StandardCharsets.UTF_8),
                "application/json",
                true));
    // A string in the pact is text: there is no JSON value to keep.
    assertThat(i.response().body().readJson(JsonNode.class, b -> TextNode.valueOf("read")))
        .isEqualTo(TextNode.valueOf("read"));
    assertThat(i.response().body().asString()).isEqualTo("plain text");
  }

  @Test
  void aJsonBodyIsWrittenBackWithCharactersOutsideTheBmpAsUtf8AndALoneSurrogateEscaped() {
    // The pact escapes the emoji (\\uD83D\\uDE00) in one body and has it raw in the other: both go
    // out as the four UTF-8 bytes of U+1F600, as the Rust verifier and pact-jvm send them. A lone
    // surrogate has no UTF-8 form and stays escaped.
    Pact p =
        reader.read(
            pact(
                "{\"description\":\"d\",\"request\":{\"method\":\"POST\",\"path\":\"/\",\"headers\":"
                    + "{\"Content-Type\":\"application/json\"},\"body\":{\"s\":\"caf\u00e9 \\uD83D\\uDE00\","
                    + "\"lone\":\"\\ud800x\",\"back\\\\uD83D\":\"\\\\uD83D\\\\uDE00\"}},"
                    + "\"response\":{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},"
                    + "\"body\":\"\uD83D\uDE00\"}}",
                "3.0.0"),
            "emoji.json");
    HttpInteraction i = (HttpInteraction) p.interactions().get(0);
    assertThat(i.request().body().content())
        .isEqualTo(
            ("{\"s\":\"caf\u00e9 \uD83D\uDE00\",\"lone\":\"\\uD800x\","
                    + "\"back\\\\uD83D\":\"\\\\uD83D\\\\uDE00\"}")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(i.response().body().content())
        .isEqualTo("\"\uD83D\uDE00\"".getBytes(StandardCharsets.UTF_8));
  }

  private static final String NO_PLUGINS =
      ", and Pact plugins are not supported here: its interactions cannot be verified, not even in"
          + " part. Verify this pact with a verifier that runs Pact plugins (the Rust verifier,"
          + " pact-jvm), or leave it out of the pact sources";

  @Test
  void aPactThatNamesAPluginInItsMetadataIsRefusedNamingThePlugin() {
    String json =
        "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\"interactions\":["
            + "{\"type\":\"Synchronous/HTTP\",\"description\":\"d\",\"request\":{\"method\":\"GET\","
            + "\"path\":\"/\"},\"response\":{\"status\":200}}],\"metadata\":{\"pactSpecification\":"
            + "{\"version\":\"4.0\"},\"plugins\":[{\"name\":\"protobuf\",\"version\":\"0.3.15\"}]}}";
    assertThatThrownBy(() -> reader.read(json, "grpc.json"))
        .isInstanceOf(PactFormatException.class)
        .hasMessage(
            "Unsupported pact file grpc.json, at $.metadata.plugins[0]: the pact needs the Pact"
                + " plugin \"protobuf\" 0.3.15"
                + NO_PLUGINS);
  }

  @Test
  void anInteractionWithAPluginConfigurationOrAnotherTransportIsRefused() {
    assertThatThrownBy(
            () ->
                reader.read(
                    pact(
                        "{\"type\":\"Synchronous/Messages\",\"description\":\"get a user\","
                            + "\"pluginConfiguration\":{\"protobuf\":{\"service\":\"Users\"}},"
                            + "\"request\":{\"contents\":{\"content\":\"AA==\",\"encoded\":\"base64\"}}}",
                        "4.0"),
                    "m.json"))
        .isInstanceOf(PactFormatException.class)
        .hasMessage(
            "Unsupported pact file m.json, interaction #0 \"get a user\", at"
                + " $.interactions[0].pluginConfiguration: the pact needs the Pact plugin"
                + " \"protobuf\""
                + NO_PLUGINS);
    assertThatThrownBy(
            () ->
                reader.read(
                    pact(
                        "{\"type\":\"Synchronous/HTTP\",\"description\":\"ok\",\"transport\":\"https\","
                            + "\"request\":{\"method\":\"GET\",\"path\":\"/\"},\"response\":{\"status\":200}},"
                            + "{\"type\":\"Synchronous/HTTP\",\"description\":\"call\",\"transport\":\"grpc\","
                            + "\"request\":{\"method\":\"GET\",\"path\":\"/\"},\"response\":{\"status\":200}}",
                        "4.0"),
                    "t.json"))
        .isInstanceOf(PactFormatException.class)
        .hasMessage(
            "Unsupported pact file t.json, interaction #1 \"call\", at"
                + " $.interactions[1].transport: the pact needs a Pact plugin for its transport"
                + " \"grpc\""
                + NO_PLUGINS);
  }
}
