package io.pactcontainers.broker;

import com.fasterxml.jackson.databind.JsonNode;
import io.pactcontainers.model.Pact;
import io.pactcontainers.model.PactReader;
import io.pactcontainers.source.LoadedPact;
import io.pactcontainers.source.LoadedPacts;
import io.pactcontainers.source.Notice;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.source.Redact;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Pact Broker as a pact source: asks it, from its HAL index, which pacts to verify ({@code
 * pb:provider-pacts-for-verification}, falling back to {@code pb:latest-provider-pacts} on Brokers
 * without it), with the pending and WIP flags and the notices it gives.
 */
public final class BrokerSource implements PactSource.Dynamic {
  static final String FOR_VERIFICATION = "pb:provider-pacts-for-verification";
  static final String LATEST = "pb:latest-provider-pacts";
  static final String LATEST_WITH_TAG = "pb:latest-provider-pacts-with-tag";
  static final String PUBLISH = "pb:publish-verification-results";

  private final PactBroker config;
  private final PactReader reader = new PactReader();

  /**
   * @param config the Broker and which pacts to ask it for
   */
  public BrokerSource(PactBroker config) {
    this.config = config;
  }

  /**
   * The Broker this source asks.
   *
   * @return its configuration
   */
  public PactBroker config() {
    return config;
  }

  @Override
  public String describe() {
    return "Pact Broker " + Redact.userInfo(config.url());
  }

  /**
   * @throws BrokerException when a selector is one the Broker would reject (checked before calling
   *     it), or when the Broker cannot be used
   */
  @Override
  public LoadedPacts load(String provider) {
    for (int i = 0; i < config.selectors().size(); i++) {
      List<String> problems =
          config.selectors().get(i).problems(config.providerBranch().isPresent());
      if (!problems.isEmpty()) {
        throw new BrokerException(
            "Consumer version selector #"
                + (i + 1)
                + " "
                + config.selectors().get(i).toJson()
                + " would be rejected by the Pact Broker: "
                + String.join("; ", problems));
      }
    }
    HalClient client = new HalClient(config);
    JsonNode index = client.index();
    Optional<URI> forVerification =
        client.link(index, FOR_VERIFICATION, Map.of("provider", provider));
    try {
      return new LoadedPacts(
          forVerification.isPresent()
              ? forVerification(client, forVerification.get(), provider)
              : latest(client, index, provider),
          List.of(),
          List.of());
    } catch (BrokerException e) {
      if (e.status() != 404) {
        throw e;
      }
      // A real Broker answers 404 for a provider it has never heard of (pact_broker's ProviderPacts
      // resource: resource_exists? is false without the pacticipant): a new provider has no pacts
      // yet.
      return new LoadedPacts(
          List.of(),
          List.of(),
          List.of(),
          List.of(
              "the Pact Broker at "
                  + Redact.userInfo(config.url())
                  + " knows no provider \""
                  + provider
                  + "\" yet (HTTP 404): no consumer has published a pact with it"));
    }
  }

  private List<LoadedPact> forVerification(HalClient client, URI uri, String provider) {
    Map<String, Object> body = new LinkedHashMap<>();
    List<Map<String, Object>> selectors = new ArrayList<>();
    config.selectors().forEach(s -> selectors.add(s.toJson()));
    body.put("consumerVersionSelectors", selectors);
    config.providerBranch().ifPresent(b -> body.put("providerVersionBranch", b));
    if (!config.providerTags().isEmpty()) {
      body.put("providerVersionTags", config.providerTags());
    }
    body.put("includePendingStatus", config.includePending());
    config.includeWipPactsSince().ifPresent(d -> body.put("includeWipPactsSince", d));
    // The POST only reads (the Broker's own read_methods say so): it may be repeated.
    HalClient.Endpoint endpoint =
        HalClient.Endpoint.read("pacts for verification of provider \"" + provider + "\"", uri);
    JsonNode response = client.post(endpoint, body);
    JsonNode pacts = response.path("_embedded").path("pacts");
    if (!pacts.isArray()) {
      throw new BrokerException(
          "The Pact Broker's answer from "
              + Redact.userInfo(uri)
              + " has no _embedded.pacts array; is this a Pact Broker?");
    }
    List<LoadedPact> out = new ArrayList<>();
    for (JsonNode p : pacts) {
      JsonNode props = p.path("verificationProperties");
      List<Notice> notices = new ArrayList<>();
      for (JsonNode n : props.path("notices")) {
        notices.add(new Notice(n.path("when").asText(""), n.path("text").asText()));
      }
      URI self =
          client
              .link(p, "self", Map.of())
              .orElseThrow(
                  () ->
                      new BrokerException(
                          "A pact in the Broker's answer from "
                              + Redact.userInfo(uri)
                              + " has no _links.self.href; is this a Pact Broker?"));
      String name = p.path("_links").path("self").path("name").asText("pact at " + self);
      out.add(
          fetch(
              client,
              self,
              name,
              props.path("pending").asBoolean(false),
              props.path("wip").asBoolean(false),
              p.path("shortDescription").asText(""),
              notices));
    }
    return out;
  }

  private List<LoadedPact> latest(HalClient client, JsonNode index, String provider) {
    String tag =
        config.selectors().stream()
            .map(ConsumerVersionSelector::tag)
            .filter(t -> t != null)
            .findFirst()
            .orElse(null);
    Optional<URI> uri =
        tag != null
            ? client.link(index, LATEST_WITH_TAG, Map.of("provider", provider, "tag", tag))
            : client.link(index, LATEST, Map.of("provider", provider));
    if (uri.isEmpty()) {
      throw new BrokerException(
          "The Pact Broker at "
              + config.url()
              + " offers neither "
              + FOR_VERIFICATION
              + " nor "
              + (tag != null ? LATEST_WITH_TAG : LATEST)
              + " in its index; check that the URL is the Broker's base URL");
    }
    JsonNode list =
        client.get(
            HalClient.Endpoint.read("latest pacts of provider \"" + provider + "\"", uri.get()));
    List<LoadedPact> out = new ArrayList<>();
    for (JsonNode l : list.path("_links").path("pb:pacts")) {
      if (!l.path("href").isTextual()) {
        continue;
      }
      URI href = config.url().resolve(l.get("href").textValue());
      out.add(
          fetch(
              client,
              href,
              l.path("title").asText(l.path("name").asText("pact")),
              false,
              false,
              tag != null ? "latest with tag " + tag : "latest",
              List.of()));
    }
    return out;
  }

  private LoadedPact fetch(
      HalClient client,
      URI uri,
      String name,
      boolean pending,
      boolean wip,
      String reason,
      List<Notice> notices) {
    JsonNode json;
    try {
      json = client.get(HalClient.Endpoint.read(name, uri));
    } catch (BrokerException e) {
      if (e.status() == 404) {
        // Not the provider's 404: the Broker listed this pact a moment ago. Say so, not "no pacts".
        throw new BrokerException(
            "The Pact Broker listed "
                + name
                + " but answered HTTP 404 for it at "
                + Redact.userInfo(uri)
                + "; it was deleted while we read it, run again",
            0,
            e);
      }
      throw e;
    }
    Pact pact = reader.read(json.toString().getBytes(StandardCharsets.UTF_8), Redact.userInfo(uri));
    String version = json.path("_links").path("pb:consumer-version").path("name").asText("");
    return new LoadedPact(
        pact,
        pending,
        wip,
        reason,
        notices,
        client.link(json, PUBLISH, Map.of()),
        0,
        version.isBlank() ? Optional.empty() : Optional.of(version));
  }
}
