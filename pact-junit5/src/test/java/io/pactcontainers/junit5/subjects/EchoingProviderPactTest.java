package io.pactcontainers.junit5.subjects;

import io.pactcontainers.junit5.PactProviderTest;
import io.pactcontainers.junit5.PactVerification;
import io.pactcontainers.junit5.ProviderContainer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * A careless provider: it prints the Authorization header it received and answers with it, so the
 * secret header the test sets is in its log, in the body the mismatch shows, and in the request the
 * reproduction lines send.
 */
@PactProviderTest(
    provider = "echo-provider",
    pacts = "src/test/resources/echo-pacts",
    outputDirectory = "target/pact-subjects/echo",
    headers =
        @PactProviderTest.Header(
            name = "Authorization",
            value = "Bearer ${pact.junit5.echo.token}"))
public class EchoingProviderPactTest {
  private static final String ECHO =
      String.join(
          "\n",
          "import http.server, json",
          "class Echo(http.server.BaseHTTPRequestHandler):",
          "    def do_GET(self):",
          "        auth = self.headers.get('Authorization', '')",
          "        print('GET %s auth=%s' % (self.path, auth), flush=True)",
          "        body = json.dumps({'youSent': auth}).encode()",
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

  @TestFactory
  Stream<DynamicTest> pacts(PactVerification verification) {
    return verification.tests();
  }
}
