package io.pactcontainers.junit5.subjects;

import io.pactcontainers.junit5.BeforeRequest;
import io.pactcontainers.junit5.PactProviderTest;
import io.pactcontainers.junit5.PactVerification;
import io.pactcontainers.junit5.ProviderContainer;
import io.pactcontainers.model.HttpRequest;
import io.pactcontainers.model.Interaction;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * A provider that answers with the Authorization and X-Api-Key headers it got: the key from a
 * static method of the class, the Authorization from a {@link BeforeRequest} method that knows the
 * interaction. {@link #failing} makes the hook throw.
 */
@PactProviderTest(
    provider = "hooked-echo",
    pacts = "src/test/resources/hook-pacts",
    outputDirectory = "target/pact-subjects/hooked-echo",
    headers = @PactProviderTest.Header(name = "X-Api-Key", method = "mintKey"))
public class HookedEchoPactTest {
  public static volatile boolean failing;

  /** The threads the hook and the test factory ran on, in order. */
  public static final List<String> THREADS = new CopyOnWriteArrayList<>();

  private static final String ECHO =
      String.join(
          "\n",
          "import http.server, json",
          "class Echo(http.server.BaseHTTPRequestHandler):",
          "    def do_GET(self):",
          "        body = json.dumps({'auth': self.headers.get('Authorization', ''),",
          "                           'key': self.headers.get('X-Api-Key', '')}).encode()",
          "        self.send_response(200)",
          "        self.send_header('Content-Type', 'application/json')",
          "        self.send_header('Content-Length', str(len(body)))",
          "        self.end_headers()",
          "        self.wfile.write(body)",
          "    def log_message(self, *args):",
          "        pass",
          "http.server.HTTPServer(('0.0.0.0', 8000), Echo).serve_forever()");

  @ProviderContainer
  static GenericContainer<?> provider =
      new GenericContainer<>("pactcontainers/python:bookworm")
          .withCommand("python3", "-u", "-c", ECHO)
          .withExposedPorts(8000)
          .waitingFor(Wait.forListeningPort());

  static String mintKey() {
    return "key-minted-in-java";
  }

  @BeforeRequest
  HttpRequest signIn(Interaction interaction, HttpRequest request, String consumer) {
    THREADS.add("hook " + Thread.currentThread().getName());
    if (failing) {
      throw new IllegalStateException("the token service is down");
    }
    return request.withHeader(
        "Authorization", "Bearer hook-" + interaction.index() + " for " + consumer);
  }

  @TestFactory
  Stream<DynamicTest> pacts(PactVerification verification) {
    THREADS.add("factory " + Thread.currentThread().getName());
    return verification.tests();
  }
}
