package io.pactcontainers.provider;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/**
 * A provider that is already running (started by someone else) at {@code baseUrl}.
 *
 * @param baseUrl where it answers ({@code http://localhost:8080})
 */
public record RunningProvider(URI baseUrl) implements ProviderTarget {
  /**
   * Checks the components.
   *
   * @param baseUrl where it answers ({@code http://localhost:8080})
   */
  public RunningProvider {
    requireNonNull(baseUrl, "baseUrl");
  }
}
