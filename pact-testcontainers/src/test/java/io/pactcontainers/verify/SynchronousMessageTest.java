package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.RecordingProvider;
import io.pactcontainers.RecordingProvider.Answer;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.source.PactSource;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V4 synchronous messages, asked of the provider's message endpoint as the Rust verifier asks them.
 */
class SynchronousMessageTest {
  @TempDir Path pacts;

  private RecordingProvider server;

  @BeforeEach
  void start() {
    server =
        RecordingProvider.start(
            r -> {
              if (!r.path().startsWith("/messages")) {
                return Answer.empty(404); // the message endpoint only
              }
              String order =
                  json(r).path("request").path("contents").path("content").path("order").asText();
              return Answer.json(
                  "{\"order\": \""
                      + order
                      + "\", \"status\": \""
                      + (order.equals("steak") ? "cooking" : "refused")
                      + "\"}");
            });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** What the message endpoint was asked, in order. */
  private List<RecordingProvider.Received> asked() {
    return server.received().stream().filter(r -> r.path().startsWith("/messages")).toList();
  }

  private static JsonNode json(RecordingProvider.Received r) {
    try {
      return new ObjectMapper().readTree(r.body());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private VerificationResult verify(String order, String expectedStatus) throws Exception {
    Files.writeString(
        pacts.resolve("sync.json"),
        "{\"consumer\":{\"name\":\"waiter\"},\"provider\":{\"name\":\"grill\"},"
            + "\"interactions\":[{\"type\":\"Synchronous/Messages\",\"description\":\"an order\",\"providerStates\":[{\"name\":\"open\",\"params\":{\"tables\":4}}],"
            + "\"request\":{\"contents\":{\"contentType\":\"application/json\",\"encoded\":false,\"content\":{\"order\":\""
            + order
            + "\"}},"
            + "\"metadata\":{\"queue\":\"orders\"}},"
            + "\"response\":[{\"contents\":{\"contentType\":\"application/json\",\"encoded\":false,\"content\":{\"order\":\""
            + order
            + "\",\"status\":\""
            + expectedStatus
            + "\"}}}]}],\"metadata\":{\"pactSpecification\":{\"version\":\"4.0\"}}}");
    VerificationConfig config =
        VerificationConfig.of(
                "grill",
                new RunningProvider(server.url()),
                List.of(new PactSource.Directory(pacts)))
            .withMessageUrl("/messages")
            .withOutputDirectory(pacts.resolve("out"));
    return new Verifier().verify(config, VerificationListener.SILENT);
  }

  @Test
  void theRequestMessageIsSentAndTheResponseMessageMatched() throws Exception {
    VerificationResult r = verify("steak", "cooking");
    assertThat(r.allResults()).singleElement().isInstanceOf(InteractionResult.Passed.class);
    JsonNode request = json(asked().get(0));
    assertThat(request.path("description").asText()).isEqualTo("an order");
    assertThat(request.path("request").path("contents").path("content").path("order").asText())
        .isEqualTo("steak");
    assertThat(request.path("request").path("metadata").path("queue").asText()).isEqualTo("orders");
    assertThat(request.path("providerStates").get(0).path("name").asText()).isEqualTo("open");
    // The same bytes every run: the name, then the params.
    assertThat(asked().get(0).body())
        .contains("\"providerStates\":[{\"name\":\"open\",\"params\":{\"tables\":4}}]");
  }

  @Test
  void aResponseMessageThatDiffersFailsWithItsMismatch() throws Exception {
    VerificationResult r = verify("salad", "cooking");
    assertThat(r.allResults())
        .singleElement()
        .isInstanceOfSatisfying(
            InteractionResult.Failed.class,
            f ->
                assertThat(f.mismatches())
                    .extracting(io.pactcontainers.model.Mismatch::message)
                    .containsExactly(
                        "$.status: expected \"cooking\" (a string), found \"refused\" (a string)"));
  }
}
