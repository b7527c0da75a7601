package io.pactcontainers.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each pretty-printed line's body path, written as the matcher writes a mismatch's path. */
class DiffPathsTest {
  @Test
  void eachLineHasThePathTheMatcherWouldNameForIt() throws Exception {
    var node =
        new ObjectMapper()
            .readTree("{\"id\":1,\"first name\":\"Al\",\"items\":[{\"price\":2},[]]}");
    assertThat(DiffPaths.of(node, "$.order"))
        .containsExactly(
            "$.order",
            "$.order.id",
            "$.order['first name']",
            "$.order.items",
            "$.order.items[0]",
            "$.order.items[0].price",
            "$.order.items[0]",
            "$.order.items[1]",
            "$.order.items",
            "$.order");
  }

  @Test
  void aLineIsARealDifferenceAtAMismatchOrOnOneSideUnderOne() {
    List<String> mismatches = List.of("$.items", "$.total");
    // the mismatch's own line, and an element only one side has under it
    assertThat(DiffPaths.real("$.total", Set.of("$.total"), mismatches)).isTrue();
    assertThat(DiffPaths.real("$.items[2].price", Set.of("$.items[1]"), mismatches)).isTrue();
    // a value on both sides with no mismatch there: a rule accepted it
    assertThat(DiffPaths.real("$.items[0].price", Set.of("$.items[0].price"), mismatches))
        .isFalse();
    // a key only the answer has, under no mismatch: allowed, not a difference
    assertThat(DiffPaths.real("$.note", Set.of(), mismatches)).isFalse();
    // "$.itemsCount" is not under "$.items"
    assertThat(DiffPaths.real("$.itemsCount", Set.of(), mismatches)).isFalse();
  }
}
