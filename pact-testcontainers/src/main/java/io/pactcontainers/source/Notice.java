package io.pactcontainers.source;

import static java.util.Objects.requireNonNull;

/**
 * A text the Pact Broker wants the user to read, and when: {@code before_verification}, or after it
 * for one outcome, {@code after_verification:success_true_published_false} and the like
 * (pact_broker, lib/pact_broker/pacts/build_verifiable_pact_notices.rb).
 *
 * @param when the Broker's {@code when}, empty when it said nothing
 * @param text the text
 */
public record Notice(String when, String text) {
  /**
   * Checks the components.
   *
   * @param when the Broker's {@code when}, empty when it said nothing
   * @param text the text
   */
  public Notice {
    requireNonNull(when, "when");
    requireNonNull(text, "text");
  }

  /**
   * A notice shown before verifying.
   *
   * @param text the text
   * @return the notice
   */
  public static Notice before(String text) {
    return new Notice("before_verification", text);
  }

  /**
   * Shown before verifying (also when the Broker says nothing of when).
   *
   * @return whether it is shown before
   */
  public boolean beforeVerification() {
    return when.isEmpty() || when.startsWith("before_verification");
  }

  /**
   * Shown after verifying, for this outcome.
   *
   * @param success whether the pact's verification passed
   * @param published whether the result was published
   * @return whether it is shown then
   */
  public boolean afterVerification(boolean success, boolean published) {
    return when.equals("after_verification:success_" + success + "_published_" + published);
  }
}
