package io.pactcontainers.model;

/**
 * How large a JSON value (a pact, a body, one string in it) may be read. Jackson's own default
 * stops at a 20 MB string and called such bodies "invalid JSON"; large bodies are valid, so the
 * bound is a setting, and hitting it is said as such.
 *
 * @param maxBytes the largest string or document read, in bytes (characters, for strings)
 */
public record JsonLimits(long maxBytes) {
  /** 200 MB: far above any pact written by hand, below what would exhaust a default heap. */
  public static final JsonLimits DEFAULT = new JsonLimits(200L * 1024 * 1024);

  /**
   * Checks the components.
   *
   * @param maxBytes the largest string or document read, in bytes (characters, for strings)
   */
  public JsonLimits {
    if (maxBytes < 1024) {
      throw new IllegalArgumentException(
          "the JSON size limit must be at least 1 KiB, found " + maxBytes + " bytes");
    }
  }

  /**
   * The limit for messages.
   *
   * @return "200 MB", or a number of bytes
   */
  public String describe() {
    return maxBytes % (1024 * 1024) == 0 ? maxBytes / (1024 * 1024) + " MB" : maxBytes + " bytes";
  }
}
