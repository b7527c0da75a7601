package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.RecordingProvider;
import io.pactcontainers.RecordingProvider.Answer;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.state.StateChangeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headers set where they belong and request filters, against an in-process provider that answers
 * 401 without the real token, as the workshops' providers do.
 */
class RequestShapingTest {
  @TempDir Path pacts;

  private RecordingProvider server;

  @BeforeEach
  void startProvider() {
    server =
        RecordingProvider.start(
            r -> {
              String auth = r.headers().get("authorization");
              boolean real = auth != null && auth.startsWith("Bearer real-");
              return Answer.of(r.path().equals("/state") || real ? 200 : 401, Map.of(), "{}");
            });
  }

  @AfterEach
  void stopProvider() {
    server.close();
  }

  /** The Authorization each path (and the state endpoint) got last; "none" when it got none. */
  private Map<String, String> authorization() {
    Map<String, String> last = new HashMap<>();
    server
        .received()
        .forEach(r -> last.put(r.path(), r.headers().getOrDefault("authorization", "none")));
    return last;
  }

  private void pact(String consumer) throws Exception {
    Files.writeString(
        pacts.resolve(consumer + ".json"),
        ("{'consumer':{'name':'%s'},'provider':{'name':'api'},'interactions':["
                + "{'description':'with a token','request':{'method':'GET','path':'/%s/with',"
                + "'headers':{'authorization':'Bearer consumer-test-token'}},'response':{'status':200}},"
                + "{'description':'without a token','request':{'method':'GET','path':'/%s/without'},"
                + "'response':{'status':401}}],"
                + "'metadata':{'pactSpecification':{'version':'3.0.0'}}}")
            .formatted(consumer, consumer, consumer)
            .replace('\'', '"'));
  }

  private VerificationConfig config() {
    return VerificationConfig.of(
            "api", new RunningProvider(server.url()), List.of(new PactSource.Directory(pacts)))
        .withOutputDirectory(pacts.resolve("out"));
  }

  private static List<String> outcomes(VerificationResult result) {
    return result.allResults().stream()
        .map(r -> r.interaction().description() + ": " + r.outcome())
        .toList();
  }

  @Test
  void aTokenReplacesOnlyTheOneThePactHasSoRequestsWithoutOneStayWithout() throws Exception {
    pact("web");
    VerificationResult result =
        new Verifier()
            .verify(
                config().withRequestHeader(RequestHeader.of("Authorization", "Bearer real-1")),
                VerificationListener.SILENT);
    assertThat(outcomes(result)).containsExactly("with a token: passed", "without a token: passed");
    assertThat(authorization())
        .containsEntry("/web/with", "Bearer real-1")
        .containsEntry("/web/without", "none");
  }

  @Test
  void aTokenOnEveryRequestMakesTheInteractionsWithoutOneFail() throws Exception {
    pact("web");
    VerificationResult result =
        new Verifier()
            .verify(
                config()
                    .withRequestHeader(
                        RequestHeader.of("Authorization", "Bearer real-1")
                            .replacing(RequestHeader.Replace.ALWAYS)),
                VerificationListener.SILENT);
    assertThat(outcomes(result)).containsExactly("with a token: passed", "without a token: failed");
  }

  @Test
  void eachConsumerGetsItsOwnTokenAndStateCallsOnlyWhenAsked() throws Exception {
    pact("web");
    pact("mobile");
    VerificationResult result =
        new Verifier()
            .verify(
                config()
                    .withStateChange(new StateChangeConfig("/state", true, false))
                    .withRequestHeader(
                        RequestHeader.of("Authorization", "Bearer real-web")
                            .forConsumers(List.of("web"))
                            .onStateCalls(true))
                    .withRequestHeader(
                        RequestHeader.of("Authorization", "Bearer real-mobile")
                            .forConsumers(List.of("mobile"))),
                VerificationListener.SILENT);
    assertThat(result.successful()).isTrue();
    assertThat(authorization())
        .containsEntry("/web/with", "Bearer real-web")
        .containsEntry("/mobile/with", "Bearer real-mobile")
        .containsEntry("/web/without", "none")
        .containsEntry("/mobile/without", "none");
    // The web pact is verified last (files in name order): its state calls carry its token.
    assertThat(authorization()).containsEntry("/state", "Bearer real-web");
  }

