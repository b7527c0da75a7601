package io.pactcontainers.maven;

import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * How a {@code verify} run goes, beyond what it verifies: the switches for the failure loop (stop
 * at the first failure, verify again only what failed), redirects, a base path and the per-consumer
 * state endpoints. Declared here, mapped by {@link VerifyMapping}, so that the goal itself stays a
 * mapper.
 */
public abstract class AbstractVerifyRunMojo extends AbstractPactSourceMojo {
  /**
   * Stops at the first interaction that fails or errs: the rest are reported as not sent, and
   * nothing is published (the quick loop while fixing a provider).
   */
  @Parameter(property = PropertyNames.FAIL_FAST, defaultValue = "false")
  boolean failFast;

  /**
   * Verifies only the interactions that did not pass in the previous run, as its JSON report in the
   * same output folder lists them; says how many and which; publishes nothing.
   */
  @Parameter(property = PropertyNames.LAST_FAILED, defaultValue = "false")
  boolean lastFailed;

  /**
   * Follows 3xx answers (up to 5) and matches the last one, as the Rust verifier, pact-js and
   * pact-python do; each redirect followed is said in the output. A redirect to another scheme,
   * host or port goes without the configured headers and the pact's {@code Authorization}, {@code
   * Cookie}, {@code Proxy-Authorization} and {@code X-Api-Key}. Off (pact-jvm's default): a 3xx is
   * the answer, and a status mismatch on it says where it pointed.
   */
  @Parameter(property = PropertyNames.FOLLOW_REDIRECTS, defaultValue = "true")
  boolean followRedirects;

  /**
   * A path put before every interaction's request path, for a provider serving under one ({@code
   * /api}); state calls keep {@code <stateChangeUrl>}.
   */
  @Parameter(property = PropertyNames.BASE_PATH)
  String basePath;

  /**
   * State endpoints of some consumers' pacts, by consumer name ({@code
   * <web>/_pact/state-web</web>}), used instead of {@code <stateChangeUrl>} for them.
   */
  @Parameter Map<String, String> consumerStateChangeUrls;
}
