package io.pactcontainers.provider;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/** A provider that is already running (started by someone else) at {@code baseUrl}. */
public record RunningProvider(URI baseUrl) implements ProviderTarget {
  public RunningProvider {
    requireNonNull(baseUrl, "baseUrl");
  }
}
