package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.state.StateChange;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateChangerTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static byte[] asTheMapperWritesIt(StateChange change) throws Exception {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("state", change.state());
    json.put("params", change.params());
    json.put("action", change.actionName());
    return MAPPER.writeValueAsBytes(json);
  }

  private static void assertSameBytes(Map<String, Object> params) throws Exception {
    for (StateChange.Action action : StateChange.Action.values()) {
      StateChange change = new StateChange("an order \"42\" exists 😀", params, action);
      assertThat(new String(StateChanger.jsonBody(change), StandardCharsets.UTF_8))
          .isEqualTo(new String(asTheMapperWritesIt(change), StandardCharsets.UTF_8));
      assertThat(StateChanger.jsonBody(change)).isEqualTo(asTheMapperWritesIt(change));
    }
  }

  @Test
  void theStateCallBodyHasTheMappersBytesForEveryKindOfValueAPactsParamsHold() throws Exception {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("b", null);
    nested.put("a", List.of(1, "two", false));
    List<Object> withNull = new ArrayList<>(Arrays.asList("x", null));
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("id", 42);
    params.put("big", 12345678901234L);
    params.put("huge", new BigInteger("123456789012345678901234567890"));
    params.put("price", new BigDecimal("1.0"));
    params.put("exp", new BigDecimal("1E+3"));
    params.put("ratio", 0.1d);
    params.put("notANumber", Double.NaN);
    params.put("yes", true);
    params.put("none", null);
    params.put("text", "tab\t \"quote\" \\ \u0001 é 😀 \ud800 lone");
    params.put("nested", nested);
    params.put("list", withNull);
    params.put("empty", Map.of());
    assertThat(ParamsWriter.writable(params)).isTrue(); // written by the generator, not the mapper
    assertSameBytes(params);
    assertSameBytes(Map.of());
  }

  @Test
  void paramsOfOtherTypesAreStillWrittenByTheMapper() throws Exception {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("when", java.time.Duration.ofSeconds(3).toString());
    params.put("f", 1.5f);
    params.put("short", (short) 3);
    params.put("nonStringKeys", Map.of(1, "one"));
    assertThat(ParamsWriter.writable(params)).isFalse();
    assertSameBytes(params);
  }

  @Test
  void onlyAnAnswerThatIsAnEmptyObjectIsTakenForOneWithoutParsing() {
    for (String empty : List.of("{}", " { } ", "\n{\r\n\t}\n")) {
      assertThat(StateChanger.isEmptyObject(empty.getBytes(StandardCharsets.UTF_8)))
          .as(empty)
          .isTrue();
    }
    for (String other : List.of("", "{", "}", "{\"id\":1}", "{} {}", "[]", "{}x", "x{}", "{ ]")) {
      assertThat(StateChanger.isEmptyObject(other.getBytes(StandardCharsets.UTF_8)))
          .as(other)
          .isFalse();
    }
  }
}
