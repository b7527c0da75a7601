package io.pactcontainers.junit5.subjects;

import io.pactcontainers.junit5.PactProviderTest;
import io.pactcontainers.junit5.PactProviderTest.Broker;
import io.pactcontainers.junit5.PactProviderTest.Selector;

/**
 * {@link BrokerOrdersPactTest}'s provider with the whole {@code <broker>} as annotations: a
 * selector, the provider's branch and tags, a build URL with a {@code ${NAME}}.
 */
@PactProviderTest(
    provider = "orders",
    pacts = "no-such-folder",
    outputDirectory = "target/pact-subjects/broker-selected",
    broker =
        @Broker(
            selectors = @Selector(branch = "feat"),
            providerBranch = "release-3",
            providerTags = {"prod", "eu"},
            buildUrl = "https://ci.example/builds/${PACT_JUNIT5_BUILD}",
            timeout = 5,
            retries = 0))
public class SelectedBrokerOrdersPactTest extends BrokerOrdersPactTest {}
