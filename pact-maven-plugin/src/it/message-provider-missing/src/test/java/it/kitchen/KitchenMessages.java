package it.kitchen;

import io.pactcontainers.message.MessageAndMetadata;
import io.pactcontainers.message.MessageProvider;
import java.util.Map;

/** One of the two messages the display's pact expects: the other has no method yet. */
public class KitchenMessages {
  @MessageProvider("a steak is ready")
  public MessageAndMetadata steakReady(Map<String, Object> params) {
    return new MessageAndMetadata(
        Map.of("cooking", params.get("cooking"), "table", params.get("table")),
        Map.of("topic", "steaks"));
  }
}
