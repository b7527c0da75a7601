package io.pactcontainers.provider;

import java.util.function.Consumer;

/**
 * The output of a provider someone else started (a container a test framework runs): the verifier
 * follows it for the log excerpts under failures, as for a container it started itself. For a
 * Testcontainers container: {@code text -> container.followOutput(f ->
 * text.accept(f.getUtf8String()))}.
 */
@FunctionalInterface
public interface OutputSource {
  /**
   * Starts passing the provider's output, from its start, to {@code text}, on any thread.
   *
   * @param text told each piece of text the provider wrote
   */
  void follow(Consumer<String> text);
}
