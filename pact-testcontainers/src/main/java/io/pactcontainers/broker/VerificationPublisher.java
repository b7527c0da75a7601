package io.pactcontainers.broker;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishes verification results: first records the provider version's branch and tags (so the
 * Broker can compute pending pacts and can-i-deploy), then posts each pact's result to its {@code
 * pb:publish-verification-results} link (docs.pact.io, "Publishing verification results").
 */
public final class VerificationPublisher {
  static final String BRANCH_VERSION = "pb:pacticipant-branch-version";
  static final String VERSION_TAG = "pb:pacticipant-version-tag";
  private static final String IMPLEMENTATION = "pact-testcontainers";

  private final PactBroker config;
  private final String implementationVersion;

  /**
   * @param config the Broker to publish to
   * @param implementationVersion this verifier's version, recorded with each result
   */
  public VerificationPublisher(PactBroker config, String implementationVersion) {
    this.config = config;
    this.implementationVersion = implementationVersion;
  }

  /**
   * Publishes every result; returns a line for each thing done, for the user to see.
   *
   * @param provider the provider's name
   * @param version the provider version, with its branch and tags (recorded first)
   * @param results one per pact
   * @param published told of each pact once its result is recorded, so that a failure half-way
   *     still leaves the caller knowing which results the Broker has
   * @return a line for each thing done
   * @throws BrokerException when the Broker refuses or cannot be reached (after the retries)
   */
  public List<String> publish(
      String provider,
      ProviderVersion version,
      List<PublishedResult> results,
      java.util.function.Consumer<PublishedResult> published) {
    HalClient client = new HalClient(config);
    List<String> done = new ArrayList<>();
    if (version.branch().isPresent() || !version.tags().isEmpty()) {
      JsonNode index = client.index();
      if (version.branch().isPresent()) {
        Optional<URI> uri =
            client.link(
                index,
                BRANCH_VERSION,
                Map.of(
                    "pacticipant",
                    provider,
                    "branch",
                    version.branch().get(),
                    "version",
                    version.number()));
        URI u =
            uri.orElseThrow(
                () ->
                    new BrokerException(
                        "The Pact Broker at "
                            + config.url()
                            + " offers no "
                            + BRANCH_VERSION
                            + " link, so the provider branch cannot be recorded; upgrade the Broker or drop the branch"));
        client.put(new HalClient.Endpoint("branch version of " + provider, u, true), Map.of());
        done.add(
            "Recorded "
                + provider
                + " version "
                + version.number()
                + " on branch "
                + version.branch().get());
      }
      for (String tag : version.tags()) {
        URI u =
            client
                .link(
                    index,
                    VERSION_TAG,
                    Map.of("pacticipant", provider, "version", version.number(), "tag", tag))
                .orElseThrow(
                    () ->
                        new BrokerException(
                            "The Pact Broker at "
                                + config.url()
                                + " offers no "
                                + VERSION_TAG
                                + " link"));
        client.put(
            new HalClient.Endpoint(
                "tag " + tag + " of " + provider + " " + version.number(), u, true),
            Map.of());
        done.add("Tagged " + provider + " version " + version.number() + " with " + tag);
      }
    }
    for (PublishedResult r : results) {
      // Never repeated once it may have reached the Broker: a second POST records a second result.
      client.post(
          HalClient.Endpoint.write("verification results of " + r.pactName(), r.publishUrl()),
          body(version, r));
      published.accept(r);
      done.add(
          "Published "
              + (r.success() ? "successful" : "failed")
              + " verification of "
              + r.pactName()
              + " for "
              + provider
              + " version "
              + version.number());
    }
    return done;
  }

  private Map<String, Object> body(ProviderVersion version, PublishedResult r) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("success", r.success());
    body.put("providerApplicationVersion", version.number());
    version.buildUrl().ifPresent(u -> body.put("buildUrl", u));
    List<Map<String, Object>> tests = new ArrayList<>();
    for (PublishedResult.TestResult t : r.testResults()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("interactionId", t.interactionId());
      m.put("interactionDescription", t.interactionDescription());
      m.put("success", t.success());
      if (!t.mismatches().isEmpty()) {
        List<Map<String, Object>> ms = new ArrayList<>();
        for (PublishedResult.Mismatch mm : t.mismatches()) {
          Map<String, Object> x = new LinkedHashMap<>();
          x.put("attribute", mm.attribute());
          x.put("identifier", mm.identifier());
          x.put("description", mm.description());
          ms.add(x);
        }
        m.put("mismatches", ms);
      }
      tests.add(m);
    }
    body.put("testResults", tests);
    body.put(
        "verifiedBy", Map.of("implementation", IMPLEMENTATION, "version", implementationVersion));
    return body;
  }
}
