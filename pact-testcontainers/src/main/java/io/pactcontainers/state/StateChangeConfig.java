package io.pactcontainers.state;

import static java.util.Objects.requireNonNull;

/**
 * Where and how to ask the provider to set up and tear down provider states.
 *
 * @param url a path inside the provider ({@code /_pact/state}) or an absolute URL
 * @param asBody true: POST a JSON body {@code {"state", "params", "action"}}; false: the same as
 *     query parameters
 * @param teardown whether to call again with {@code "action": "teardown"} after each interaction
 */
public record StateChangeConfig(String url, boolean asBody, boolean teardown) {
  /**
   * Checks the URL.
   *
   * @param url a path inside the provider ({@code /_pact/state}) or an absolute URL
   * @param asBody true: POST a JSON body; false: the same as query parameters
   * @param teardown whether to call again with {@code "action": "teardown"} after each interaction
   * @throws IllegalArgumentException when the URL is blank
   */
  public StateChangeConfig {
    requireNonNull(url, "url");
    if (url.isBlank()) {
      throw new IllegalArgumentException("state change URL is blank");
    }
  }

  /**
   * The endpoint, called with a JSON body, with teardown: what the Pact verifiers do by default.
   *
   * @param url a path inside the provider or an absolute URL
   * @return the configuration
   */
  public static StateChangeConfig at(String url) {
    return new StateChangeConfig(url, true, true);
  }
}
