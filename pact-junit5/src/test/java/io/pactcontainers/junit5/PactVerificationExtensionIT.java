package io.pactcontainers.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.pactcontainers.junit5.subjects.BrokenGrillChefPactTest;
import io.pactcontainers.junit5.subjects.GrillChefPactTest;
import io.pactcontainers.junit5.subjects.StateMethodsPactTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The extension run by the JUnit Platform itself (EngineTestKit) on the subjects' test classes,
 * against real containers: one test per interaction, named after it, failing with the plugin's
 * words, the reports written.
 */
class PactVerificationExtensionTest {

  private static EngineExecutionResults run(Class<?> subject) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(subject)).execute();
  }

  @Test
  void eachInteractionIsATestNamedAfterItAndAllPassAgainstTheGrillChefContainer() throws Exception {
    EngineExecutionResults results = run(GrillChefPactTest.class);
    results.testEvents().assertStatistics(s -> s.started(5).succeeded(5).failed(0));
    assertThat(
            results.testEvents().started().stream()
                .map(e -> e.getTestDescriptor().getDisplayName()))
        .contains("sous-chef: an order for a medium-rare steak given \"steaks are available\"");
    Path json = Path.of("target/pact-subjects/grill-chef/reports/grill-chef.json");
    assertThat(Files.readString(json)).contains("\"successful\" : true");
    assertThat(Path.of("target/pact-subjects/grill-chef/reports/grill-chef.html")).exists();
    assertThat(Path.of("target/pact-subjects/grill-chef/reports/grill-chef.md")).exists();
  }

  @Test
  void aBrokenInteractionFailsWithTheMismatchAndTheCommandsToReproduceIt() {
    EngineExecutionResults results = run(BrokenGrillChefPactTest.class);
    results.testEvents().assertStatistics(s -> s.started(2).failed(2));
    Event failed =
        results.testEvents().failed().stream()
            .filter(
                e ->
                    e.getTestDescriptor()
                        .getDisplayName()
                        .equals(
                            "sous-chef: an order for a medium-rare steak given \"steaks are available\""))
            .findFirst()
            .orElseThrow();
    Throwable t =
        failed
            .getPayload(org.junit.platform.engine.TestExecutionResult.class)
            .orElseThrow()
            .getThrowable()
            .orElseThrow();
    assertThat(t)
        .isInstanceOf(org.opentest4j.AssertionFailedError.class)
        .hasMessageContaining("$.waitingTime: expected 12 (an integer), found 10 (an integer)")
        .hasMessageContaining("curl -sS -i -X POST")
        .hasMessageContaining("/steaks/")
        .hasMessageContaining("The provider's log while it ran:")
        .hasMessageContaining("POST /steaks/ HTTP/1.1");
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
  void aHeaderReferringToNothingSetIsAnErrorNamingIt() {
    EngineExecutionResults results = run(StateMethodsPactTest.class);
    Throwable t =
        results.containerEvents().failed().stream()
            .findFirst()
            .orElseThrow()
            .getPayload(org.junit.platform.engine.TestExecutionResult.class)
            .orElseThrow()
            .getThrowable()
            .orElseThrow();
    assertThat(t)
        .hasMessageEndingWith(
            "@PactProviderTest.Header(name = \"X-Token\").value is ${pact.junit5.token}, which"
                + " is not set; set the environment variable pact.junit5.token or the system"
                + " property (-Dpact.junit5.token=...)");
  }
}
