package io.pactcontainers.verify;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.Secrets;
import io.pactcontainers.provider.ProviderTarget;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the commands that reproduce a failure after the build need besides the requests sent: how
 * the provider was started (to start it again as the verifier did) and which request headers hold
 * secrets (written as {@code $PACT_HEADER_<NAME>} references, never as values); and the run's
 * secrets, masked in every line shown under a failure (a provider may echo a token into its answer
 * or its log), so that no front end has to remember it.
 *
 * @param target the provider as configured; empty when not known
 * @param secretHeaders the lower-case names of the request headers whose values are secrets
 * @param secrets the run's secrets ({@link VerificationConfig#secrets()})
 */
public record Reproduction(
    Optional<ProviderTarget> target, Set<String> secretHeaders, Secrets secrets) {
  /** Nothing known: the commands name the URLs and headers as sent. */
  public static final Reproduction NONE = new Reproduction(Optional.empty(), Set.of());

  /**
   * Checks the components.
   *
   * @param target the provider as configured; empty when not known
   * @param secretHeaders the lower-case names of the request headers whose values are secrets
   * @param secrets the run's secrets
   */
  public Reproduction {
    requireNonNull(target, "target");
    secretHeaders = Set.copyOf(secretHeaders);
    requireNonNull(secrets, "secrets");
  }

  /**
   * A reproduction that knows no secret values (only which headers hold them).
   *
   * @param target the provider as configured; empty when not known
   * @param secretHeaders the lower-case names of the request headers whose values are secrets
   */
  public Reproduction(Optional<ProviderTarget> target, Set<String> secretHeaders) {
    this(target, secretHeaders, Secrets.none());
  }

  /**
   * The reproduction of a run of this configuration.
   *
   * @param config the run's configuration
   * @return its provider, its secret headers and its secrets
   */
  public static Reproduction of(VerificationConfig config) {
    return new Reproduction(
        Optional.of(config.target()),
        config.requestHeaders().stream()
            .filter(RequestHeader::secret)
            .map(h -> h.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet()),
        config.secrets());
  }

  /**
   * Whether a header's value is a secret.
   *
   * @param header a header's name, any case
   * @return true when it is one of {@link #secretHeaders}
   */
  public boolean isSecret(String header) {
    return secretHeaders.contains(header.toLowerCase(Locale.ROOT));
  }
}
