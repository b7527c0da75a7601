package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.provider.ProviderContainer;
import io.pactcontainers.provider.Readiness;
import io.pactcontainers.source.PactSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provider container that dies in the middle of a run: the error says it exited, and with which
 * code, and the run sends nothing more.
 */
class ProviderCrashIT {
  @TempDir Path dir;

  @Test
  void aProviderThatCrashedIsSaidToHaveExitedWithItsCodeAndTheRestIsNotSent() throws Exception {
    Path pacts = Files.createDirectories(dir.resolve("pacts"));
    Files.writeString(
        pacts.resolve("p.json"),
        "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"crashy\"},\"interactions\":["
            + "{\"description\":\"the one that kills it\",\"request\":{\"method\":\"GET\",\"path\":\"/crash\"},\"response\":{\"status\":200}},"
            + "{\"description\":\"the one after\",\"request\":{\"method\":\"GET\",\"path\":\"/health\"},\"response\":{\"status\":200}}],"
            + "\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}");
    String server =
        "import http.server, os\n"
            + "class H(http.server.BaseHTTPRequestHandler):\n"
            + "    def do_GET(self):\n"
            + "        if self.path == '/crash':\n"
            + "            print('segfault, pretend', flush=True); os._exit(3)\n"
            + "        self.send_response(200); self.send_header('Content-Length', '0'); self.end_headers()\n"
            + "http.server.HTTPServer(('0.0.0.0', 8000), H).serve_forever()\n";
    ProviderContainer spec =
        ProviderContainer.fromImage("pactcontainers/example-grill-chef:latest")
            .withPort(8000)
            .withCommand(List.of("python3", "-c", server))
            .waitingFor(Readiness.http("/health"));
    VerificationResult r =
        new Verifier()
            .verify(
                VerificationConfig.of("crashy", spec, List.of(new PactSource.Directory(pacts)))
                    .withOutputDirectory(dir.resolve("out")),
                VerificationListener.SILENT);
    assertThat(r.allResults()).hasSize(2);
    assertThat(((InteractionResult.Errored) r.allResults().get(0)).error())
        .startsWith("Request to the provider failed: ")
        .endsWith("; the provider exited with code 3: see its log below and in target/pact/logs");
    // The run stops there: the next request would only be refused.
    InteractionResult.Errored after = (InteractionResult.Errored) r.allResults().get(1);
    assertThat(after.notSent()).isTrue();
    assertThat(after.error())
        .isEqualTo(
            "Not sent: the provider exited with code 3 during interaction #1; see its log in"
                + " target/pact/logs");
  }
}
