package io.pactcontainers.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.model.HttpResponse;
import io.pactcontainers.model.Mismatch;
import io.pactcontainers.model.PactReader;
import io.pactcontainers.model.PactSpecVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each matcher of V2 to V4, through the public matcher, with the exact sentences users see. */
class ResponseMatcherTest {
  private final PactReader reader = new PactReader();
  private final ResponseMatcher matcher = new ResponseMatcher();

  /**
   * Matches body {@code actual} against {@code {"v": example}} with {@code matchers} on {@code
   * $.v}.
   */
  private List<String> match(String example, String matchers, String actual) {
    HttpResponse expected =
        reader.readResponse(
            "{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},"
                + "\"body\":{\"v\":"
                + example
                + "},\"matchingRules\":{\"body\":{\"$.v\":{\"matchers\":["
                + matchers
                + "]}}}}",
            PactSpecVersion.V4,
            "test");
    HttpResponse got =
        reader.readResponse(
            "{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},"
                + "\"body\":{\"v\":"
                + actual
                + "}}",
            PactSpecVersion.V3,
            "test");
    return matcher.match(expected, got).stream().map(Mismatch::message).toList();
  }

  @ParameterizedTest(name = "{0} {1} accepts {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'\"a\"' | {\"match\":\"regex\",\"regex\":\"\\\\d+\"} | '\"123\"'",
        "'\"a\"' | {\"match\":\"type\"} | '\"zzz\"'",
        "'[1]' | {\"match\":\"type\",\"min\":2} | '[5,6,7]'",
        "'[1]' | {\"match\":\"type\",\"max\":2} | '[5]'",
        "'\"a\"' | {\"match\":\"include\",\"value\":\"ell\"} | '\"hello\"'",
        "'1' | {\"match\":\"integer\"} | '42'",
        "'1.5' | {\"match\":\"decimal\"} | '9.99'",
        "'1' | {\"match\":\"number\"} | '9.99'",
        "'true' | {\"match\":\"boolean\"} | 'false'",
        "'null' | {\"match\":\"null\"} | 'null'",
        "'\"2020-01-01\"' | {\"match\":\"date\",\"format\":\"yyyy-MM-dd\"} | '\"2026-11-25\"'",
        "'\"10:00\"' | {\"match\":\"time\",\"format\":\"HH:mm\"} | '\"23:59\"'",
        "'\"x\"' | {\"match\":\"datetime\",\"format\":\"yyyy-MM-dd'T'HH:mm:ss\"} | '\"2026-11-25T13:00:00\"'",
        "'\"x\"' | {\"match\":\"timestamp\"} | '\"2026-11-25T13:00:00Z\"'",
        "'{\"a\":1.0}' | {\"match\":\"equality\"} | '{\"a\":1.00}'",
        "'{\"a\":1}' | {\"match\":\"values\"} | '{\"b\":1,\"c\":1}'",
        "'[\"a\"]' | {\"match\":\"notEmpty\"} | '[\"b\"]'",
        "'\"1.0.0\"' | {\"match\":\"semver\"} | '\"2.10.3-rc.1\"'",
        "'{\"a\":1}' | {\"match\":\"eachKey\",\"rules\":[{\"match\":\"regex\",\"regex\":\"[a-z]+\"}]} | '{\"x\":1,\"yz\":2}'",
        "'{\"a\":\"x\"}' | {\"match\":\"eachValue\",\"rules\":[{\"match\":\"regex\",\"regex\":\"[a-z]+\"}]} | '{\"b\":\"q\",\"c\":\"r\"}'",
        "'[{\"id\":1}]' | {\"match\":\"arrayContains\",\"variants\":[{\"index\":0,\"rules\":{\"$.id\":{\"matchers\":[{\"match\":\"integer\"}]}}}]} | '[{\"id\":\"no\"},{\"id\":5}]'",
      })
  void aMatcherAcceptsWhatItDescribes(String example, String matchers, String actual) {
    assertThat(match(example, matchers, actual)).isEmpty();
  }

  @ParameterizedTest(name = "{1} rejects {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'\"a\"' | {\"match\":\"regex\",\"regex\":\"\\\\d+\"} | '\"12a\"' | '$.v: expected a value matching /\\d+/, found \"12a\" (a string)'",
        "'\"a\"' | {\"match\":\"type\"} | '1' | '$.v: expected a string like a, found 1 (an integer)'",
        "'[1]' | {\"match\":\"type\",\"min\":2} | '[5]' | '$.v: expected an array of at least 2 elements, found an array of 1 element'",
        "'[1]' | {\"match\":\"type\",\"max\":1} | '[5,6]' | '$.v: expected an array of at most 1 element, found an array of 2 elements'",
        "'\"a\"' | {\"match\":\"include\",\"value\":\"ell\"} | '\"help\"' | '$.v: expected a value including \"ell\", found \"help\" (a string)'",
        "'1' | {\"match\":\"integer\"} | '1.5' | '$.v: expected an integer, found 1.5 (a decimal)'",
        "'1.5' | {\"match\":\"decimal\"} | '\"9.99\"' | '$.v: expected a decimal, found \"9.99\" (a string)'",
        "'1' | {\"match\":\"number\"} | '\"1\"' | '$.v: expected a number, found \"1\" (a string)'",
        "'true' | {\"match\":\"boolean\"} | '0' | '$.v: expected a boolean, found 0 (an integer)'",
        "'null' | {\"match\":\"null\"} | '\"\"' | '$.v: expected null, found \"\" (a string)'",
        "'\"x\"' | {\"match\":\"date\",\"format\":\"yyyy-MM-dd\"} | '\"25/11/2026\"' | '$.v: expected a date in the format \"yyyy-MM-dd\", found \"25/11/2026\" (a string)'",
        "'\"x\"' | {\"match\":\"datetime\",\"format\":\"yyyy-MM-dd'T'HH:mm:ssZ\"} | '\"2026-12-07T10:00:00Z\"' | '$.v: expected a datetime in the format \"yyyy-MM-dd''T''HH:mm:ssZ\", found \"2026-12-07T10:00:00Z\" (a string); the pattern letters Z and x read an offset such as +0000, never the letter Z: write X (an offset or Z) or ''Z'' (the letter itself) in the format'",
        "'{\"a\":1}' | {\"match\":\"equality\"} | '{\"a\":2}' | '$.v.a: expected 1 (an integer), found 2 (an integer)'",
        "'[\"a\"]' | {\"match\":\"notEmpty\"} | '[]' | '$.v: expected a value that is not empty, found an array of 0 elements'",
        "'\"1.0.0\"' | {\"match\":\"semver\"} | '\"1.0\"' | '$.v: expected a semantic version (major.minor.patch), found \"1.0\" (a string)'",
        "'{\"a\":1}' | {\"match\":\"eachKey\",\"rules\":[{\"match\":\"regex\",\"regex\":\"[a-z]+\"}]} | '{\"A1\":1}' | '$.v: key \"A1\": expected a value matching /[a-z]+/, found \"A1\" (a string)'",
        "'[{\"id\":1}]' | {\"match\":\"arrayContains\",\"variants\":[{\"index\":0,\"rules\":{\"$.id\":{\"matchers\":[{\"match\":\"integer\"}]}}}]} | '[{\"id\":\"no\"}]' | '$.v: expected the array to contain an element matching variant 0 {\"id\":1}, found none among 1'",
      })
  void aMatcherRejectsWithASentenceNamingPathExpectationAndValue(
      String example, String matchers, String actual, String message) {
    assertThat(match(example, matchers, actual)).containsExactly(message);
  }

  @Test
  void orCombinedRulesPassWhenOneHoldsAndFailWhenNoneDoes() {
    HttpResponse expected =
        reader.readResponse(
            "{\"status\":200,\"body\":{\"v\":1},\"matchingRules\":{\"body\":{\"$.v\":"
                + "{\"combine\":\"OR\",\"matchers\":[{\"match\":\"null\"},{\"match\":\"integer\"}]}}}}",
            PactSpecVersion.V3,
            "t");
    assertThat(
            matcher.match(
                expected,
                reader.readResponse(
                    "{\"status\":200,\"body\":{\"v\":null}}", PactSpecVersion.V3, "t")))
        .isEmpty();
    assertThat(
            matcher.match(
                expected,
                reader.readResponse(
                    "{\"status\":200,\"body\":{\"v\":7}}", PactSpecVersion.V3, "t")))
        .isEmpty();
    assertThat(
            matcher.match(
                expected,
                reader.readResponse(
                    "{\"status\":200,\"body\":{\"v\":\"x\"}}", PactSpecVersion.V3, "t")))
        .extracting(Mismatch::message)
        .containsExactly(
            "$.v: expected null, found \"x\" (a string)",
            "$.v: expected an integer, found \"x\" (a string)");
  }

  @Test
  void theMostSpecificRuleWinsAndTypeRulesCascade() {
    HttpResponse expected =
        reader.readResponse(
            "{\"status\":200,\"body\":{\"items\":[{\"price\":1.5,\"name\":\"a\"}]},"
                + "\"matchingRules\":{\"body\":{\"$.items\":{\"matchers\":[{\"match\":\"type\",\"min\":1}]},"
                + "\"$.items[*].price\":{\"matchers\":[{\"match\":\"decimal\"}]}}}}",
            PactSpecVersion.V3,
            "t");
    HttpResponse actual =
        reader.readResponse(
            "{\"status\":200,\"body\":{\"items\":[{\"price\":2.5,\"name\":\"b\"},"
                + "{\"price\":3.25,\"name\":\"c\"},{\"price\":\"9.99\",\"name\":\"d\"}]}}",
            PactSpecVersion.V3,
            "t");
    assertThat(matcher.match(expected, actual))
        .extracting(Mismatch::message)
        .containsExactly("$.items[2].price: expected a decimal, found \"9.99\" (a string)");
  }

  @Test
  void statusCodeRuleAcceptsAClassOfStatuses() {
    HttpResponse expected =
        reader.readResponse(
            "{\"status\":200,\"matchingRules\":{\"status\":{\"matchers\":"
                + "[{\"match\":\"statusCode\",\"status\":\"success\"}]}}}",
            PactSpecVersion.V4,
            "t");
    assertThat(
            matcher.match(
                expected,
                HttpResponse.received(
                    204,
                    io.pactcontainers.model.Headers.none(),
                    io.pactcontainers.model.Body.missing())))
        .isEmpty();
    assertThat(
            matcher.match(
                expected,
                HttpResponse.received(
                    404,
                    io.pactcontainers.model.Headers.none(),
                    io.pactcontainers.model.Body.missing())))
        .extracting(Mismatch::message)
        .containsExactly("status: expected a success status, found 404");
  }

  @Test
  void headersCompareNamesWithoutCaseAndContentTypeParametersLeniently() {
    HttpResponse expected =
        reader.readResponse(
            "{\"status\":200,\"headers\":{\"content-type\":\"application/json;charset=utf-8\","
                + "\"X-Ids\":\"1,2\"}}",
            PactSpecVersion.V3,
            "t");
    HttpResponse ok =
        reader.readResponse(
            "{\"status\":200,\"headers\":{\"Content-Type\":\"application/json; charset=UTF-8; v=1\","
                + "\"x-ids\":\"1, 2\"}}",
            PactSpecVersion.V3,
            "t");
    HttpResponse bad =
        reader.readResponse(
            "{\"status\":200,\"headers\":{\"Content-Type\":\"text/plain\"}}",
            PactSpecVersion.V3,
            "t");
    assertThat(matcher.match(expected, ok)).isEmpty();
    assertThat(matcher.match(expected, bad))
        .extracting(Mismatch::message)
        .containsExactly(
            "header content-type: expected \"application/json;charset=utf-8\", found \"text/plain\"",
            "header X-Ids: expected \"1,2\", but the header was missing");
  }

  @Test
  void xmlIsComparedByNamespaceAndLocalNameWithRulesOnAttributesAndText() {
    HttpResponse expected =
        reader.readResponse(
            "{\"status\":200,\"headers\":{\"Content-Type\":\"application/xml\"},"
                + "\"body\":\"<order id=\\\"1\\\"><item>steak</item></order>\",\"matchingRules\":{\"body\":{"
                + "\"$.order['@id']\":{\"matchers\":[{\"match\":\"integer\"}]}}}}",
            PactSpecVersion.V3,
            "t");
    HttpResponse actual =
        reader.readResponse(
            "{\"status\":200,\"headers\":{\"Content-Type\":\"application/xml\"},"
                + "\"body\":\"<order id=\\\"x\\\"><item>salad</item></order>\"}",
            PactSpecVersion.V3,
            "t");
    assertThat(matcher.match(expected, actual))
        .extracting(Mismatch::message)
        .containsExactly(
            "$.order['@id']: expected an integer, found \"x\" (a string)",
            "$.order.item['#text']: expected \"steak\", found \"salad\"");
  }

  @Test
  void formBodiesAreComparedByField() {
    HttpResponse expected =
        reader.readResponse(
            "{\"status\":200,\"headers\":{\"Content-Type\":\"application/x-www-form-urlencoded\"},"
                + "\"body\":\"a=1&b=2\"}",
            PactSpecVersion.V3,
            "t");
    HttpResponse actual =
        reader.readResponse(
            "{\"status\":200,\"headers\":{\"Content-Type\":\"application/x-www-form-urlencoded\"},"
                + "\"body\":\"b=2&a=3\"}",
            PactSpecVersion.V3,
            "t");
    assertThat(matcher.match(expected, actual))
        .extracting(Mismatch::message)
        .containsExactly("$.a[0]: expected \"1\" (a string), found \"3\" (a string)");
  }

  @Test
  void aBodyThatIsNotJsonIsReportedAsSuch() {
    HttpResponse expected =
        reader.readResponse("{\"status\":200,\"body\":{\"a\":1}}", PactSpecVersion.V3, "t");
    HttpResponse actual =
        HttpResponse.received(
            200,
            io.pactcontainers.model.Headers.none(),
            io.pactcontainers.model.Body.of("{oops", null));
    assertThat(matcher.match(expected, actual))
        .extracting(Mismatch::message)
        .containsExactly("$: expected a JSON body, found content that is not valid JSON: {oops");
  }

  private static String part(String name, String type, String content) {
    return "--B\r\nContent-Disposition: form-data; name=\""
        + name
        + "\"\r\nContent-Type: "
        + type
        + "\r\n\r\n"
        + content
        + "\r\n";
  }

  /**
   * A multipart pact with rules inside its parts: an integer inside the JSON part, a regex on the
   * text part.
   */
  private List<String> matchMultipart(String metaPart, String notePart) {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode pact = json.createObjectNode();
    pact.put("status", 200);
    pact.putObject("headers").put("Content-Type", "multipart/form-data; boundary=B");
    pact.put(
        "body",
        part("meta", "application/json", "{\"id\":1}")
            + part("note", "text/plain", "hello 1")
            + "--B--\r\n");
    com.fasterxml.jackson.databind.node.ObjectNode rules =
        pact.putObject("matchingRules").putObject("body");
    rules.putObject("$.meta.id").putArray("matchers").addObject().put("match", "integer");
    rules
        .putObject("$.note")
        .putArray("matchers")
        .addObject()
        .put("match", "regex")
        .put("regex", "hello \\d+");
    HttpResponse expected = reader.readResponse(pact.toString(), PactSpecVersion.V3, "test");
    pact.remove("matchingRules");
    pact.put(
        "body",
        part("meta", "application/json", metaPart)
            + part("note", "text/plain", notePart)
            + "--B--\r\n");
    HttpResponse got = reader.readResponse(pact.toString(), PactSpecVersion.V3, "test");
    return matcher.match(expected, got).stream().map(Mismatch::message).toList();
  }

  @Test
  void rulesUnderAPartsNameApplyInsideThatPart() {
    assertThat(matchMultipart("{\"id\":42}", "hello 7")).isEmpty();
    assertThat(matchMultipart("{\"id\":\"x\"}", "goodbye"))
        .containsExactly(
            "part \"meta\": $.id: expected an integer, found \"x\" (a string)",
            "part \"note\": $: expected a value matching /hello \\d+/, found \"goodbye\" (a string)");
  }

  @Test
  void anIntegerIsNotADecimalWithoutAMatcherAsTheReferenceVerifiersJudge() {
    assertThat(match("{\"n\":1.0}", "{\"match\":\"type\",\"min\":0}", "{\"n\":1}"))
        .isEmpty(); // under a type rule: both numbers
    HttpResponse expected =
        reader.readResponse(
            "{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},"
                + "\"body\":{\"n\":1.0}}",
            PactSpecVersion.V3,
            "test");
    HttpResponse integer =
        reader.readResponse(
            "{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},"
                + "\"body\":{\"n\":1}}",
            PactSpecVersion.V3,
            "test");
    HttpResponse sameDecimal =
        reader.readResponse(
            "{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},"
                + "\"body\":{\"n\":1.00}}",
            PactSpecVersion.V3,
            "test");
    assertThat(matcher.match(expected, integer))
        .extracting(Mismatch::message)
        .containsExactly("$.n: expected 1.0 (a decimal), found 1 (an integer)");
    assertThat(matcher.match(expected, sameDecimal)).isEmpty();
    assertThat(matcher.match(integer, expected))
        .extracting(Mismatch::message)
        .containsExactly("$.n: expected 1 (an integer), found 1.0 (a decimal)");
    // The Rust verifier 18.1.2 fails all three (checked by hand: `pact verifier --file` against a
    // stub provider).
    assertThat(match("{\"a\":1}", "{\"match\":\"equality\"}", "{\"a\":1.0}")).isNotEmpty();
  }

  @Test
  void equalityMeansEqualAndValuesFreesOnlyTheKeys() {
    // conformance cases c125 and c128: the Rust verifier fails both
    assertThat(match("{\"a\":1}", "{\"match\":\"equality\"}", "{\"a\":1,\"b\":2}"))
        .containsExactly("$.v: expected exactly {\"a\":1} (equality), found {\"a\":1,\"b\":2}");
    assertThat(match("{\"a\":1}", "{\"match\":\"values\"}", "{\"x\":2}"))
        .containsExactly("$.v.x: expected 1 (an integer), found 2 (an integer)");
  }

  @Test
  void aLargeProviderBodyIsJudgedAndOneOverTheLimitIsAnErrorNotAMismatch() {
    String big = "y".repeat(21 * 1024 * 1024);
    HttpResponse expected =
        reader.readResponse(
            "{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},"
                + "\"body\":{\"s\":\""
                + big
                + "\"}}",
            PactSpecVersion.V3,
            "test");
    HttpResponse actual =
        HttpResponse.received(
            200,
            new io.pactcontainers.model.Headers(
                java.util.Map.of("Content-Type", List.of("application/json"))),
            io.pactcontainers.model.Body.of("{\"s\":\"" + big + "\"}", "application/json"));
    assertThat(matcher.match(expected, actual)).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new ResponseMatcher(new io.pactcontainers.model.JsonLimits(1024 * 1024))
                    .match(expected, actual))
        .isInstanceOf(io.pactcontainers.PactContainersException.class)
        .hasMessageEndingWith(
            "holds a value larger than the JSON size limit of 1 MB; raise the limit to judge it");
  }

  @Test
  void garbageBytesFromTheProviderAreShownEscaped() {
    HttpResponse expected =
        reader.readResponse(
            "{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},"
                + "\"body\":{\"a\":1}}",
            PactSpecVersion.V3,
            "test");
    HttpResponse garbage =
        HttpResponse.received(
            200,
            new io.pactcontainers.model.Headers(
                java.util.Map.of("Content-Type", List.of("application/json"))),
            io.pactcontainers.model.Body.of(
                new byte[] {0, 'x', (byte) 0xff, 27, '[', '2', 'J'}, "application/json"));
    assertThat(matcher.match(expected, garbage))
        .extracting(Mismatch::message)
        .containsExactly(
            "$: expected a JSON body, found content that is not valid JSON: \\u0000x\\ufffd\\u001b[2J");
  }
}
