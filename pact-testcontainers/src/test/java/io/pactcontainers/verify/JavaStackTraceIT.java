package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.provider.CopiedFile;
import io.pactcontainers.provider.ProviderContainer;
import io.pactcontainers.provider.Readiness;
import io.pactcontainers.source.PactSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Java provider that fails as a Spring Boot service does: a log line, then a long stack trace
 * with causes, the frames of its web stack at the bottom. The excerpt under the failure keeps the
 * exception and every cause from the top, not only the bottom frames.
 */
class JavaStackTraceIT {
  @TempDir Path dir;

  /** Compiled here, run in a container of the JRE image scripts/build-images.sh builds. */
  private static final String PROVIDER =
      """
      import com.sun.net.httpserver.HttpServer;
      import java.net.InetSocketAddress;

      public class Provider {
        static class OrderNotReadable extends RuntimeException {
          OrderNotReadable(String m, Throwable cause) { super(m, cause); }
        }

        // Frames as deep as a servlet container's filter chain.
        static String filter(int depth, String id) {
          if (depth == 0) {
            try {
              return repository(id);
            } catch (IllegalStateException e) {
              throw new OrderNotReadable("Request processing failed: order " + id, e);
            }
          }
          return filter(depth - 1, id);
        }

        static String repository(String id) {
          try {
            return Integer.toString(Integer.parseInt(id.replace("7", "seven")));
          } catch (NumberFormatException e) {
            throw new IllegalStateException("could not map row of table orders", e);
          }
        }

        public static void main(String[] args) throws Exception {
          HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
          server.createContext("/", exchange -> {
            int status = 200;
            try {
              filter(40, exchange.getRequestURI().getPath().replaceAll("\\\\D", ""));
            } catch (RuntimeException e) {
              System.out.println("2026-12-02T10:00:00.000Z ERROR 1 --- [nio-8080-exec-1]"
                  + " o.a.c.c.C.[.[.[/].[dispatcherServlet] : Servlet.service() for servlet"
                  + " [dispatcherServlet] threw exception");
              e.printStackTrace(System.out);
              status = 500;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
          });
          server.start();
          System.out.println("Started Provider in 0.9 seconds");
        }
      }
      """;

  @Test
  void theExcerptKeepsTheExceptionAndEachCauseFromTheTopOfTheTrace() throws Exception {
    Path src = Files.writeString(dir.resolve("Provider.java"), PROVIDER);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    Process compiling =
        new ProcessBuilder(javac.toString(), "-d", classes.toString(), src.toString())
            .inheritIO()
            .start();
    assertThat(compiling.waitFor()).isZero();
    Path pacts = Files.createDirectories(dir.resolve("pacts"));
    Files.writeString(
        pacts.resolve("p.json"),
        "{\"consumer\":{\"name\":\"web\"},\"provider\":{\"name\":\"orders\"},\"interactions\":["
            + "{\"description\":\"order 7\",\"request\":{\"method\":\"GET\",\"path\":\"/orders/7\"},"
            + "\"response\":{\"status\":200}}],"
            + "\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}");
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
                    .withOutputDirectory(dir.resolve("out")),
                VerificationListener.SILENT);
    List<String> log = result.allResults().get(0).evidence().providerLog();
    String excerpt = String.join("\n", log);
    assertThat(log.size()).as(excerpt).isLessThanOrEqualTo(LogExcerpt.MAX_LINES + 3);
    assertThat(excerpt)
        .as(excerpt)
        .contains("Servlet.service() for servlet [dispatcherServlet] threw exception")
        .contains("Provider$OrderNotReadable: Request processing failed: order 7")
        .contains("Caused by: java.lang.IllegalStateException: could not map row of table orders")
        .contains("Caused by: java.lang.NumberFormatException: For input string: \"seven\"")
        .containsPattern("\\.\\.\\. \\(\\d+ lines cut\\)");
    // The exception comes before its causes, and the trace's last lines close the excerpt.
    assertThat(excerpt.indexOf("OrderNotReadable:"))
        .isLessThan(excerpt.indexOf("Caused by: java.lang.IllegalStateException"));
    assertThat(log.get(log.size() - 1)).matches("\\s+(at |\\.\\.\\. \\d+ more).*");
  }
}
