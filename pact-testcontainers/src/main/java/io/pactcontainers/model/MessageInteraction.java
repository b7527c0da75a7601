package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A message the provider publishes (V3 message pacts, V4 "Asynchronous/Messages"). */
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

  public MessageInteraction {
    requireNonNull(description, "description");
    requireNonNull(key, "key");
    requireNonNull(brokerId, "brokerId");
    providerStates = List.copyOf(providerStates);
    requireNonNull(message, "message");
    comments = List.copyOf(comments);
  }
}
