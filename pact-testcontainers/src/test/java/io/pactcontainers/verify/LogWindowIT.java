package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.provider.CopiedFile;
import io.pactcontainers.provider.ProviderContainer;
import io.pactcontainers.provider.Readiness;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.state.StateChangeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provider that logs its state teardown once it has answered it, as a web server's access log
 * does: Docker's log stream brings that line after the next interaction has begun, yet it is the
 * previous interaction's, and the next one's log excerpt does not show it.
 */
class LogWindowIT {
  @TempDir Path dir;

  private static final int INTERACTIONS = 6;

  /** Compiled here, run in a container of the JRE image scripts/build-images.sh builds. */
  private static final String PROVIDER =
      """
      import com.sun.net.httpserver.HttpServer;
      import java.net.InetSocketAddress;

      public class Provider {
        public static void main(String[] args) throws Exception {
          HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
          server.createContext("/_pact/state", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            // After the answer, as an access log line is written.
            System.out.println("state change done: " + body);
          });
          server.createContext("/orders", exchange -> {
            System.out.println("serving " + exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
          });
          server.start();
          System.out.println("Started Provider");
        }
      }
      """;

  @Test
  void anInteractionsLogExcerptHasNoLineOfThePreviousInteractionsTeardown() throws Exception {
    Path src = Files.writeString(dir.resolve("Provider.java"), PROVIDER);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    Process compiling =
        new ProcessBuilder(javac.toString(), "-d", classes.toString(), src.toString())
            .inheritIO()
            .start();
    assertThat(compiling.waitFor()).isZero();
    StringBuilder interactions = new StringBuilder();
    for (int i = 0; i < INTERACTIONS; i++) {
      interactions
          .append(i == 0 ? "" : ",")
          .append("{\"description\":\"order ")
          .append(i)
          .append("\",\"providerStates\":[{\"name\":\"order ")
          .append(i)
          .append(" exists\"}],\"request\":{\"method\":\"GET\",\"path\":\"/orders/")
          .append(i)
          .append("\"},\"response\":{\"status\":200}}");
    }
    Path pacts = Files.createDirectories(dir.resolve("pacts"));
    Files.writeString(
        pacts.resolve("p.json"),
        "{\"consumer\":{\"name\":\"web\"},\"provider\":{\"name\":\"orders\"},\"interactions\":["
            + interactions
            + "],\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}");
    List<CopiedFile> files;
    try (var list = Files.list(classes)) {
      files = list.map(c -> new CopiedFile(c, "/app/" + c.getFileName())).toList();
    }
    ProviderContainer provider =
        ProviderContainer.fromImage("pactcontainers/java:bookworm")
            .withPort(8080)
            .withFiles(files)
            .withCommand(List.of("java", "-cp", "/app", "Provider"))
            .waitingFor(new Readiness.Log(".*Started Provider.*", 1));
    VerificationResult result =
        new Verifier()
            .verify(
                VerificationConfig.of("orders", provider, List.of(new PactSource.Directory(pacts)))
                    .withStateChange(new StateChangeConfig("/_pact/state", true, true))
                    .withOutputDirectory(dir.resolve("out")),
                VerificationListener.SILENT);

    assertThat(result.allResults()).hasSize(INTERACTIONS).noneMatch(InteractionResult::passed);
    for (int i = 0; i < INTERACTIONS; i++) {
      String excerpt = String.join("\n", result.allResults().get(i).evidence().providerLog());
      assertThat(excerpt)
          .as("interaction %d's excerpt:\n%s", i, excerpt)
          .contains("\"state\":\"order " + i + " exists\"", "serving /orders/" + i);
      if (i > 0) {
        assertThat(excerpt)
            .as("interaction %d's excerpt:\n%s", i, excerpt)
            .doesNotContain("order " + (i - 1) + " exists");
      }
    }
  }
}
