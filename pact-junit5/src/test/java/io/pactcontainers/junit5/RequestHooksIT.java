package io.pactcontainers.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.pactcontainers.junit5.subjects.HookedEchoPactTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A {@link BeforeRequest} method sets each interaction's header knowing the interaction, on the
 * test's own thread, and a header's value comes from a static method of the class; against a real
 * container that answers with the headers it got.
 */
class RequestHooksIT {
  @AfterEach
  void reset() {
    HookedEchoPactTest.failing = false;
    HookedEchoPactTest.THREADS.clear();
  }

  @Test
  void theHookSetsEachInteractionsHeaderOnTheTestsThread() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(HookedEchoPactTest.class))
        .execute()
        .testEvents()
        .assertStatistics(s -> s.started(2).succeeded(2));
    String factory = HookedEchoPactTest.THREADS.get(0);
    assertThat(factory).startsWith("factory ");
    assertThat(HookedEchoPactTest.THREADS)
        .hasSize(3)
        .endsWith(factory.replace("factory ", "hook "), factory.replace("factory ", "hook "));
  }

  @Test
  void aHookThatThrowsErrsItsInteractionNamingTheMethod() {
    HookedEchoPactTest.failing = true;
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(HookedEchoPactTest.class))
        .execute()
        .testEvents()
        .assertStatistics(s -> s.started(2).failed(2))
        .assertThatEvents()
        .haveExactly(
            2,
            event(
                finishedWithFailure(
                    message(
                        m ->
                            m.contains(
                                "the @BeforeRequest HookedEchoPactTest.signIn method threw"
                                    + " java.lang.IllegalStateException: the token service is"
                                    + " down; the request was not sent")))));
  }
}
