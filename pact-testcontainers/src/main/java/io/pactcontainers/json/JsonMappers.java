package io.pactcontainers.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Jackson set up the way every reader of this library needs it. Internal (not exported): the API
 * speaks of sizes ({@code JsonLimits}), never of Jackson's types.
 */
public final class JsonMappers {
  private JsonMappers() {}

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
