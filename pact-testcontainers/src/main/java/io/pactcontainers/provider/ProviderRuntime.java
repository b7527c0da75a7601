package io.pactcontainers.provider;

import java.net.URI;

/** A provider ready to take requests. Closing it removes whatever was started for it. */
public interface ProviderRuntime extends AutoCloseable {

  URI baseUrl();

  /**
   * How many lines the provider has logged so far, a mark for {@link #logLinesSince}; -1 when its
   * log is not known (a provider this verifier did not start).
   */
  default long logLineCount() {
    return -1;
  }

  /** The lines the provider logged after {@code mark}, the last {@code max} of them. */
  default java.util.List<String> logLinesSince(long mark, int max) {
    return java.util.List.of();
  }

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
