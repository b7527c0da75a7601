package io.pactcontainers.junit5;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.pactcontainers.junit5.subjects.NothingToVerifyPactTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** pact-jvm's {@code @IgnoreNoPactsToVerify} is {@code allowEmpty = true}: the library's rule. */
class AllowEmptyTest {
  @Test
  void aClassWithNothingToVerifyFailsSayingWhatToSet() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(NothingToVerifyPactTest.class))
        .execute()
        .allEvents()
        .assertThatEvents()
        .haveAtLeast(
            1,
            event(
                finishedWithFailure(
                    message(m -> m.contains("nobody") && m.contains("allowEmpty")))));
  }

  @Test
  void allowEmptyLetsItPassHavingVerifiedNothing() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(NothingToVerifyPactTest.Allowed.class))
        .execute()
        .allEvents()
        .assertStatistics(s -> s.failed(0));
  }
}
