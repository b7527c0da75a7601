package io.pactcontainers.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

/**
 * Jackson set up the way every reader of this library needs it. Internal (not exported): the API
 * speaks of sizes ({@code JsonLimits}), never of Jackson's types.
 */
public final class JsonMappers {
  private JsonMappers() {}

  /**
   * A mapper that reads numbers exactly as written, within {@code maxBytes}: decimals as {@code
   * BigDecimal}, 1.0 kept as 1.0 (Jackson would strip it to 1: it is not the integer 1, and
   * messages show it as written). What the matchers read bodies with.
   */
  public static ObjectMapper exactNumbers(long maxBytes) {
    return limitedTo(
        new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false),
        maxBytes);
  }

  /**
   * The mapper, reading strings and whole documents up to {@code maxBytes} (Jackson's own default
   * stops at a 20 MB string and calls larger bodies "invalid JSON").
   */
  public static ObjectMapper limitedTo(ObjectMapper mapper, long maxBytes) {
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxStringLength((int) Math.min(maxBytes, Integer.MAX_VALUE - 1))
                .maxDocumentLength(maxBytes)
                .build());
    return mapper;
  }
}
