package io.pactcontainers.model;

import java.util.Optional;

/** The Pact specification versions a pact file can be written in. */
public enum PactSpecVersion {
  V1("1.0.0"),
  V1_1("1.1.0"),
  V2("2.0.0"),
  V3("3.0.0"),
  V4("4.0");

  private final String label;

  PactSpecVersion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean atLeast(PactSpecVersion other) {
    return compareTo(other) >= 0;
  }

  /**
   * Parses "1", "1.1.0", "2.0.0", "3.0.0", "4.0"... as written in {@code
   * metadata.pactSpecification.version}.
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
