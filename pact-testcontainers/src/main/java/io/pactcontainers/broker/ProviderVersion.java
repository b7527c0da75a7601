package io.pactcontainers.broker;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The provider version a verification result is published for.
 *
 * @param number the version ({@code 1.4.2}, a commit hash)
 * @param branch the branch it was built from, when known
 * @param tags tags recorded with it (older Brokers' way to mark environments)
 * @param buildUrl the CI build that verified it, linked from the Broker
 */
public record ProviderVersion(
    String number, Optional<String> branch, List<String> tags, Optional<String> buildUrl) {
  /**
   * Checks the components.
   *
   * @param number the version ({@code 1.4.2}, a commit hash)
   * @param branch the branch it was built from, when known
   * @param tags tags recorded with it (older Brokers' way to mark environments)
   * @param buildUrl the CI build that verified it, linked from the Broker
   */
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
