package io.pactcontainers.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

/**
 * Jackson set up the way every reader of this library needs it. Internal (not exported): the API
 * speaks of sizes ({@code JsonLimits}), never of Jackson's types.
 */
public final class JsonMappers {
  /**
   * The deepest nesting of arrays and objects read: Jackson's own default, set here so that a
   * message can name it.
   */
  public static final int MAX_NESTING_DEPTH = 1000;

  private JsonMappers() {}

  /**
   * Whether a limit hit is the nesting depth rather than a size: a pact 1,001 levels deep is not
   * larger than 200 MB, and raising the size limit would not read it.
   *
   * @param e what the parser threw
   * @return true for {@link #MAX_NESTING_DEPTH}
   */
  public static boolean tooDeep(StreamConstraintsException e) {
    // Jackson says which constraint only in words: "Document nesting depth (1001) exceeds ...".
    return e.getMessage() != null && e.getMessage().contains("nesting depth");
  }

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
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .build());
    return mapper;
  }
}
