package io.pactcontainers.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeReaderTest {
  private final ObjectMapper mapper = JsonMappers.exactNumbers(1 << 20);

  @Test
  void readsTheTreeThePactReadersMapperReads() throws Exception {
    for (String json :
        new String[] {
          "{\"i\":1,\"l\":12345678901,\"b\":123456789012345678901234567890,\"d\":1.0,\"e\":1E+2,"
              + "\"z\":-0.0,\"s\":\"\\u00e9\\n\",\"t\":true,\"f\":false,\"n\":null,\"a\":[],\"o\":{},"
              + "\"dup\":1,\"x\":[[{\"y\":[null,2.50]}]],\"dup\":\"last\"}",
          "[1,\"x\",{}]",
          "\"text\"",
          "12.0",
          "-3",
          "null"
        }) {
      JsonNode ours;
      try (JsonParser p = JsonMappers.limitedFactory(1 << 20).createParser(json)) {
        p.nextToken();
        ours = TreeReader.read(p);
      }
      JsonNode jacksons = mapper.readTree(json);
      assertThat(ours).as(json).isEqualTo(jacksons);
      assertThat(ours.toString()).as(json).isEqualTo(jacksons.toString());
      assertThat(classes(ours)).as(json).isEqualTo(classes(jacksons));
    }
  }

  @Test
  void readsAWholeBodyAsTheMatchersMapperDid() throws Exception {
    for (String json :
        new String[] {
          "{\"id\":1,\"price\":10.50,\"tags\":[\"a\"],\"n\":null}",
          "  [1, 2.0, \"x\"]  ",
          "",
          " \n\t ",
          "{} trailing words",
          "1 2",
          "\"only a string\""
        }) {
      byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      JsonNode ours = TreeReader.readTree(mapper.getFactory(), bytes);
      JsonNode jacksons = mapper.readTree(bytes);
      assertThat(ours).as(json).isEqualTo(jacksons);
      assertThat(ours.toString()).as(json).isEqualTo(jacksons.toString()); // 10.50 stays 10.50
      assertThat(classes(ours)).as(json).isEqualTo(classes(jacksons));
    }
  }

  @Test
  void aBodyThatIsNotJsonOrBreaksALimitFailsAsTheMapperFailed() {
    ObjectMapper small = JsonMappers.exactNumbers(8);
    for (String json : new String[] {"{\"a\":", "{]", "nope", "\"a string longer than 8\""}) {
      byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      Throwable ours = catchThrowable(() -> TreeReader.readTree(small.getFactory(), bytes));
      Throwable jacksons = catchThrowable(() -> small.readTree(bytes));
      assertThat(jacksons).as(json).isNotNull();
      assertThat(ours).as(json).isInstanceOf(jacksons.getClass());
      assertThat(((com.fasterxml.jackson.core.JsonProcessingException) ours).getOriginalMessage())
          .as(json)
          .isEqualTo(
              ((com.fasterxml.jackson.core.JsonProcessingException) jacksons).getOriginalMessage());
    }
  }

  @Test
  void aBodyNestedDeeperThanTheLimitFailsOnTheLimitAsTheMapperFailed() {
    int depth = JsonMappers.MAX_NESTING_DEPTH + 1;
    byte[] deep =
        ("[".repeat(depth) + "]".repeat(depth)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Throwable ours = catchThrowable(() -> TreeReader.readTree(mapper.getFactory(), deep));
    Throwable jacksons = catchThrowable(() -> mapper.readTree(deep));
    assertThat(ours)
        .isInstanceOf(com.fasterxml.jackson.core.exc.StreamConstraintsException.class)
        .isInstanceOf(jacksons.getClass());
    assertThat(
            JsonMappers.tooDeep((com.fasterxml.jackson.core.exc.StreamConstraintsException) ours))
        .isTrue();
    assertThat(ours.getMessage()).isEqualTo(jacksons.getMessage());
  }

  /** The node classes in document order, so that an IntNode never passes for a LongNode. */
  private static List<String> classes(JsonNode n) {
    List<String> out = new ArrayList<>();
    out.add(n.getClass().getSimpleName());
    if (n.getNodeType() == JsonNodeType.OBJECT || n.getNodeType() == JsonNodeType.ARRAY) {
      n.forEach(c -> out.addAll(classes(c)));
      n.fieldNames().forEachRemaining(out::add);
    }
    return out;
  }
}
