package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.RecordingProvider;
import io.pactcontainers.RecordingProvider.Answer;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.state.StateChange;
import io.pactcontainers.state.StateChangeConfig;
import io.pactcontainers.state.StateHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Provider states set up by Java code in the verifying JVM instead of a state endpoint: called on
 * the thread that verifies, its values merged over the states' params for the generators, its
 * exceptions the interaction's error naming the state, and no call in the evidence to replay.
 */
class StateHandlerTest {
  @TempDir Path pacts;

  private RecordingProvider provider;

  /** What the handler was asked, "SETUP an item exists {n=1}", and on which thread. */
  private final List<String> changes = new ArrayList<>();

  private final List<Thread> threads = new ArrayList<>();

  @BeforeEach
  void startProvider() throws Exception {
    provider =
        RecordingProvider.start(
            r ->
                r.target().equals("/items/42/1")
                    ? Answer.json("{\"name\":\"steak\"}")
                    : Answer.empty(404));
    Files.writeString(
        pacts.resolve("sous-grill.json"),
        ("{'consumer':{'name':'sous'},'provider':{'name':'grill'},'interactions':[{"
                + "'description':'get item',"
                + "'providerStates':[{'name':'an item exists','params':{'n':1}}],"
                + "'request':{'method':'GET','path':'/items/0/0','generators':{'path':"
                + "{'type':'ProviderState','expression':'/items/${id}/${n}'}}},"
                + "'response':{'status':200,'body':{'name':'steak'}}}],"
                + "'metadata':{'pactSpecification':{'version':'3.0.0'}}}")
            .replace('\'', '"'));
  }

  @AfterEach
  void stopProvider() {
    provider.close();
  }

  private VerificationConfig config() {
    return VerificationConfig.of(
            "grill", new RunningProvider(provider.url()), List.of(new PactSource.Directory(pacts)))
        .withOutputDirectory(pacts.resolve("out"));
  }

  /** A handler that records each change and sets up the item as id 42. */
  private Map<String, Object> record(StateChange change) {
    changes.add(change.action() + " " + change.state() + " " + change.params());
    threads.add(Thread.currentThread());
    return change.action() == StateChange.Action.SETUP ? Map.of("id", 42) : Map.of();
  }

  /** The session's one interaction, verified on this thread as the JUnit 5 extension does. */
  private static InteractionResult verifyOne(VerificationConfig config) {
    try (VerificationSession session =
        VerificationSession.open(config, VerificationListener.SILENT)) {
      return session.verify(session.interactions().get(0));
    }
  }

  @Test
  void theHandlerSetsUpAndTearsDownOnTheVerifyingThreadAndItsValuesJoinTheParams() {
    InteractionResult result = verifyOne(config().withStateHandler(this::record));

    assertThat(result.passed()).isTrue();
    assertThat(changes)
        .containsExactly("SETUP an item exists {n=1}", "TEARDOWN an item exists {n=1}");
    assertThat(threads).containsOnly(Thread.currentThread());
    // id from the handler, n from the state's params; no state call reached the provider.
    assertThat(provider.lines()).containsExactly("GET /items/42/1");
  }

  @Test
  void anExceptionInTheHandlerErrsTheInteractionNamingTheStateAndNothingIsSent() {
    StateHandler oven =
        change -> {
          throw new IllegalStateException("the oven is cold");
        };

    InteractionResult result = verifyOne(config().withStateHandler(oven));

    assertThat(result).isInstanceOf(InteractionResult.Errored.class);
    assertThat(((InteractionResult.Errored) result).error())
        .isEqualTo(
            "State change failed: setup of state \"an item exists\" by a Java function in the"
                + " verifying JVM threw java.lang.IllegalStateException: the oven is cold");
    assertThat(provider.lines()).isEmpty();
  }

  @Test
  void aTeardownThatThrowsErrsAnInteractionThatPassedNamingItsOrigin() {
    StateHandler named =
        new StateHandler() {
          @Override
          public Map<String, Object> change(StateChange change) throws Exception {
            if (change.action() == StateChange.Action.TEARDOWN) {
              throw new java.io.IOException("the fridge is locked");
            }
            return Map.of("id", 42);
          }

          @Override
          public Optional<String> handledBy(StateChange change) {
            return Optional.of("ItemStates.itemExists");
          }
        };

    InteractionResult result = verifyOne(config().withStateHandler(named));

    assertThat(((InteractionResult.Errored) result).error())
        .isEqualTo(
            "State change failed: teardown of state \"an item exists\" by"
                + " ItemStates.itemExists threw java.io.IOException: the fridge is locked");
    assertThat(result.evidence().stateSetup()).isEmpty();
    assertThat(result.evidence().statesInProcess())
        .containsExactly(new Evidence.StateInProcess("an item exists", "ItemStates.itemExists"));
  }

  @Test
  void aStateEndpointAndAHandlerTogetherAreAConfigurationError() {
    assertThatThrownBy(
            () ->
                config()
                    .withStateChange(StateChangeConfig.at("/state"))
                    .withStateHandler(this::record))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("both a state-change URL and a state handler set up the states; keep one");
  }
}
