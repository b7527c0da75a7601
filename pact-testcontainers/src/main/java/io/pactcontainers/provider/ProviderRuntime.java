package io.pactcontainers.provider;

import java.net.URI;

/** A provider ready to take requests. Closing it removes whatever was started for it. */
public interface ProviderRuntime extends AutoCloseable {

  /**
   * Where the provider answers.
   *
   * @return its base URL (a mapped port on the Docker host, for a container)
   */
  URI baseUrl();

  /**
   * How many lines the provider has logged so far (to see when its log has gone quiet); -1 when its
   * log is not known (a provider this verifier did not start).
   *
   * @return the number of lines, or -1
   */
  default long logLineCount() {
    return -1;
  }

  /**
   * The lines the provider wrote from {@code from} on, the last {@code max} of them: for a
   * container started here, by Docker's time on each line, so that a line written before {@code
   * from} and brought late by the log stream is not among them.
   *
   * @param from when the window opens (the previous interaction's teardown done)
   * @param max how many lines at most
   * @return the lines, oldest first
   */
  default java.util.List<String> logLinesSince(java.time.Instant from, int max) {
    return java.util.List.of();
  }

  /**
   * The id of the image the provider's container runs ({@code sha256:...}), when the verifier
   * started it from an image the settings name: the lines that reproduce a failure run this id, so
   * that a tag moved since (a rebuilt {@code 1.0-SNAPSHOT}) cannot verify another image. Empty for
   * an image built from a Dockerfile for this run (removed after it) and a provider not started
   * here.
   *
   * @return the image's id, if known
   */
  default java.util.Optional<String> imageId() {
    return java.util.Optional.empty();
  }

  /**
   * The last lines the provider logged, to show when something fails; empty when unknown.
   *
   * @param lines how many
   * @return the lines, one per line
   */
  String logTail(int lines);

  /**
   * When the provider is no longer running, how it ended (exited, killed for memory, the engine
   * gone); empty while it runs or when that cannot be known (a provider this verifier did not
   * start). Asked only after a request failed, so that the error can say the provider crashed and
   * the run can stop sending requests to it.
   *
   * @return how it ended, if it did
   */
  default java.util.Optional<ProviderEnd> ended() {
    return java.util.Optional.empty();
  }

  @Override
  void close();
}
