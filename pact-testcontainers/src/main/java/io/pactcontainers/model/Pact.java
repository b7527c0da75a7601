package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One pact: the contract between a consumer and a provider.
 *
 * @param consumer the consumer's name
 * @param provider the provider's name
 * @param specVersion the specification version the file was written in
 * @param interactions the interactions, in file order
 * @param location where the pact came from (a file path or URL), used in every message about it
 * @param warnings what the file does that the specification does not allow but the reference
 *     verifiers accept, as read ("\"headers\": [] ... (at $.interactions[0].request.headers)")
 */
public record Pact(
    String consumer,
    String provider,
    PactSpecVersion specVersion,
    List<Interaction> interactions,
    String location,
    List<String> warnings) {

  /**
   * Checks the components.
   *
   * @param consumer the consumer's name
   * @param provider the provider's name
   * @param specVersion the specification version the file was written in
   * @param interactions the interactions, in file order
   * @param location where the pact came from (a file path or URL), used in every message about it
   * @param warnings what the file does that the specification does not allow but the reference
   *     verifiers accept, as read ("\"headers\": [] ... (at $.interactions[0].request.headers)")
   */
  public Pact {
    requireNonNull(consumer, "consumer");
    requireNonNull(provider, "provider");
    requireNonNull(specVersion, "specVersion");
    interactions = List.copyOf(interactions);
    requireNonNull(location, "location");
    warnings = List.copyOf(warnings);
  }

  /**
   * A pact read without warnings.
   *
   * @param consumer the consumer's name
   * @param provider the provider's name
   * @param specVersion the specification version the file was written in
   * @param interactions the interactions, in file order
   * @param location where the pact came from
   */
  public Pact(
      String consumer,
      String provider,
      PactSpecVersion specVersion,
      List<Interaction> interactions,
      String location) {
    this(consumer, provider, specVersion, interactions, location, List.of());
  }

  /**
   * The same pact with only some of its interactions (a filter's).
   *
   * @param kept the interactions to keep
   * @return the copy
   */
  public Pact withInteractions(List<Interaction> kept) {
    return new Pact(consumer, provider, specVersion, kept, location, warnings);
  }
}
