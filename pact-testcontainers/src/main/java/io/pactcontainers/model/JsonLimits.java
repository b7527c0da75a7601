package io.pactcontainers.model;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How large a JSON value (a pact, a body, one string in it) may be read. Jackson's own default
 * stops at a 20 MB string and called such bodies "invalid JSON"; large bodies are valid, so the
 * bound is a setting, and hitting it is said as such.
 *
 * @param maxBytes the largest string or document read, in bytes (characters, for strings)
 */
public record JsonLimits(long maxBytes) {
  public static final JsonLimits DEFAULT = new JsonLimits(200L * 1024 * 1024);

  public JsonLimits {
    if (maxBytes < 1024) {
      throw new IllegalArgumentException(
          "the JSON size limit must be at least 1 KiB, found " + maxBytes + " bytes");
    }
  }

  /** The mapper, with this limit for strings and whole documents. */
  public ObjectMapper applyTo(ObjectMapper mapper) {
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxStringLength((int) Math.min(maxBytes, Integer.MAX_VALUE - 1))
                .maxDocumentLength(maxBytes)
                .build());
    return mapper;
  }

  /** "200 MB", for messages. */
  public String describe() {
    return maxBytes % (1024 * 1024) == 0 ? maxBytes / (1024 * 1024) + " MB" : maxBytes + " bytes";
  }
}
