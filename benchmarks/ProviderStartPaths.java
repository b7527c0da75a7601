import io.pactcontainers.provider.ProviderContainer;
import io.pactcontainers.provider.ProviderLauncher;
import io.pactcontainers.provider.ProviderRuntime;
import io.pactcontainers.provider.Readiness;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the provider's life cycle costs in a fresh JVM, two ways, for the decision left open by
 * issue 15 (the main job's own time): {@code testcontainers} is the product's path (the library's
 * ProviderLauncher: Testcontainers finds Docker, checks the image, starts the container, our probe
 * waits for /health, the container is removed); {@code engine-api} does the same Docker calls
 * itself on the Engine API's unix socket, without docker-java or Testcontainers. Prints, in ms from
 * main(): Docker answered, container started, provider answered, container removed.
 *
 * <p>Measurement code only: the engine-api side speaks HTTP/1.0 with one connection per call and
 * finds the mapped port with a regular expression, which is enough to time the calls and would not
 * be enough for a product (no DOCKER_HOST, TLS, contexts, in-container host detection, pulls). Run
 * by {@code benchmarks/provider-start-paths.sh}, compiled ahead so that no compiler runs in the
 * measured JVM.
 */
public class ProviderStartPaths {
  private static final long T0 = System.nanoTime();

  public static void main(String[] args) throws Exception {
    String path = args[0];
    String image = args[1];
    int port = Integer.parseInt(args[2]);
    if (path.equals("testcontainers")) {
      viaTestcontainers(image, port);
    } else {
      viaEngineApi(image, port);
    }
  }

  private static long ms() {
    return (System.nanoTime() - T0) / 1_000_000;
  }

  private static void viaTestcontainers(String image, int port) throws IOException {
    Path logs = Files.createTempDirectory("provider-start-paths");
    ProviderLauncher launcher = new ProviderLauncher(logs, line -> {});
    ProviderLauncher.Preparation preparation =
        launcher.prepare(
            ProviderContainer.fromImage(image).withPort(port).waitingFor(Readiness.http("/health")),
            "start-paths");
    preparation.awaitPrepared();
    long docker = ms();
    long ready;
    try (ProviderRuntime provider = preparation.start()) {
      ready = ms();
    }
    System.out.printf("testcontainers docker=%d ready=%d removed=%d%n", docker, ready, ms());
  }

  private static void viaEngineApi(String image, int port) throws Exception {
    call("GET", "/_ping", null);
    long docker = ms();
    call("GET", "/images/" + image.replace("/", "%2F") + "/json", null);
    String created =
        call(
            "POST",
            "/containers/create",
            "{\"Image\":\""
                + image
                + "\",\"ExposedPorts\":{\""
                + port
                + "/tcp\":{}},\"Labels\":{\"io.pactcontainers.tool\":\"provider-start-paths\"},"
                + "\"HostConfig\":{\"PortBindings\":{\""
                + port
                + "/tcp\":[{\"HostIp\":\"\",\"HostPort\":\"\"}]}}}");
    Matcher id = Pattern.compile("\"Id\":\"([0-9a-f]+)\"").matcher(created);
    if (!id.find()) {
      throw new IllegalStateException("create: " + created);
    }
    String container = id.group(1);
    try {
      call("POST", "/containers/" + container + "/start", null);
      String inspected = call("GET", "/containers/" + container + "/json", null);
      Matcher mapped =
          Pattern.compile(
                  "\"" + port + "/tcp\":\\[\\{\"HostIp\":\"[^\"]*\",\"HostPort\":\"(\\d+)\"")
              .matcher(inspected);
      if (!mapped.find()) {
        throw new IllegalStateException("no mapped port: " + inspected);
      }
      int hostPort = Integer.parseInt(mapped.group(1));
      while (!healthy(hostPort)) {
        Thread.sleep(10);
      }
    } finally {
      long ready = ms();
      call("DELETE", "/containers/" + container + "?v=1&force=1", null);
      System.out.printf("engine-api docker=%d ready=%d removed=%d%n", docker, ready, ms());
    }
  }

  private static boolean healthy(int port) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.getOutputStream()
          .write(
              "GET /health HTTP/1.0\r\nHost: localhost\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      byte[] head = s.getInputStream().readNBytes(12);
      return new String(head, StandardCharsets.US_ASCII).startsWith("HTTP/1.0 200")
          || new String(head, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 200");
    } catch (IOException e) {
      return false;
    }
  }

  /** One Engine API call, HTTP/1.0 on its own connection: the answer is what comes until EOF. */
  private static String call(String method, String target, String json) throws IOException {
    try (SocketChannel channel =
        SocketChannel.open(UnixDomainSocketAddress.of("/var/run/docker.sock"))) {
      byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
      String head =
          method
              + " "
              + target
              + " HTTP/1.0\r\nHost: docker\r\n"
              + (json == null ? "" : "Content-Type: application/json\r\n")
              + "Content-Length: "
              + body.length
              + "\r\n\r\n";
      ByteArrayOutputStream request = new ByteArrayOutputStream();
      request.write(head.getBytes(StandardCharsets.US_ASCII));
      request.write(body);
      channel.write(ByteBuffer.wrap(request.toByteArray()));
      InputStream in = java.nio.channels.Channels.newInputStream(channel);
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (!answer.matches("(?s)HTTP/1\\.[01] 2\\d\\d .*")) {
        throw new IOException(method + " " + target + ": " + answer.lines().findFirst().orElse(""));
      }
      return answer;
    }
  }
}
