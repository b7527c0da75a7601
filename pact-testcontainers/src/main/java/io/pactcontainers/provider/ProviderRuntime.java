package io.pactcontainers.provider;

import java.net.URI;

/** A provider ready to take requests. Closing it removes whatever was started for it. */
public interface ProviderRuntime extends AutoCloseable {

  URI baseUrl();

  /** The last lines the provider logged, to show when something fails; empty when unknown. */
  String logTail(int lines);

  /**
   * When the provider is no longer running, how it ended ("exited with code 137"); empty while it
   * runs or when that cannot be known (a provider this verifier did not start). Asked only after a
   * request failed, so that the error can say the provider crashed.
   */
  default java.util.Optional<String> ended() {
    return java.util.Optional.empty();
  }

  @Override
  void close();
}
