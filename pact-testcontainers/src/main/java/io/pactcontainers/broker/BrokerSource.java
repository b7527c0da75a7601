package io.pactcontainers.broker;

import com.fasterxml.jackson.databind.JsonNode;
import io.pactcontainers.model.Pact;
import io.pactcontainers.model.PactReader;
import io.pactcontainers.source.LoadedPact;
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
 * The Pact Broker as a pact source: asks it, from its HAL index, which pacts to verify
 * ({@code pb:provider-pacts-for-verification}, falling back to {@code pb:latest-provider-pacts}
 * on Brokers without it), with the pending and WIP flags and the notices it gives.
 */
public final class BrokerSource implements PactSource.Dynamic {
  static final String FOR_VERIFICATION = "pb:provider-pacts-for-verification";
  static final String LATEST = "pb:latest-provider-pacts";
  static final String LATEST_WITH_TAG = "pb:latest-provider-pacts-with-tag";
  static final String PUBLISH = "pb:publish-verification-results";

  private final BrokerConfig config;
  private final PactReader reader = new PactReader();

  public BrokerSource(BrokerConfig config) {
    this.config = config;
  }

  public BrokerConfig config() {
    return config;
  }

  @Override
  public String describe() {
    return "Pact Broker " + Redact.userInfo(config.url());
  }

  @Override
  public List<LoadedPact> load(String provider) {
    HalClient client = new HalClient(config);
    JsonNode index = client.index();
    Optional<URI> forVerification = client.link(index, FOR_VERIFICATION, Map.of("provider", provider));
    if (forVerification.isPresent()) {
      return forVerification(client, forVerification.get(), provider);
    }
    return latest(client, index, provider);
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
    HalClient.Endpoint endpoint = new HalClient.Endpoint("pacts for verification of provider \"" + provider + "\"", uri);
    JsonNode response = client.post(endpoint, body);
    JsonNode pacts = response.path("_embedded").path("pacts");
    if (!pacts.isArray()) {
      throw new BrokerException("The Pact Broker's answer from " + Redact.userInfo(uri)
          + " has no _embedded.pacts array; is this a Pact Broker?");
    }
    List<LoadedPact> out = new ArrayList<>();
    for (JsonNode p : pacts) {
      JsonNode props = p.path("verificationProperties");
      List<String> notices = new ArrayList<>();
      for (JsonNode n : props.path("notices")) {
        String when = n.path("when").asText("");
        if (when.isEmpty() || when.startsWith("before_verification")) {
          notices.add(n.path("text").asText());
        }
      }
      URI self = client.link(p, "self", Map.of()).orElseThrow(() -> new BrokerException(
          "A pact in the Broker's answer from " + Redact.userInfo(uri) + " has no _links.self.href; is this a Pact Broker?"));
      String name = p.path("_links").path("self").path("name").asText("pact at " + self);
      out.add(fetch(client, self, name, props.path("pending").asBoolean(false), props.path("wip").asBoolean(false),
          p.path("shortDescription").asText(""), notices));
    }
    return out;
  }

  private List<LoadedPact> latest(HalClient client, JsonNode index, String provider) {
    String tag = config.selectors().stream().map(ConsumerVersionSelector::tag).filter(t -> t != null).findFirst().orElse(null);
    Optional<URI> uri = tag != null
        ? client.link(index, LATEST_WITH_TAG, Map.of("provider", provider, "tag", tag))
        : client.link(index, LATEST, Map.of("provider", provider));
    if (uri.isEmpty()) {
      throw new BrokerException("The Pact Broker at " + Redact.userInfo(config.url()) + " offers neither " + FOR_VERIFICATION
          + " nor " + (tag != null ? LATEST_WITH_TAG : LATEST) + " in its index; check that the URL is the Broker's base URL");
    }
    JsonNode list = client.get(new HalClient.Endpoint("latest pacts of provider \"" + provider + "\"", uri.get()));
    List<LoadedPact> out = new ArrayList<>();
    for (JsonNode l : list.path("_links").path("pb:pacts")) {
      if (!l.path("href").isTextual()) {
        continue;
      }
      URI href = config.url().resolve(l.get("href").textValue());
      out.add(fetch(client, href, l.path("title").asText(l.path("name").asText("pact")), false, false,
          tag != null ? "latest with tag " + tag : "latest", List.of()));
    }
    return out;
  }

  private LoadedPact fetch(HalClient client, URI uri, String name, boolean pending, boolean wip, String reason,
      List<String> notices) {
    JsonNode json = client.get(new HalClient.Endpoint(name, uri));
    Pact pact = reader.read(json.toString().getBytes(StandardCharsets.UTF_8), Redact.userInfo(uri));
    return new LoadedPact(pact, pending, wip, reason, notices, client.link(json, PUBLISH, Map.of()));
  }
}
