package io.pactcontainers.message;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.model.Message;
import io.pactcontainers.model.ProviderState;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link MessageSource} is asked for: the message of the interaction with this description,
 * in these provider states, answering this request when the interaction is a synchronous message.
 *
 * @param description the interaction's description
 * @param providerStates its provider states, in the pact's order
 * @param request the request message of a V4 synchronous message; empty for an asynchronous one
 */
public record MessageRequest(
    String description, List<ProviderState> providerStates, Optional<Message> request) {
  /**
   * Checks the components.
   *
   * @param description the interaction's description
   * @param providerStates its provider states
   * @param request the request message of a synchronous message
   */
  public MessageRequest {
    requireNonNull(description, "description");
    providerStates = List.copyOf(providerStates);
    requireNonNull(request, "request");
  }

  /**
   * Every state's params in one map, a later state's value over an earlier one's: what a {@code
   * Map<String, Object>} parameter of a {@link MessageProvider} method receives.
   *
   * @return the params, read-only (values may be null, as a pact's may)
   */
  public Map<String, Object> params() {
    Map<String, Object> all = new LinkedHashMap<>();
    providerStates.forEach(s -> all.putAll(s.params()));
    return Collections.unmodifiableMap(all);
  }
}
