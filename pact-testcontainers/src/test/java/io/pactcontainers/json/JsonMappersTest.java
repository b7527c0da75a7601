package io.pactcontainers.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Jackson's output made the same bytes on every Jackson version the library runs on. */
class JsonMappersTest {
  private static byte[] combined(String json) {
    return JsonMappers.combineSurrogates(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Test
  void anEscapedSurrogatePairBecomesTheCharactersUtf8Bytes() {
    assertThat(combined("\"a\\uD83D\\uDE00b\\ud83c\\udf54\""))
        .isEqualTo("\"a\uD83D\uDE00b\uD83C\uDF54\"".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void otherEscapesAndLoneOrHalfWrittenSurrogatesAreLeftAsTheyAre() {
    for (String kept :
        new String[] {
          "\"\\\\uD83D\\\\uDE00\"", // an escaped backslash, then text
          "\"\\uD800x\"",
          "\"\\uDE00\\uD83D\"", // low before high
          "\"\\uD83D\\n\"",
          "\"\\uD83D\\uD83D\"",
          "\"\\uD83D\\uDEx0\"",
          "\"\\u00e9\\t\\\"\"",
          "\"\\uD83D\\uDE0",
          "\\"
        }) {
      assertThat(utf8(combined(kept))).as(kept).isEqualTo(kept);
    }
  }

  @Test
  void whatTheLibrarysMapperWritesKeepsEmojiAsUtf8OnEveryJacksonVersion() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    String json = "{\"k\\\\uD83D\":[\"caf\u00e9 \uD83D\uDE00\",\"\\ud800\"]}";
    assertThat(utf8(JsonMappers.utf8(mapper, mapper.readTree(json))))
        .isEqualTo("{\"k\\\\uD83D\":[\"caf\u00e9 \uD83D\uDE00\",\"\\uD800\"]}");
  }

  @Test
  void aTreeIsWrittenByteForByteAsJacksonWritesIt() throws Exception {
    ObjectMapper mapper = JsonMappers.exactNumbers(1 << 20);
    String json =
        "{\"i\":1,\"l\":12345678901,\"b\":123456789012345678901234567890,\"d\":1.0,"
            + "\"e\":1E+2,\"z\":-0.0,\"s\":\"\u00e9\\u0001\\\"/\\uD83D\\uDE00\",\"t\":true,\"n\":null,"
            + "\"a\":[],\"o\":{},\"deep\":[[{\"x\":[null,false,2.50]}]]}";
    for (String tree : new String[] {json, "[1,\"x\"]", "\"text\"", "12.0", "null"}) {
      com.fasterxml.jackson.databind.JsonNode node = mapper.readTree(tree);
      assertThat(utf8(JsonMappers.utf8Tree(JsonMappers.limitedFactory(1 << 20), node)))
          .as(tree)
          .isEqualTo(utf8(JsonMappers.utf8(mapper, node)));
    }
  }
}