  @Test
  void aHookSeesTheInteractionAndTheConfiguredHeadersOnTheVerifyingThreadBeforeTheFilters()
      throws Exception {
    pact("web");
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    String verifying = Thread.currentThread().getName();
    VerificationResult result =
        new Verifier()
            .verify(
                config()
                    .withRequestHeader(
                        RequestHeader.of("X-Configured", "yes")
                            .replacing(RequestHeader.Replace.ALWAYS))
                    .withRequestHook(
                        (consumer, interaction, request) -> {
                          seen.add(
                              consumer
                                  + " "
                                  + interaction.description()
                                  + " "
                                  + request.headers().joined("X-Configured").orElse("-")
                                  + " "
                                  + Thread.currentThread().getName().equals(verifying));
                          return request.withHeader("Authorization", "Bearer real-hook");
                        })
                    .withRequestFilter(
                        r -> r.withHeader("X-Filtered", r.headers().joined("Authorization").get())),
                VerificationListener.SILENT);
    assertThat(seen).containsExactly("web with a token yes true", "web without a token yes true");
    assertThat(outcomes(result)).containsExactly("with a token: passed", "without a token: failed");
    assertThat(authorization()).containsEntry("/web/without", "Bearer real-hook");
    assertThat(server.received())
        .allSatisfy(r -> assertThat(r.headers()).containsEntry("x-filtered", "Bearer real-hook"));
  }

  @Test
  void aHookThatReturnsNoRequestErrsItsInteractionNamingIt() throws Exception {
    pact("web");
    VerificationResult result =
        new Verifier()
            .verify(
                config()
                    .withRequestHook(
                        new RequestHook() {
                          @Override
                          public io.pactcontainers.model.HttpRequest beforeRequest(
                              String consumer,
                              io.pactcontainers.model.Interaction interaction,
                              io.pactcontainers.model.HttpRequest request) {
                            return null;
                          }

                          @Override
                          public String describedAs() {
                            return "the signing hook";
                          }
                        }),
                VerificationListener.SILENT);
    assertThat(result.allResults())
        .allSatisfy(
            r ->
                assertThat(r)
                    .isInstanceOfSatisfying(
                        InteractionResult.Errored.class,
                        e ->
                            assertThat(e.error())
                                .isEqualTo(
                                    "the signing hook returned no request; return the request to"
                                        + " send")));
    assertThat(authorization()).doesNotContainKeys("/web/with", "/web/without");
  }

  /** A user's filter that fails. */
  static final class Exploding implements RequestFilter {
    @Override
    public io.pactcontainers.model.HttpRequest apply(io.pactcontainers.model.HttpRequest r) {
      throw new IllegalStateException("no signing key");
    }
  }

  @Test
  void aFilterThatThrowsErrsItsInteractionNamingTheFilterClass() throws Exception {
    pact("web");
    VerificationResult result =
        new Verifier()
            .verify(config().withRequestFilter(new Exploding()), VerificationListener.SILENT);
    assertThat(result.allResults())
        .allSatisfy(
            r ->
                assertThat(r)
                    .isInstanceOfSatisfying(
                        InteractionResult.Errored.class,
                        e ->
                            assertThat(e.error())
                                .isEqualTo(
                                    "The request filter io.pactcontainers.verify.RequestShapingTest$Exploding"
                                        + " threw java.lang.IllegalStateException: no signing key;"
                                        + " the request was not sent")));
    assertThat(authorization()).doesNotContainKeys("/web/with", "/web/without");
  }

  /** A user's filter that waits on a token service that never answers. */
  static final class Hanging implements RequestFilter {
    @Override
    public io.pactcontainers.model.HttpRequest apply(io.pactcontainers.model.HttpRequest r) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return r;
    }
  }

  @Test
  void aFilterThatDoesNotReturnWithinTheRequestTimeoutErrsItsInteractionNamingIt()
      throws Exception {
    pact("web");
    VerificationResult result =
        new Verifier()
            .verify(
                config()
                    .withRequestTimeout(java.time.Duration.ofMillis(300))
                    .withRequestFilter(new Hanging()),
                VerificationListener.SILENT);
    assertThat(result.allResults())
        .isNotEmpty()
        .allSatisfy(
            r ->
                assertThat(r)
                    .isInstanceOfSatisfying(
                        InteractionResult.Errored.class,
                        e ->
                            assertThat(e.error())
                                .isEqualTo(
                                    "The request filter io.pactcontainers.verify.RequestShapingTest$Hanging"
                                        + " did not return within 300 ms (the request timeout); the"
                                        + " request was not sent: make the filter faster or raise"
                                        + " the request timeout")));
    assertThat(authorization()).doesNotContainKeys("/web/with", "/web/without");
  }

  @Test
  void aHeaderValueThatIsASchemeAloneIsRefusedNamingTheSetting() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> RequestHeader.requireCredential("<requestHeaders><Authorization>", "Bearer "))
        .isInstanceOf(EmptyCredentialException.class)
        .hasMessage(
            "<requestHeaders><Authorization> is \"Bearer \" with nothing after the scheme: the"
                + " variable or command that gives the credential gave nothing (an empty variable"
                + " counts as unset); set it, or remove the header");
    assertThat(RequestHeader.requireCredential("<x>", "Bearer abc")).isEqualTo("Bearer abc");
    assertThat(RequestHeader.requireCredential("<x>", "application/json"))
        .isEqualTo("application/json");
  }
}
