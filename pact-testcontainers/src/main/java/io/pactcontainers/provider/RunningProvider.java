package io.pactcontainers.provider;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Optional;

/**
 * A provider that is already running (started by someone else) at {@code baseUrl}: a URL, or a
 * container a test framework started, whose output the verifier then follows for the log excerpts
 * under failures.
 *
 * @param baseUrl where it answers ({@code http://localhost:8080})
 * @param output its output, when the verifier can follow it
 */
public record RunningProvider(URI baseUrl, Optional<OutputSource> output)
    implements ProviderTarget {
  /**
   * No provider at all: every interaction's answer comes from code in the JVM (message provider
   * methods), which the session checks before anything is sent.
   */
  public static final RunningProvider NONE =
      new RunningProvider(URI.create("http://no-provider.invalid"));

  /**
   * Checks the components.
   *
   * @param baseUrl where it answers ({@code http://localhost:8080})
   * @param output its output, when the verifier can follow it
   */
  public RunningProvider {
    requireNonNull(baseUrl, "baseUrl");
    requireNonNull(output, "output");
  }

  /**
   * A provider at a URL, nothing more known of it.
   *
   * @param baseUrl where it answers
   */
  public RunningProvider(URI baseUrl) {
    this(baseUrl, Optional.empty());
  }
}
