package io.pactcontainers.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.pactcontainers.junit5.subjects.StateMethodsPactTest;
import io.pactcontainers.junit5.subjects.StateOnTestThreadPactTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A provider on this machine, reached by URL, whose states the test's own methods set. */
class StateMethodsTest {

  private static EngineExecutionResults run(Class<?> subject) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(subject)).execute();
  }

  @Test
  void stateMethodsGetTheParamsTheirValuesGoIntoTheRequestAndTheHeaderIsSet() {
    StateMethodsPactTest.CALLS.clear();
    System.setProperty("pact.junit5.token", "s3cret");
    try {
      EngineExecutionResults results = run(StateMethodsPactTest.class);
      results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
      assertThat(StateMethodsPactTest.CALLS).containsExactly("setup {dish=steak}", "teardown");
    } finally {
      System.clearProperty("pact.junit5.token");
    }
  }

  @Test
  void stateMethodsRunOnTheTestsThreadAndTheReproductionNamesThemInsteadOfAStateUrl() {
    StateOnTestThreadPactTest.TEST_THREADS.clear();
    StateOnTestThreadPactTest.STATE_THREADS.clear();
    EngineExecutionResults results = run(StateOnTestThreadPactTest.class);
    results.testEvents().assertStatistics(s -> s.started(1).failed(1));
    assertThat(StateOnTestThreadPactTest.TEST_THREADS).hasSize(1);
    // The set-up and the teardown, each on the thread the dynamic test itself ran on.
    assertThat(StateOnTestThreadPactTest.STATE_THREADS)
        .hasSize(2)
        .allMatch(t -> t == StateOnTestThreadPactTest.TEST_THREADS.get(0));
    String message =
        results.testEvents().failed().stream()
            .findFirst()
            .orElseThrow()
            .getPayload(TestExecutionResult.class)
            .orElseThrow()
            .getThrowable()
            .orElseThrow()
            .getMessage();
    assertThat(message)
        .contains(
            "      # the state \"an order was placed\" is set up by the test class's @State method"
                + " StateOnTestThreadPactTest.orderPlaced, so it cannot be replayed from bash\n")
        .doesNotContainPattern("127\\.0\\.0\\.1:\\d+/state");
  }

  @Test
  void aHeaderReferringToNothingSetIsAnErrorNamingIt() {
    EngineExecutionResults results = run(StateMethodsPactTest.class);
    Throwable t =
        results.containerEvents().failed().stream()
            .findFirst()
            .orElseThrow()
            .getPayload(TestExecutionResult.class)
            .orElseThrow()
            .getThrowable()
            .orElseThrow();
    assertThat(t)
        .hasMessage(
            "@PactProviderTest.Header(name = \"X-Token\").value is ${pact.junit5.token}, which"
                + " is not set; set the environment variable pact.junit5.token or the system"
                + " property (-Dpact.junit5.token=...)");
  }
}
