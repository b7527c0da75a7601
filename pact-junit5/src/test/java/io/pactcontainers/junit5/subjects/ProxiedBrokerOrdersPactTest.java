package io.pactcontainers.junit5.subjects;

import io.pactcontainers.junit5.PactProviderTest;

/**
 * {@link BrokerOrdersPactTest}'s provider, the Broker's URL in an environment variable, reached
 * through the proxy of {@code HTTP_PROXY} (run forked, with that environment).
 */
@PactProviderTest(
    provider = "orders",
    pacts = "no-such-folder",
    brokerUrl = "${PACT_JUNIT5_BROKER_URL}",
    outputDirectory = "target/pact-subjects/broker-proxied")
public class ProxiedBrokerOrdersPactTest extends BrokerOrdersPactTest {}
