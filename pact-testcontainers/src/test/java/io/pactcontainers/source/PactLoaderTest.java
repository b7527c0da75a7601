package io.pactcontainers.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.pactcontainers.model.PactReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PactLoaderTest {
  private static final String PACT =
      "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\"interactions\":[]}";
  private HttpServer server;
  private final PactLoader loader = new PactLoader(new PactReader(), Duration.ofSeconds(5));

  @TempDir Path dir;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        ex -> {
          String auth = ex.getRequestHeaders().getFirst("Authorization");
          boolean ok =
              ("Bearer t0k3n".equals(auth) || "Basic dTpw".equals(auth))
                  && ex.getRequestURI().getPath().equals("/pact.json");
          byte[] body = ok ? PACT.getBytes(StandardCharsets.UTF_8) : new byte[0];
          ex.sendResponseHeaders(ok ? 200 : auth == null ? 401 : 404, ok ? body.length : -1);
          if (ok) {
            ex.getResponseBody().write(body);
          }
          ex.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  void urlsAreFetchedWithBearerOrBasicCredentials() {
    assertThat(
            loader
                .load(
                    List.of(
                        new PactSource.Url(
                            url("/pact.json"), Optional.of(new Credentials.Bearer("t0k3n")))),
                    "p")
                .pacts())
        .hasSize(1);
    assertThat(
            loader
                .load(
                    List.of(
                        new PactSource.Url(
                            url("/pact.json"), Optional.of(new Credentials.Basic("u", "p")))),
                    "p")
                .pacts())
        .hasSize(1);
  }

  @Test
  void refusedAndMissingUrlsSayWhat() {
    assertThatThrownBy(() -> loader.load(List.of(PactSource.Url.of(url("/pact.json"))), "p"))
        .hasMessage(
            "Pact URL "
                + url("/pact.json")
                + " refused access (HTTP 401); check the credentials configured for it");
    assertThatThrownBy(
            () ->
                loader.load(
                    List.of(
                        new PactSource.Url(
                            url("/gone.json"), Optional.of(new Credentials.Bearer("t0k3n")))),
                    "p"))
        .hasMessage("Pact URL " + url("/gone.json") + " answered HTTP 404; check the URL");
  }

  @Test
  void credentialsInAUrlNeverReachAMessage() {
    URI withSecret = URI.create("http://user:s3cret@127.0.0.1:1/pact.json");
    assertThat(PactSource.Url.of(withSecret).describe())
        .isEqualTo("URL http://****@127.0.0.1:1/pact.json");
    assertThatThrownBy(() -> loader.load(List.of(PactSource.Url.of(withSecret)), "p"))
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void directoriesKeepOnlyTheProvidersPactsAndSayWhatTheySkipped() throws Exception {
    Files.writeString(dir.resolve("a.json"), PACT);
    Files.writeString(dir.resolve("b.json"), PACT.replace("\"p\"", "\"other\""));
    Files.writeString(dir.resolve("notes.txt"), "not a pact");
    LoadedPacts loaded = loader.load(List.of(new PactSource.Directory(dir)), "p");
    assertThat(loaded.pacts()).hasSize(1);
    assertThat(loaded.skipped())
        .containsExactly(dir.resolve("b.json") + " (its provider is \"other\", not \"p\")");
    assertThatThrownBy(
            () -> loader.load(List.of(new PactSource.Directory(dir.resolve("nope"))), "p"))
        .hasMessageStartingWith("Pact directory not found: " + dir.resolve("nope"));
  }
}
