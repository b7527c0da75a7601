package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A request the consumer sends and the response it expects (V1 to V3, and V4 "Synchronous/HTTP").
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
