package io.pactcontainers.junit5;

import io.pactcontainers.report.ConsoleReport;
import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.VerificationSession;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The run of a {@link PactProviderTest} class, handed to its {@code @TestFactory}: one dynamic test
 * per interaction, named "consumer: description given state", failing with the mismatches, the
 * commands that reproduce it and the provider's log, as the Maven plugin prints them.
 */
public final class PactVerification {
  private final VerificationSession session;
  private final ConsoleReport console;
  private final io.pactcontainers.Secrets secrets;

  PactVerification(
      VerificationSession session, ConsoleReport console, io.pactcontainers.Secrets secrets) {
    this.session = session;
    this.console = console;
    this.secrets = secrets;
  }

  /**
   * One test per interaction, in pact order.
   *
   * @return the tests
   */
  public Stream<DynamicTest> tests() {
    return session.interactions().stream()
        .map(p -> DynamicTest.dynamicTest(p.displayName(), () -> check(p)));
  }

  private void check(VerificationSession.Planned planned) {
    InteractionResult r = session.verify(planned);
    if (r.passed()) {
      return;
    }
    // Surefire writes the message to its XML and TXT reports: a token the provider echoed is
    // masked.
    String message =
        secrets.mask(
            r.outcome().toUpperCase(java.util.Locale.ROOT)
                + " "
                + planned.displayName()
                + "\n"
                + String.join("\n", console.details(r)));
    if (r.pending()) {
      // A pending pact's failure does not count: reported, not failed.
      throw new TestAbortedException("pending, not counted: " + message);
    }
    throw new AssertionFailedError(message);
  }
}
