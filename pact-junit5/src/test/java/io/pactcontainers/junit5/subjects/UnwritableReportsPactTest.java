package io.pactcontainers.junit5.subjects;

import io.pactcontainers.junit5.PactProviderTest;
import io.pactcontainers.junit5.PactVerification;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Message pacts that pass, with an output folder under a file ({@code ReportsNotWrittenTest} puts
 * one there): its reports cannot be written.
 */
@PactProviderTest(
    provider = "grill-chef",
    pacts = "src/test/resources/message-pacts",
    outputDirectory = "target/pact-subjects/a-file/out")
public class UnwritableReportsPactTest extends KitchenMessages {
  @TestFactory
  Stream<DynamicTest> pacts(PactVerification verification) {
    return verification.tests();
  }
}
