package io.pactcontainers.broker;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;

/** One pact's verification result, as it is sent to the Broker. */
public record PublishedResult(
    URI publishUrl, String pactName, boolean success, List<TestResult> testResults) {
  public PublishedResult {
    requireNonNull(publishUrl, "publishUrl");
    requireNonNull(pactName, "pactName");
    testResults = List.copyOf(testResults);
  }

  /**
   * One interaction's outcome; mismatches as {@code attribute} (status, header, body...) and
   * description.
   */
  public record TestResult(
      String interactionId,
      String interactionDescription,
      boolean success,
      List<Mismatch> mismatches) {
    public TestResult {
      requireNonNull(interactionId, "interactionId");
      requireNonNull(interactionDescription, "interactionDescription");
      mismatches = List.copyOf(mismatches);
    }
  }

  public record Mismatch(String attribute, String identifier, String description) {
    public Mismatch {
      requireNonNull(attribute, "attribute");
      requireNonNull(identifier, "identifier");
      requireNonNull(description, "description");
    }
  }
}
