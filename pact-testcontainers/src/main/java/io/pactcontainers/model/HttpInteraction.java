package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A request the consumer sends and the response it expects (V1 to V3, and V4 "Synchronous/HTTP").
 *
 * @param index position in the pact file, from 0
 * @param description the consumer's description
 * @param key the V4 interaction key, or empty
 * @param brokerId the {@code _id} a Pact Broker added, or empty
 * @param providerStates the states the provider must be in, in order
 * @param request the request to send
 * @param response the response expected
 * @param pending V4: marked pending by the consumer
 * @param comments V4 comments, and the test's name
 */
public record HttpInteraction(
    int index,
    String description,
    String key,
    String brokerId,
    List<ProviderState> providerStates,
    HttpRequest request,
    HttpResponse response,
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
   * @param request the request to send
   * @param response the response expected
   * @param pending V4: marked pending by the consumer
   * @param comments V4 comments, and the test's name
   */
  public HttpInteraction {
    requireNonNull(description, "description");
    requireNonNull(key, "key");
    requireNonNull(brokerId, "brokerId");
    providerStates = List.copyOf(providerStates);
    requireNonNull(request, "request");
    requireNonNull(response, "response");
    comments = List.copyOf(comments);
  }
}
