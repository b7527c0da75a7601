package io.pactcontainers.junit5.subjects;

import io.pactcontainers.junit5.PactProviderTest;
import io.pactcontainers.junit5.PactProviderTest.Broker;

/**
 * {@link BrokerOrdersPactTest}'s provider, the Broker's URL and token in environment variables the
 * class names (run forked, with that environment).
 */
@PactProviderTest(
    provider = "orders",
    pacts = "no-such-folder",
    brokerUrl = "${PACT_JUNIT5_BROKER_URL}",
    outputDirectory = "target/pact-subjects/broker-token",
    broker = @Broker(tokenVariable = "ORDERS_BROKER_TOKEN"))
public class TokenVariableBrokerOrdersPactTest extends BrokerOrdersPactTest {}
