package io.pactcontainers.verify;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.Secrets;
import io.pactcontainers.provider.ProviderTarget;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
 * @param origins where each secret header's value came from, by its lower-case name: the lines say
 *     how to get it again (the command that gave it, or the setting)
 * @param providerTls how an https provider was trusted and what certificate it was offered: the
 *     lines trust and offer the same
 */
public record Reproduction(
    Optional<ProviderTarget> target,
    Set<String> secretHeaders,
    Secrets secrets,
    Map<String, RequestHeader.Origin> origins,
    ProviderTls providerTls) {
  /** Nothing known: the commands name the URLs and headers as sent. */
  public static final Reproduction NONE = new Reproduction(Optional.empty(), Set.of());

  /**
   * Checks the components.
   *
   * @param target the provider as configured; empty when not known
   * @param secretHeaders the lower-case names of the request headers whose values are secrets
   * @param secrets the run's secrets
   * @param origins where each secret header's value came from, by its lower-case name
   * @param providerTls how an https provider was trusted and what certificate it was offered
   */
  public Reproduction {
    requireNonNull(target, "target");
    secretHeaders = Set.copyOf(secretHeaders);
    requireNonNull(secrets, "secrets");
    origins = Map.copyOf(origins);
    requireNonNull(providerTls, "providerTls");
  }

  /**
   * A reproduction of a provider trusted as the JVM trusts it.
   *
   * @param target the provider as configured; empty when not known
   * @param secretHeaders the lower-case names of the request headers whose values are secrets
   * @param secrets the run's secrets
   * @param origins where each secret header's value came from, by its lower-case name
   */
  public Reproduction(
      Optional<ProviderTarget> target,
      Set<String> secretHeaders,
      Secrets secrets,
      Map<String, RequestHeader.Origin> origins) {
    this(target, secretHeaders, secrets, origins, ProviderTls.jvmDefaults());
  }

  /**
   * A reproduction that does not know where the secret headers' values came from.
   *
   * @param target the provider as configured; empty when not known
   * @param secretHeaders the lower-case names of the request headers whose values are secrets
   * @param secrets the run's secrets
   */
  public Reproduction(Optional<ProviderTarget> target, Set<String> secretHeaders, Secrets secrets) {
    this(target, secretHeaders, secrets, Map.of());
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
    Map<String, RequestHeader.Origin> origins = new HashMap<>();
    config.requestHeaders().stream()
        .filter(h -> h.secret() && h.origin().isPresent())
        .forEach(h -> origins.putIfAbsent(h.name().toLowerCase(Locale.ROOT), h.origin().get()));
    return new Reproduction(
        Optional.of(config.target()),
        config.requestHeaders().stream()
            .filter(RequestHeader::secret)
            .map(h -> h.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet()),
        config.secrets(),
        origins,
        config.providerTls());
  }

  /**
   * Where a secret header's value came from.
   *
   * @param header a header's name, any case
   * @return its origin, when the configuration said
   */
  public Optional<RequestHeader.Origin> origin(String header) {
    return Optional.ofNullable(origins.get(header.toLowerCase(Locale.ROOT)));
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
