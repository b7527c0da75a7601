package io.pactcontainers.broker;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** The provider version a verification result is published for. */
public record ProviderVersion(
    String number, Optional<String> branch, List<String> tags, Optional<String> buildUrl) {
  public ProviderVersion {
    requireNonNull(number, "number");
    if (number.isBlank()) {
      throw new IllegalArgumentException("the provider version is blank");
    }
    requireNonNull(branch, "branch");
    tags = List.copyOf(tags);
    requireNonNull(buildUrl, "buildUrl");
  }
}
