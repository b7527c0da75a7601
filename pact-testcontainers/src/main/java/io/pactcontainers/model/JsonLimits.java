package io.pactcontainers.model;

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

  /** "200 MB", for messages. */
  public String describe() {
    return maxBytes % (1024 * 1024) == 0 ? maxBytes / (1024 * 1024) + " MB" : maxBytes + " bytes";
  }
}
