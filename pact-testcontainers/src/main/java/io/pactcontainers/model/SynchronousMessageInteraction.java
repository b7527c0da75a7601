package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A request message and the response messages it expects (V4 "Synchronous/Messages").
 *
 * @param index position in the pact file, from 0
 * @param description the consumer's description
 * @param key the V4 interaction key, or empty
 * @param brokerId the {@code _id} a Pact Broker added, or empty
 * @param providerStates the states the provider must be in, in order
 * @param request the request message
 * @param responses the response messages expected, in order
 * @param pending V4: marked pending by the consumer
 * @param comments V4 comments, and the test's name
 */
public record SynchronousMessageInteraction(
    int index,
    String description,
    String key,
    String brokerId,
    List<ProviderState> providerStates,
    Message request,
    List<Message> responses,
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
   * @param request the request message
   * @param responses the response messages expected, in order
   * @param pending V4: marked pending by the consumer
   * @param comments V4 comments, and the test's name
   */
  public SynchronousMessageInteraction {
    requireNonNull(description, "description");
    requireNonNull(key, "key");
    requireNonNull(brokerId, "brokerId");
    providerStates = List.copyOf(providerStates);
    requireNonNull(request, "request");
    responses = List.copyOf(responses);
    comments = List.copyOf(comments);
  }
}
