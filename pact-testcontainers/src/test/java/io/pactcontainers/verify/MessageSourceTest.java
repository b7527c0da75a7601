package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.RecordingProvider;
import io.pactcontainers.RecordingProvider.Answer;
import io.pactcontainers.message.MessageAndMetadata;
import io.pactcontainers.message.MessageMethods;
import io.pactcontainers.message.MessageProvider;
import io.pactcontainers.message.MessageRequest;
import io.pactcontainers.model.Message;
import io.pactcontainers.model.Mismatch;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.source.PactSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages produced by Java code ({@code @MessageProvider} methods) instead of the message
 * endpoint: matched as the endpoint's answers are, the endpoint asked only for the descriptions no
 * method answers, and a description neither answers an error (not a broken contract).
 */
class MessageSourceTest {
  @TempDir Path pacts;

  private RecordingProvider endpoint;

  /** Answers as the application would publish: the status the test sets. */
  public static class Kitchen {
    static String status = "cooking";

    @MessageProvider("an order was placed")
    public MessageAndMetadata placed(Map<String, Object> params) {
      return new MessageAndMetadata(
          Map.of("order", params.get("order"), "status", status), Map.of("topic", "orders"));
    }

    @MessageProvider("an order")
    public String answer(MessageRequest request) {
      Message asked = request.request().orElseThrow();
      return asked.contents().asString().replace("}", ",\"status\":\"" + status + "\"}");
    }
  }

  @BeforeEach
  void start() throws Exception {
    Kitchen.status = "cooking";
    endpoint =
        RecordingProvider.start(
            r ->
                r.path().equals("/messages")
                    ? Answer.json("{\"reason\":\"none left\"}")
                    : r.path().equals("/state") ? Answer.json("{}") : Answer.empty(404));
    Files.writeString(
        pacts.resolve("waiter-grill.json"),
        ("{'consumer':{'name':'waiter'},'provider':{'name':'grill'},'interactions':["
                + "{'type':'Asynchronous/Messages','description':'an order was placed',"
                + "'providerStates':[{'name':'an order','params':{'order':'steak'}}],"
                + "'contents':{'order':'steak','status':'cooking'},"
                + "'metadata':{'topic':'orders'}},"
                + "{'type':'Asynchronous/Messages','description':'an order was refused',"
                + "'contents':{'reason':'none left'}},"
                + "{'type':'Synchronous/Messages','description':'an order',"
                + "'request':{'contents':{'contentType':'application/json','encoded':false,"
                + "'content':{'order':'salad'}}},"
                + "'response':[{'contents':{'contentType':'application/json','encoded':false,"
                + "'content':{'order':'salad','status':'cooking'}}}]}],"
                + "'metadata':{'pactSpecification':{'version':'4.0'}}}")
            .replace('\'', '"'));
  }

  @AfterEach
  void stop() {
    endpoint.close();
  }

  private VerificationResult verify(boolean withEndpoint) {
    VerificationConfig config =
        VerificationConfig.of(
                "grill",
                new RunningProvider(endpoint.url()),
                List.of(new PactSource.Directory(pacts)))
            .withMessageSource(MessageMethods.ofInstances(List.of(new Kitchen())))
            .withOutputDirectory(pacts.resolve("out"));
    return new Verifier()
        .verify(
            withEndpoint ? config.withMessageUrl("/messages") : config,
            VerificationListener.SILENT);
  }

  @Test
  void methodsAnswerTheirDescriptionsAndTheEndpointTheOthers() {
    VerificationResult r = verify(true);
    assertThat(r.allResults()).allMatch(InteractionResult::passed);
    assertThat(endpoint.received())
        .extracting(RecordingProvider.Received::body)
        .containsExactly("{\"description\":\"an order was refused\"}");
  }

  @Test
  void aMessageThatDiffersIsABrokenContractWithItsMismatch() {
    Kitchen.status = "burnt";
    VerificationResult r = verify(true);
    assertThat(r.contractBroken()).isTrue();
    assertThat(r.allResults())
        .filteredOn(x -> x instanceof InteractionResult.Failed)
        .flatExtracting(x -> ((InteractionResult.Failed) x).mismatches())
        .extracting(Mismatch::message)
        .containsExactly(
            "$.status: expected \"cooking\" (a string), found \"burnt\" (a string)",
            "$.status: expected \"cooking\" (a string), found \"burnt\" (a string)");
  }

  @Test
  void theReproductionSaysWhichMethodProducedTheMessageInsteadOfARequest() {
    Kitchen.status = "burnt";
    VerificationConfig config =
        VerificationConfig.of(
                "grill",
                new RunningProvider(endpoint.url()),
                List.of(new PactSource.Directory(pacts)))
            .withMessageSource(MessageMethods.ofInstances(List.of(new Kitchen())))
            .withMessageUrl("/messages")
            .withStateChange(new io.pactcontainers.state.StateChangeConfig("/state", true, false))
            .withOutputDirectory(pacts.resolve("out"));
    VerificationResult r = new Verifier().verify(config, VerificationListener.SILENT);
    InteractionResult placed =
        r.allResults().stream()
            .filter(x -> x.interaction().description().equals("an order was placed"))
            .findFirst()
            .orElseThrow();
    assertThat(placed.evidence().messageProducedBy())
        .contains("the @MessageProvider method Kitchen.placed");
    assertThat(
            new io.pactcontainers.report.ConsoleReport(false, false, Reproduction.of(config))
                .details(placed))
        .contains(
            "    To reproduce it (bash): with the provider serving again at the address below (it"
                + " was not started by the verifier), send the state set-up:",
            "      # the message is produced by the @MessageProvider method Kitchen.placed in the"
                + " verifying JVM, so it cannot be asked for from bash")
        .noneMatch(line -> line.contains("/messages"));
  }

  @Test
  void withoutEndpointADescriptionNoMethodAnswersErrsNamingItAndTheClassSearched() {
    VerificationResult r = verify(false);
    assertThat(r.contractBroken()).isFalse();
    assertThat(r.allResults())
        .filteredOn(x -> x instanceof InteractionResult.Errored)
        .extracting(x -> ((InteractionResult.Errored) x).error())
        .containsExactly(
            "No @MessageProvider method produces the message \"an order was refused\" (searched"
                + " io.pactcontainers.verify.MessageSourceTest$Kitchen); add a method annotated"
                + " @MessageProvider(\"an order was refused\") that returns the message");
    assertThat(endpoint.received()).isEmpty();
  }
}
