package io.pactcontainers.provider;

import static java.util.Objects.requireNonNull;

/**
 * How a provider stopped being there during a run: what a verifier says instead of "connection
 * refused", and why it stops sending requests.
 *
 * @param kind what happened
 * @param description in words, to follow "the provider ...": "exited with code 3", "was killed for
 *     lack of memory (OOMKilled, limit 64 MB)"
 */
public record ProviderEnd(Kind kind, String description) {

  /** What happened to the provider. */
  public enum Kind {
    /** Its process ended on its own (a crash, an exit). */
    EXITED,
    /** The kernel killed it for going past its memory limit. */
    OUT_OF_MEMORY,
    /** Its container is gone (removed from outside). */
    REMOVED,
    /** The Docker engine itself stopped answering: nothing about the provider can be known. */
    ENGINE_GONE
  }

  /**
   * Checks that nothing is null.
   *
   * @param kind what happened
   * @param description in words
   */
  public ProviderEnd {
    requireNonNull(kind, "kind");
    requireNonNull(description, "description");
  }

  static ProviderEnd exited(Long code) {
    return new ProviderEnd(Kind.EXITED, "exited with code " + code);
  }

  static ProviderEnd outOfMemory(long limit) {
    return new ProviderEnd(
        Kind.OUT_OF_MEMORY,
        "was killed for lack of memory (OOMKilled"
            + (limit > 0 ? ", limit " + megabytes(limit) : "")
            + ")");
  }

  static ProviderEnd removed() {
    return new ProviderEnd(Kind.REMOVED, "container is gone (removed from outside the run)");
  }

  static ProviderEnd engineGone() {
    return new ProviderEnd(
        Kind.ENGINE_GONE, "cannot be reached: the Docker engine stopped answering");
  }

  /**
   * A memory size as people write it: "64 MB", "1.5 GB".
   *
   * @param bytes the size
   * @return it in MB below a GB, else in GB
   */
  public static String megabytes(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    if (mb < 1024) {
      return (mb == Math.rint(mb) ? Long.toString((long) mb) : String.format("%.1f", mb)) + " MB";
    }
    double gb = mb / 1024;
    return (gb == Math.rint(gb) ? Long.toString((long) gb) : String.format("%.1f", gb)) + " GB";
  }
}
