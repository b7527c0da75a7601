package io.pactcontainers.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.pactcontainers.junit5.subjects.HttpWithoutProviderPactTest;
import io.pactcontainers.junit5.subjects.KitchenMessages;
import io.pactcontainers.junit5.subjects.MessagesOnlyPactTest;
import io.pactcontainers.junit5.subjects.MixedPactTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Message pacts verified in process by {@code @MessageProvider} methods, run by the JUnit Platform
 * (EngineTestKit): beside an HTTP pact against the Grill Chef's container, which has no message
 * endpoint; alone without any provider; a broken message failing its test with the mismatch; a
 * class without provider whose pacts need one told so.
 */
class MessageProvidersIT {
  private static EngineExecutionResults run(Class<?> subject) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(subject)).execute();
  }

  private static Throwable failure(Event e) {
    return e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
  }

  @AfterEach
  void keepThePact() {
    KitchenMessages.minutes = 6;
    KitchenMessages.CALLS.clear();
  }

  @Test
  void httpAndMessageInteractionsPassInOneClassTheMessagesFromItsMethods() throws Exception {
    EngineExecutionResults results = run(MixedPactTest.class);
    results.testEvents().assertStatistics(s -> s.started(4).succeeded(4).failed(0));
    assertThat(
            results.testEvents().started().stream()
                .map(e -> e.getTestDescriptor().getDisplayName()))
        .contains(
            "display: a steak is ready given \"steaks are available\"",
            "display: how long for a steak");
    // Called on the dynamic tests' thread, as @State methods are (Surefire's "main" here).
    assertThat(KitchenMessages.CALLS)
        .containsExactly(
            "steakReady " + Thread.currentThread().getName(),
            "howLong " + Thread.currentThread().getName());
    assertThat(Files.readString(Path.of("target/pact-subjects/mixed/reports/grill-chef.json")))
        .contains("\"successful\" : true");
  }

  @Test
  void aClassWithMessagePactsOnlyNeedsNoProvider() {
    run(MessagesOnlyPactTest.class)
        .testEvents()
        .assertStatistics(s -> s.started(2).succeeded(2).failed(0));
  }

  @Test
  void aMessageThatBreaksThePactFailsItsTestWithTheMismatch() {
    KitchenMessages.minutes = "six";
    EngineExecutionResults results = run(MessagesOnlyPactTest.class);
    results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
    Event failed = results.testEvents().failed().list().get(0);
    assertThat(failed.getTestDescriptor().getDisplayName())
        .isEqualTo("display: how long for a steak");
    assertThat(failure(failed))
        .isInstanceOf(org.opentest4j.AssertionFailedError.class)
        .hasMessageContaining("$.minutes: expected an integer, found \"six\"");
  }

  @Test
  void aClassWithoutProviderWhosePactsNeedOneIsToldSo() {
    EngineExecutionResults results = run(HttpWithoutProviderPactTest.class);
    Throwable error =
        results.allEvents().failed().stream()
            .map(MessageProvidersIT::failure)
            .findFirst()
            .orElseThrow();
    // JUnit's words for a parameter not resolved, then ours.
    assertThat(error)
        .hasMessageEndingWith(
            "No provider is given, but the pacts have interactions that need one (\"an order"
                + " for a medium-rare steak\", \"an order for a well-done steak\"); give a"
                + " static @ProviderContainer field or a @ProviderUrl, or a @MessageProvider"
                + " method for each message");
  }
}
