package io.pactcontainers.model;

import java.util.Optional;

/** The Pact specification versions a pact file can be written in. */
public enum PactSpecVersion {
  /** Version 1.0.0. */
  V1("1.0.0"),
  /** Version 1.1.0. */
  V1_1("1.1.0"),
  /** Version 2.0.0: matching rules by JSON path. */
  V2("2.0.0"),
  /** Version 3.0.0: matchers by category, generators, provider states with params, messages. */
  V3("3.0.0"),
  /** Version 4.0: interaction types, keys, pending, comments, synchronous messages. */
  V4("4.0");

  private final String label;

  PactSpecVersion(String label) {
    this.label = label;
  }

  /**
   * The version as pact files write it.
   *
   * @return "1.0.0", "1.1.0", "2.0.0", "3.0.0" or "4.0"
   */
  public String label() {
    return label;
  }

  /**
   * Whether this version is {@code other} or later.
   *
   * @param other a version
   * @return true when at least {@code other}
   */
  public boolean atLeast(PactSpecVersion other) {
    return compareTo(other) >= 0;
  }

  /**
   * Parses "1", "1.1.0", "2.0.0", "3.0.0", "4.0"... as written in {@code
   * metadata.pactSpecification.version}.
   *
   * @param text the version as written, or null
   * @return the version, when the text names one
   */
  public static Optional<PactSpecVersion> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim();
    if (t.startsWith("v") || t.startsWith("V")) {
      t = t.substring(1);
    }
    if (t.startsWith("1.1")) {
      return Optional.of(V1_1);
    }
    if (t.startsWith("1")) {
      return Optional.of(V1);
    }
    if (t.startsWith("2")) {
      return Optional.of(V2);
    }
    if (t.startsWith("3")) {
      return Optional.of(V3);
    }
    if (t.startsWith("4")) {
      return Optional.of(V4);
    }
    return Optional.empty();
  }
}
