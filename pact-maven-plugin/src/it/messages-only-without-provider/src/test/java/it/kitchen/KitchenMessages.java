package it.kitchen;

import io.pactcontainers.message.MessageAndMetadata;
import io.pactcontainers.message.MessageProvider;
import io.pactcontainers.message.MessageRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Grill Chef's messages as its code publishes them, produced in Maven's JVM: the provider
 * container has no message endpoint.
 */
public class KitchenMessages {
  @MessageProvider("a steak is ready")
  public MessageAndMetadata steakReady(Map<String, Object> params) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("cooking", params.get("cooking"));
    body.put("table", params.get("table"));
    return new MessageAndMetadata(body, Map.of("topic", "steaks"));
  }

  @MessageProvider("how long for a steak")
  public String howLong(MessageRequest request) {
    String asked = request.request().orElseThrow().contents().asString();
    String cooking = asked.replaceAll(".*\"cooking\"\\s*:\\s*\"([^\"]*)\".*", "$1");
    return "{\"cooking\":\"" + cooking + "\",\"minutes\":6}";
  }

  @MessageProvider("an order was paid")
  public static MessageAndMetadata paid(Map<String, Object> params) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("order", params.get("id"));
    body.put("total", params.get("total"));
    body.put("currency", "EUR");
    return new MessageAndMetadata(body, Map.of("contentType", "application/json", "topic", "payments"));
  }
}
