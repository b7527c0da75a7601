package io.pactcontainers.verify;

import io.pactcontainers.model.Interaction;
import io.pactcontainers.model.Pact;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Narrows a run to some consumers, interaction descriptions or provider states.
 *
 * @param consumers consumer names to keep; empty keeps all
 * @param description a regular expression the description must match (whole or part); empty keeps
 *     all
 * @param providerState a regular expression one of the states must match; empty keeps all
 */
public record InteractionFilter(
    List<String> consumers, Optional<Pattern> description, Optional<Pattern> providerState) {
  public InteractionFilter {
    consumers = List.copyOf(consumers);
  }

  public static InteractionFilter none() {
    return new InteractionFilter(List.of(), Optional.empty(), Optional.empty());
  }

  public boolean isEmpty() {
    return consumers.isEmpty() && description.isEmpty() && providerState.isEmpty();
  }

  public boolean keeps(Pact pact) {
    return consumers.isEmpty() || consumers.contains(pact.consumer());
  }

  public boolean keeps(Interaction interaction) {
    if (description.isPresent() && !description.get().matcher(interaction.description()).find()) {
      return false;
    }
    return providerState.isEmpty()
        || interaction.providerStates().stream()
            .anyMatch(s -> providerState.get().matcher(s.name()).find())
        || interaction.providerStates().isEmpty() && providerState.get().matcher("").matches();
  }

  public String describe() {
    StringBuilder sb = new StringBuilder();
    if (!consumers.isEmpty()) {
      sb.append("consumers ").append(consumers);
    }
    description.ifPresent(
        d -> sb.append(sb.length() > 0 ? ", " : "").append("description /").append(d).append('/'));
    providerState.ifPresent(
        s ->
            sb.append(sb.length() > 0 ? ", " : "")
                .append("provider state /")
                .append(s)
                .append('/'));
    return sb.toString();
  }
}
