package io.pactcontainers;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** How the tests' in-process providers answer: 200, a JSON body, the exchange closed. */
public final class JsonReply {
  private JsonReply() {}

  public static void send(HttpExchange exchange, byte[] reply) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, reply.length);
    exchange.getResponseBody().write(reply);
    exchange.close();
  }
}
