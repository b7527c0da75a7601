import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The provider every verifier is measured against, on the host: {@code java HostProvider.java <port>}.
 * GET /items/{i} answers the item; POST /_pact/state answers {} (setup and teardown alike).
 * Binds 0.0.0.0 so a container could reach it too. Keeps connections alive.
 */
public class HostProvider {
  public static void main(String[] args) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("0.0.0.0", Integer.parseInt(args[0])), 256);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      exchange.getRequestBody().readAllBytes();
      byte[] body;
      if (path.startsWith("/items/")) {
        String id = path.substring(7);
        body = ("{\"id\":" + id + ",\"name\":\"item " + id + "\",\"price\":9.99,\"tags\":[\"a\",\"b\"]}").getBytes(StandardCharsets.UTF_8);
      } else {
        body = "{}".getBytes(StandardCharsets.UTF_8);
      }
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    System.out.println("listening on " + args[0]);
  }
}
