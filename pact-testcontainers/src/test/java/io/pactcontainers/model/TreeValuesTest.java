package io.pactcontainers.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.json.JsonMappers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TreeValuesTest {
  private final ObjectMapper mapper = JsonMappers.exactNumbers(1 << 20);

  @Test
  void givesTheValuesJacksonsConversionGivesOfTypeAndOrder() throws Exception {
    JsonNode node =
        mapper.readTree(
            "{\"z\":1,\"a\":12345678901,\"big\":123456789012345678901234567890,\"d\":1.0,"
                + "\"e\":1E+2,\"s\":\"x\",\"t\":false,\"n\":null,\"l\":[1,[],{}],"
                + "\"o\":{\"k\":[2.50,\"v\"]}}");
    Map<String, Object> ours = TreeValues.map(node);
    @SuppressWarnings("unchecked")
    Map<String, Object> jacksons = mapper.convertValue(node, LinkedHashMap.class);
    assertThat(ours).isEqualTo(jacksons);
    assertThat(List.copyOf(ours.keySet())).isEqualTo(List.copyOf(jacksons.keySet()));
    assertThat(describe(ours)).isEqualTo(describe(jacksons));
  }

  /** Every value with its class, so that an Integer never passes for a Long. */
  private static String describe(Object v) {
    if (v instanceof Map<?, ?> m) {
      StringBuilder sb = new StringBuilder(v.getClass().getSimpleName()).append('{');
      m.forEach((k, x) -> sb.append(k).append('=').append(describe(x)).append(','));
      return sb.append('}').toString();
    }
    if (v instanceof List<?> l) {
      StringBuilder sb = new StringBuilder(v.getClass().getSimpleName()).append('[');
      l.forEach(x -> sb.append(describe(x)).append(','));
      return sb.append(']').toString();
    }
    return v == null ? "null" : v.getClass().getSimpleName() + ":" + v;
  }
}
