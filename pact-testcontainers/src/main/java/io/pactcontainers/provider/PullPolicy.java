package io.pactcontainers.provider;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** When to pull the provider image from its registry. */
public enum PullPolicy {
  /** Use the local image; fail at once when it is missing. */
  NEVER,
  /** Pull only when no local image has that name (the default). */
  IF_MISSING,
  /** Pull every time, e.g. for a moving tag such as {@code latest}. */
  ALWAYS;

  /**
   * Parses never / ifMissing / if-missing / always, in any case.
   *
   * @param text the policy as written
   * @return the policy
   * @throws IllegalArgumentException naming the valid values
   */
  public static PullPolicy parse(String text) {
    String t = text.trim().replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    for (PullPolicy p : values()) {
      if (p.name().replace("_", "").toLowerCase(Locale.ROOT).equals(t)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown pull policy \""
            + text
            + "\"; valid: "
            + Arrays.stream(values()).map(PullPolicy::label).collect(Collectors.joining(", ")));
  }

  /**
   * The policy as a POM spells it.
   *
   * @return "never", "ifMissing" or "always"
   */
  public String label() {
    return switch (this) {
      case NEVER -> "never";
      case IF_MISSING -> "ifMissing";
      case ALWAYS -> "always";
    };
  }
}
