package io.pactcontainers.junit5;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

/** What a test class failed with as a whole, run through JUnit's own engine. */
final class ClassFailures {
  private ClassFailures() {}

  static Throwable of(Class<?> subject) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(subject))
        .execute()
        .containerEvents()
        .failed()
        .stream()
        .findFirst()
        .orElseThrow()
        .getPayload(TestExecutionResult.class)
        .orElseThrow()
        .getThrowable()
        .orElseThrow();
  }
}
