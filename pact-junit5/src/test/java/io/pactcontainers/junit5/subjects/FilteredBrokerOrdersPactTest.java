package io.pactcontainers.junit5.subjects;

import io.pactcontainers.junit5.PactProviderTest;

/** {@link BrokerOrdersPactTest}'s provider, one consumer's pacts only. */
@PactProviderTest(
    provider = "orders",
    pacts = "no-such-folder",
    consumers = "waiter",
    outputDirectory = "target/pact-subjects/broker-filtered")
public class FilteredBrokerOrdersPactTest extends BrokerOrdersPactTest {}
