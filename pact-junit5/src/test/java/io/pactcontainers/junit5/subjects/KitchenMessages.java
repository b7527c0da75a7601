package io.pactcontainers.junit5.subjects;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.message.MessageAndMetadata;
import io.pactcontainers.message.MessageProvider;
import io.pactcontainers.model.Message;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Grill Chef's messages as its code would publish them, in a base class the subjects extend (so
 * that inherited {@code @MessageProvider} methods are found): the steak's table from the state's
 * params, the minutes from {@link #minutes} (a test sets another to break the contract).
 */
public abstract class KitchenMessages {
  /** How long a steak takes, as the provider answers; 6 keeps the pact. */
  public static volatile Object minutes = 6;

  /** The threads the methods ran on, as "method thread-name". */
  public static final java.util.List<String> CALLS =
      java.util.Collections.synchronizedList(new java.util.ArrayList<>());

  @MessageProvider("a steak is ready")
  MessageAndMetadata steakReady(Map<String, Object> params) {
    CALLS.add("steakReady " + Thread.currentThread().getName());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("cooking", params.get("cooking"));
    body.put("table", params.get("table"));
    return new MessageAndMetadata(body, Map.of("topic", "steaks"));
  }

  @MessageProvider("how long for a steak")
  String howLong(Message request) throws Exception {
    CALLS.add("howLong " + Thread.currentThread().getName());
    String cooking =
        new ObjectMapper().readTree(request.contents().asString()).get("cooking").asText();
    return "{\"cooking\":\""
        + cooking
        + "\",\"minutes\":"
        + new ObjectMapper().writeValueAsString(minutes)
        + "}";
  }
}
