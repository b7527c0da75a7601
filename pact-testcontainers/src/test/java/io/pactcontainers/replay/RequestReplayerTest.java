package io.pactcontainers.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.RecordingProvider;
import io.pactcontainers.RecordingProvider.Answer;
import io.pactcontainers.model.Body;
import io.pactcontainers.model.Generators;
import io.pactcontainers.model.Headers;
import io.pactcontainers.model.HttpRequest;
import io.pactcontainers.model.HttpResponse;
import io.pactcontainers.model.MatchingRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the replayer hands to the matcher: encoded bodies decoded, headers as received; failures as
 * named errors.
 */
class RequestReplayerTest {
  private RecordingProvider server;
  private ProviderHttpClient http;

  @BeforeEach
  void start() {
    server = RecordingProvider.start(r -> encoded(r.path().substring(1)));
    http = new ProviderHttpClient(2000);
  }

  /** The JSON body encoded as the path says ("/gzip", "/deflate"); any other path lies. */
  private static Answer encoded(String encoding) {
    byte[] json = "{\"waitingTime\": 10}".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (encoding.equals("gzip")) {
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
          gz.write(json);
        }
      } else if (encoding.equals("deflate")) {
        try (DeflaterOutputStream d = new DeflaterOutputStream(out)) {
          d.write(json);
        }
      } else {
        out.write("not gzip at all".getBytes(StandardCharsets.UTF_8));
        encoding = "gzip";
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Answer(
        200,
        Map.of("Content-Type", "application/json", "Content-Encoding", encoding),
        out.toByteArray());
  }

  @AfterEach
  void stop() {
    http.close();
    server.close();
  }

  private HttpResponse get(String path) {
    RequestReplayer replayer = new RequestReplayer(server.url(), http);
    return replayer.send(
        new HttpRequest(
            "GET",
            path,
            Map.of(),
            Headers.none(),
            Body.missing(),
            MatchingRules.none(),
            Generators.none()));
  }

  @Test
  void gzipAndDeflateBodiesAreDecodedBeforeMatchingAndTheHeaderStays() {
    for (String encoding : List.of("gzip", "deflate")) {
      HttpResponse r = get("/" + encoding);
      assertThat(r.body().asString()).isEqualTo("{\"waitingTime\": 10}");
      assertThat(r.headers().joined("Content-Encoding")).contains(encoding);
    }
  }

  @Test
  void aBodyThatIsNotWhatItsEncodingSaysIsNamed() {
    assertThatThrownBy(() -> get("/broken"))
        .isInstanceOf(ReplayException.class)
        .hasMessageStartingWith(
            "The provider's answer to GET /broken says Content-Encoding: gzip but its body cannot be decoded that way")
        .hasMessageEndingWith("; fix the provider's encoding");
  }

  @Test
  void anUnreachableProviderIsARequestFailureNamingWhere() {
    server.close();
    assertThatThrownBy(() -> get("/gzip"))
        .isInstanceOf(ReplayException.class)
        .hasMessageStartingWith("Request to the provider failed: ")
        .hasMessageEndingWith(
            "; check that the provider is up at " + server.url() + " and answers in time");
  }

  @Test
  void aPathIsSentEncodedOnceAsTheReferenceVerifiersSendIt() {
    assertThat(RequestReplayer.encodePath("/a b")).isEqualTo("/a%20b");
    assertThat(RequestReplayer.encodePath("/a%20b"))
        .isEqualTo("/a%20b"); // already encoded in the pact: kept
    assertThat(RequestReplayer.encodePath("/a%2Fb/c%25d")).isEqualTo("/a%2Fb/c%25d");
    assertThat(RequestReplayer.encodePath("/caf\u00e9/\uD83D\uDE00"))
        .isEqualTo("/caf%C3%A9/%F0%9F%98%80");
    assertThat(RequestReplayer.encodePath("/100%")).isEqualTo("/100%25");
    assertThat(RequestReplayer.encodePath("/what?/a#b")).isEqualTo("/what%3F/a%23b");
    assertThat(RequestReplayer.encodePath("/a;b=c/~user/a+b/x/./y"))
        .isEqualTo("/a;b=c/~user/a+b/x/./y");
  }
}
