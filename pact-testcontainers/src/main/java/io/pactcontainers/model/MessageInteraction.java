package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A message the provider publishes (V3 message pacts, V4 "Asynchronous/Messages").
 *
 * @param index position in the pact file, from 0
 * @param description the consumer's description
 * @param key the V4 interaction key, or empty
 * @param brokerId the {@code _id} a Pact Broker added, or empty
 * @param providerStates the states the provider must be in, in order
 * @param message the message expected
 * @param pending V4: marked pending by the consumer
 * @param comments V4 comments, and the test's name
 */
public record MessageInteraction(
    int index,
    String description,
    String key,
    String brokerId,
    List<ProviderState> providerStates,
    Message message,
    boolean pending,
    List<String> comments)
    implements Interaction {

  /**
   * Checks the components.
   *
   * @param index position in the pact file, from 0
   * @param description the consumer's description
   * @param key the V4 interaction key, or empty
   * @param brokerId the {@code _id} a Pact Broker added, or empty
   * @param providerStates the states the provider must be in, in order
   * @param message the message expected
   * @param pending V4: marked pending by the consumer
   * @param comments V4 comments, and the test's name
   */
  public MessageInteraction {
    requireNonNull(description, "description");
    requireNonNull(key, "key");
    requireNonNull(brokerId, "brokerId");
    providerStates = List.copyOf(providerStates);
    requireNonNull(message, "message");
    comments = List.copyOf(comments);
  }
}
