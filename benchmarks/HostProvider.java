import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The provider every verifier is measured against, on the host: {@code java HostProvider.java
 * <port>}. GET /items/{i} answers the item; POST /_pact/state answers {} (setup and teardown
 * alike). A minimal HTTP/1.1 server (a thread per kept-alive connection, TCP_NODELAY, one write per
 * response) so that it costs tens of microseconds per exchange and the verifiers' own cost shows.
 */
public class HostProvider {
  public static void main(String[] args) throws Exception {
    ServerSocket server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress("0.0.0.0", Integer.parseInt(args[0])), 256);
    System.out.println("listening on " + args[0]);
    while (true) {
      Socket s = server.accept();
      Thread t = new Thread(() -> serve(s));
      t.setDaemon(true);
      t.start();
    }
  }

  private static void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream(), 16384);
      OutputStream out = socket.getOutputStream();
      while (true) {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
          return;
        }
        int length = 0;
        boolean close = false;
        String header;
        while ((header = line(in)) != null && !header.isEmpty()) {
          int colon = header.indexOf(':');
          String name = header.substring(0, colon).trim();
          String value = header.substring(colon + 1).trim();
          if (name.equalsIgnoreCase("Content-Length")) {
            length = Integer.parseInt(value);
          } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
            close = true;
          }
        }
        in.readNBytes(length);
        String path = requestLine.split(" ")[1];
        String body =
            path.startsWith("/items/")
                ? "{\"id\":"
                    + path.substring(7)
                    + ",\"name\":\"item "
                    + path.substring(7)
                    + "\",\"price\":9.99,\"tags\":[\"a\",\"b\"]}"
                : "{}";
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        out.write(
            ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + b.length
                    + "\r\n\r\n"
                    + body)
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
        if (close) {
          return;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the client went away
    }
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        int len = sb.length();
        return len > 0 && sb.charAt(len - 1) == '\r' ? sb.substring(0, len - 1) : sb.toString();
      }
      sb.append((char) c);
    }
    return sb.length() == 0 ? null : sb.toString();
  }
}
