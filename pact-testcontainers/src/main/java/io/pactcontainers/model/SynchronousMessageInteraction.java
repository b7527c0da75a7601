package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A request message and the response messages it expects (V4 "Synchronous/Messages"). */
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
