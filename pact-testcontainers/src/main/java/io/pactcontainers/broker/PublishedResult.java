package io.pactcontainers.broker;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;

/**
 * One pact's verification result, as it is sent to the Broker.
 *
 * @param publishUrl where the Broker takes it (the pact's {@code pb:publish-verification-results})
 * @param pactName the pact, for messages
 * @param success whether every interaction passed
 * @param testResults one per interaction
 */
public record PublishedResult(
    URI publishUrl, String pactName, boolean success, List<TestResult> testResults) {
  /**
   * Checks the components.
   *
   * @param publishUrl where the Broker takes it (the pact's {@code
   *     pb:publish-verification-results})
   * @param pactName the pact, for messages
   * @param success whether every interaction passed
   * @param testResults one per interaction
   */
  public PublishedResult {
    requireNonNull(publishUrl, "publishUrl");
    requireNonNull(pactName, "pactName");
    testResults = List.copyOf(testResults);
  }

  /**
   * One interaction's outcome; mismatches as {@code attribute} (status, header, body...) and
   * description.
   *
   * @param interactionId the interaction's key in the pact (V4) or its index
   * @param interactionDescription its description
   * @param success whether it passed
   * @param mismatches what differed
   */
  public record TestResult(
      String interactionId,
      String interactionDescription,
      boolean success,
      List<Mismatch> mismatches) {
    /**
     * Checks the components.
     *
     * @param interactionId the interaction's key in the pact (V4) or its index
     * @param interactionDescription its description
     * @param success whether it passed
     * @param mismatches what differed
     */
    public TestResult {
      requireNonNull(interactionId, "interactionId");
      requireNonNull(interactionDescription, "interactionDescription");
      mismatches = List.copyOf(mismatches);
    }
  }

  /**
   * A difference, as the Broker shows it.
   *
   * @param attribute "status", "header", "body" or "metadata"
   * @param identifier the header name or JSON path
   * @param description the mismatch in words
   */
  public record Mismatch(String attribute, String identifier, String description) {
    /**
     * Checks the components.
     *
     * @param attribute "status", "header", "body" or "metadata"
     * @param identifier the header name or JSON path
     * @param description the mismatch in words
     */
    public Mismatch {
      requireNonNull(attribute, "attribute");
      requireNonNull(identifier, "identifier");
      requireNonNull(description, "description");
    }
  }
}
