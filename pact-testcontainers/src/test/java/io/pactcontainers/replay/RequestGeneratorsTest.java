package io.pactcontainers.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.model.HttpInteraction;
import io.pactcontainers.model.HttpRequest;
import io.pactcontainers.model.PactReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every request generator of the specification puts a fresh value of its kind where the pact says.
 */
class RequestGeneratorsTest {
  private final RequestGenerators generators = new RequestGenerators();

  private HttpRequest generated(String generatorsJson, String body) throws Exception {
    String pact =
        "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\"interactions\":[{\"type\":\"Synchronous/HTTP\","
            + "\"description\":\"d\",\"request\":{\"method\":\"POST\",\"path\":\"/items/1\",\"query\":{\"code\":[\"x\"]},"
            + "\"headers\":{\"X-Id\":[\"x\"],\"Content-Type\":[\"application/json\"]},\"body\":{\"contentType\":\"application/json\","
            + "\"encoded\":false,\"content\":"
            + body
            + "},\"generators\":"
            + generatorsJson
            + "},\"response\":{\"status\":200}}],"
            + "\"metadata\":{\"pactSpecification\":{\"version\":\"4.0\"}}}";
    HttpRequest request =
        ((HttpInteraction)
                new PactReader()
                    .read(pact.getBytes(StandardCharsets.UTF_8), "test")
                    .interactions()
                    .get(0))
            .request();
    return generators.apply(request, Map.of(), URI.create("http://127.0.0.1:1234"));
  }

  private JsonNode body(HttpRequest r) throws Exception {
    return new ObjectMapper().readTree(r.body().content());
  }

  @Test
  void numbersStringsAndIdsAreGeneratedInPathQueryHeadersAndBody() throws Exception {
    HttpRequest r =
        generated(
            "{\"path\":{\"type\":\"RandomInt\",\"min\":5,\"max\":9},"
                + "\"query\":{\"code\":{\"type\":\"Regex\",\"regex\":\"\\\\d{3}-[a-z]{2}\"}},"
                + "\"header\":{\"X-Id\":{\"type\":\"Uuid\",\"format\":\"upper-case-hyphenated\"}},"
                + "\"body\":{\"$.name\":{\"type\":\"RandomString\",\"size\":7},\"$.price\":{\"type\":\"RandomDecimal\",\"digits\":6},"
                + "\"$.hex\":{\"type\":\"RandomHexadecimal\",\"digits\":8},\"$.fresh\":{\"type\":\"RandomBoolean\"},"
                + "\"$.count\":{\"type\":\"RandomInt\",\"min\":1,\"max\":3}}}",
            "{\"name\":\"example\",\"price\":1.5,\"hex\":\"ab\",\"fresh\":true,\"count\":2,\"kept\":10}");
    assertThat(r.path()).matches("[5-9]");
    assertThat(r.query().get("code")).singleElement().asString().matches("\\d{3}-[a-z]{2}");
    assertThat(r.headers().joined("X-Id"))
        .get()
        .asString()
        .matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
    JsonNode b = body(r);
    assertThat(b.get("name").textValue()).matches("[A-Za-z0-9]{7}");
    assertThat(b.get("price").isNumber()).isTrue();
    assertThat(b.get("price").decimalValue().unscaledValue().abs().toString()).hasSize(6);
    assertThat(b.get("hex").textValue()).matches("[0-9a-f]{8}");
    assertThat(b.get("fresh").isBoolean()).isTrue();
    assertThat(b.get("count").isIntegralNumber()).isTrue();
    assertThat(b.get("count").intValue()).isBetween(1, 3);
    assertThat(b.get("kept").intValue()).isEqualTo(10);
  }

  @Test
  void aGeneratedBodyKeepsCharactersOutsideTheBmpAsUtf8() throws Exception {
    HttpRequest r =
        generated(
            "{\"body\":{\"$.n\":{\"type\":\"RandomInt\",\"min\":7,\"max\":7}}}",
            "{\"s\":\"\\uD83D\\uDE00\",\"n\":1}");
    assertThat(new String(r.body().content(), StandardCharsets.UTF_8))
        .isEqualTo("{\"s\":\"\uD83D\uDE00\",\"n\":7}");
  }

  @Test
  void datesAndTimesFollowTheirFormatAndExpression() throws Exception {
    HttpRequest r =
        generated(
            "{\"body\":{\"$.date\":{\"type\":\"Date\",\"format\":\"yyyy-MM-dd\",\"expression\":\"today + 1 day\"},"
                + "\"$.time\":{\"type\":\"Time\",\"format\":\"HH:mm\"},"
                + "\"$.at\":{\"type\":\"DateTime\",\"format\":\"yyyy-MM-dd'T'HH:mm:ss\",\"expression\":\"now - 2 hours\"},"
                + "\"$.id\":{\"type\":\"Uuid\"}}}",
            "{\"date\":\"x\",\"time\":\"x\",\"at\":\"x\",\"id\":\"x\"}");
    JsonNode b = body(r);
    assertThat(b.get("date").textValue())
        .isIn(LocalDate.now().plusDays(1).toString(), LocalDate.now().plusDays(2).toString());
    assertThat(b.get("time").textValue()).matches("\\d{2}:\\d{2}");
    LocalDateTime at =
        LocalDateTime.parse(
            b.get("at").textValue(), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
    assertThat(Duration.between(at, LocalDateTime.now().minusHours(2)).abs())
        .isLessThan(Duration.ofMinutes(1));
    assertThat(b.get("id").textValue())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  }

  @Test
  void aGeneratorThatCannotWorkNamesWhereAndWhy() {
    assertThatThrownBy(
            () ->
                generated(
                    "{\"body\":{\"$.d\":{\"type\":\"Date\",\"expression\":\"next blue moon\"}}}",
                    "{\"d\":\"x\"}"))
        .isInstanceOf(GeneratorException.class)
        .hasMessage(
            "Date generator for body $.d: cannot read expression \"next blue moon\"; write e.g. \"today + 1 day\" or \"now - 2 hours\"");
    assertThatThrownBy(
            () ->
                generated(
                    "{\"header\":{\"X-Id\":{\"type\":\"Uuid\",\"format\":\"braces\"}}}", "{}"))
        .hasMessage(
            "Uuid generator for header X-Id: unknown format \"braces\"; valid: simple, lower-case-hyphenated,"
                + " upper-case-hyphenated, URN");
  }
}
