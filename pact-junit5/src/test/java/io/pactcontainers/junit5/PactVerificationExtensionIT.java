package io.pactcontainers.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import io.pactcontainers.junit5.subjects.BrokenGrillChefPactTest;
import io.pactcontainers.junit5.subjects.GrillChefPactTest;
import io.pactcontainers.junit5.subjects.InheritedGrillChefPactTest;
import io.pactcontainers.junit5.subjects.NestedGrillChefPactTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.testcontainers.DockerClientFactory;

/**
 * The extension run by the JUnit Platform itself (EngineTestKit) on the subjects' test classes,
 * against the Grill Chef's container, which the extension starts and removes: one test per
 * interaction, named after it, failing with the plugin's words, the reports written; inherited and
 * {@code @Nested} declarations; a run that selects one test sends one request.
 */
class PactVerificationExtensionIT {
  private static final String MEDIUM_RARE =
      "sous-chef: an order for a medium-rare steak given \"steaks are available\"";

  private static EngineExecutionResults run(DiscoverySelector selector) {
    return EngineTestKit.engine("junit-jupiter").selectors(selector).execute();
  }

  private static Throwable failure(Event e) {
    return e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
  }

  @Test
  void eachInteractionIsATestNamedAfterItAndAllPassAgainstTheGrillChefContainer() throws Exception {
    EngineExecutionResults results = run(selectClass(GrillChefPactTest.class));
    results.testEvents().assertStatistics(s -> s.started(5).succeeded(5).failed(0));
    assertThat(
            results.testEvents().started().stream()
                .map(e -> e.getTestDescriptor().getDisplayName()))
        .contains(MEDIUM_RARE);
    Path json = Path.of("target/pact-subjects/grill-chef/reports/grill-chef.json");
    assertThat(Files.readString(json)).contains("\"successful\" : true");
    assertThat(Path.of("target/pact-subjects/grill-chef/reports/grill-chef.html")).exists();
    assertThat(Path.of("target/pact-subjects/grill-chef/reports/grill-chef.md")).exists();
    assertThat(GrillChefPactTest.chef().isRunning()).isFalse();
  }

  @Test
  void aBrokenInteractionFailsWithTheMismatchAndLinesThatStartTheSameImageAgain() {
    EngineExecutionResults results = run(selectClass(BrokenGrillChefPactTest.class));
    results.testEvents().assertStatistics(s -> s.started(2).failed(2));
    Event failed =
        results.testEvents().failed().stream()
            .filter(e -> e.getTestDescriptor().getDisplayName().equals(MEDIUM_RARE))
            .findFirst()
            .orElseThrow();
    String imageId =
        DockerClientFactory.instance()
            .client()
            .inspectImageCmd("pactcontainers/example-grill-chef:latest")
            .exec()
            .getId();
    assertThat(failure(failed))
        .isInstanceOf(org.opentest4j.AssertionFailedError.class)
        .hasMessageContaining("$.waitingTime: expected 12 (an integer), found 10 (an integer)")
        .hasMessageContaining(
            "cid=$(docker run -d --rm -p 127.0.0.1::8000 "
                + imageId
                + ") && PROVIDER=http://$(docker port \"$cid\" 8000/tcp | head -n 1)")
        .hasMessageContaining("curl -sS -i -X POST \"$PROVIDER\"/steaks/ ")
        .hasMessageContaining("docker rm -f \"$cid\" >/dev/null  # afterwards")
        .hasMessageContaining("The provider's log while it ran:")
        .hasMessageContaining("POST /steaks/ HTTP/1.1");
  }

  @Test
  void aSubclassWithoutDeclarationsOfItsOwnRunsItsSuperclasssPacts() {
    run(selectClass(InheritedGrillChefPactTest.class))
        .testEvents()
        .assertStatistics(s -> s.started(5).succeeded(5));
    assertThat(GrillChefPactTest.chef().isRunning()).isFalse();
  }

  @Test
  void aNestedClassUsesTheEnclosingClasssContainerAndTheReportsAreWrittenAfterIt()
      throws Exception {
    Path json = Path.of("target/pact-subjects/nested/reports/grill-chef.json");
    Files.deleteIfExists(json);
    run(selectClass(NestedGrillChefPactTest.class))
        .testEvents()
        .assertStatistics(s -> s.started(5).succeeded(5));
    assertThat(Files.readString(json)).contains("\"successful\" : true");
    assertThat(NestedGrillChefPactTest.chef.isRunning()).isFalse();
  }

  @Test
  void aRunThatSelectsOneTestSendsThatInteractionOnly() throws Exception {
    String factory =
        "[engine:junit-jupiter]/[class:"
            + GrillChefPactTest.class.getName()
            + "]/[test-factory:pacts(io.pactcontainers.junit5.PactVerification)]";
    EngineExecutionResults results = run(selectUniqueId(factory + "/[dynamic-test:#5]"));
    results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    String name = results.testEvents().started().list().get(0).getTestDescriptor().getDisplayName();
    assertThat(name).startsWith("sous-chef: a look at an order on the grill");
    List<String> requests =
        Files.readAllLines(Path.of("target/pact-subjects/grill-chef/logs/grill-chef.log")).stream()
            .filter(Pattern.compile("\"(GET|POST) /steaks").asPredicate())
            .toList();
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0)).contains("\"GET /steaks/orders/");
  }
}
