package io.pactcontainers.junit5.subjects;

import io.pactcontainers.junit5.PactProviderTest;

/**
 * The Grill Chef's container and test factory of {@link GrillChefPactTest}, against a pact it
 * breaks (a waiting time of 12 expected, 10 answered).
 */
@PactProviderTest(
    provider = "grill-chef",
    pacts = "src/test/resources/broken-pacts",
    stateChangeUrl = "/_pact/state",
    outputDirectory = "target/pact-subjects/broken")
public class BrokenGrillChefPactTest extends GrillChefPactTest {}
