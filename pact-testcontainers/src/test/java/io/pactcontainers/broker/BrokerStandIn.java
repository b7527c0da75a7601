package io.pactcontainers.broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the Pact Broker, for tests: no real Broker can run on our machines. It keeps
 * consumer versions (branch, tags, deployments, releases) with their pacts, and answers the
 * endpoints the verifier uses with the Broker's own shapes, field for field. Sources, per endpoint:
 *
 * <ul>
 *   <li>index: docs.pact.io/pact_broker/api (the HAL index and its {@code pb:} relations; {@code
 *       curies} as the Broker renders them)
 *   <li>{@code POST /pacts/provider/{p}/for-verification}: docs.pact.io "Pacts for verification"
 *       (request fields, {@code _embedded.pacts[].verificationProperties.{pending,wip,notices}},
 *       {@code shortDescription}); selectors as in "Consumer version selectors"; pending as in
 *       "Pending pacts" (pending until a successful verification from the provider's branch); WIP
 *       as in "Work in progress pacts"
 *   <li>{@code GET /pacts/provider/{p}/latest[/{tag}]}: the Broker's "latest pacts" resource with
 *       {@code _links.pb:pacts[]}
 *   <li>pact resources: the pact JSON with {@code _links.pb:publish-verification-results}, and
 *       {@code _id} on each interaction, as the Broker adds them
 *   <li>{@code POST .../verification-results}: docs.pact.io "Publishing verification results"
 *       (201 with the verification resource)
 *   <li>{@code PUT /pacticipants/{p}/branches/{b}/versions/{v}} and {@code
 *       PUT /pacticipants/{p}/versions/{v}/tags/{t}}: the Broker's branch-version and tag resources
 *   <li>{@code GET /can-i-deploy}: docs.pact.io "Can I Deploy" ({@code summary.deployable},
 *       {@code summary.reason}, {@code matrix[]})
 * </ul>
 */
public final class BrokerStandIn implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A consumer version and the pact it published for a provider. */
  public record ConsumerVersion(String consumer, String number, String branch, List<String> tags,
      List<String> deployedTo, List<String> releasedIn, String provider, String pactJson, Instant createdAt) {}

  /** A verification result as received. */
  public record Recorded(String consumer, String sha, JsonNode body) {}

  private final HttpServer server;
  private final List<ConsumerVersion> versions = Collections.synchronizedList(new ArrayList<>());
  private final List<Recorded> verifications = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, String> providerVersionBranches = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, Set<String>> providerVersionTags = Collections.synchronizedMap(new LinkedHashMap<>());
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private volatile Optional<String> requiredAuthorization = Optional.empty();
  private volatile boolean forVerificationSupported = true;
  private volatile int failuresBeforeAnswering;
  private volatile boolean publishingFails;
  private final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);

  /** Blocks until {@code POST /_standin/shutdown}. */
  public void awaitShutdown() throws InterruptedException {
    stopped.await();
  }

  public BrokerStandIn() throws IOException {
    this(0);
  }

  public BrokerStandIn(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public BrokerStandIn requireAuthorization(String headerValue) {
    requiredAuthorization = Optional.of(headerValue);
    return this;
  }

  /** Behaves like a Broker older than 2.53: no pb:provider-pacts-for-verification. */
  public BrokerStandIn withoutPactsForVerification() {
    forVerificationSupported = false;
    return this;
  }

  /** Answers every verification result with 500, as a Broker with a broken database would. */
  public BrokerStandIn failPublishing() {
    publishingFails = true;
    return this;
  }

  /** Answers the next requests with 503, as a Broker behind a restarting proxy would. */
  public BrokerStandIn failNext(int times) {
    failuresBeforeAnswering = times;
    return this;
  }

  public BrokerStandIn publish(ConsumerVersion v) {
    versions.add(v);
    return this;
  }

  public BrokerStandIn publish(String consumer, String version, String branch, String provider, String pactJson) {
    return publish(new ConsumerVersion(consumer, version, branch, List.of(), List.of(), List.of(), provider, pactJson, Instant.now()));
  }

  public List<Recorded> verifications() {
    return List.copyOf(verifications);
  }

  public List<String> requests() {
    return List.copyOf(requests);
  }

  public Map<String, String> providerVersionBranches() {
    return Map.copyOf(providerVersionBranches);
  }

  public Map<String, Set<String>> providerVersionTags() {
    return Map.copyOf(providerVersionTags);
  }

  @Override
  public void close() {
    server.stop(0);
    stopped.countDown();
  }

  private void handle(HttpExchange ex) throws IOException {
    try {
      String method = ex.getRequestMethod();
      String path = ex.getRequestURI().getRawPath();
      if (!ex.getRequestURI().getPath().startsWith("/_standin/")) {
        requests.add(method + " " + ex.getRequestURI());
      }
      if (failuresBeforeAnswering > 0) {
        failuresBeforeAnswering--;
        send(ex, 503, MAPPER.createObjectNode().put("error", "Service Unavailable"));
        return;
      }
      if (requiredAuthorization.isPresent() && !ex.getRequestURI().getPath().startsWith("/_standin/")
          && !requiredAuthorization.get().equals(ex.getRequestHeaders().getFirst("Authorization"))) {
        send(ex, 401, MAPPER.createObjectNode().put("error", "Unauthorized"));
        return;
      }
      byte[] body = ex.getRequestBody().readAllBytes();
      Matcher m;
      if (path.startsWith("/_standin/")) {
        admin(ex, method, path);
      } else if (method.equals("GET") && path.equals("/")) {
        send(ex, 200, index());
      } else if (method.equals("POST") && (m = match("/pacts/provider/([^/]+)/for-verification", path)) != null && forVerificationSupported) {
        send(ex, 200, forVerification(dec(m.group(1)), MAPPER.readTree(body)));
      } else if (method.equals("GET") && (m = match("/pacts/provider/([^/]+)/latest(?:/([^/]+))?", path)) != null) {
        send(ex, 200, latest(dec(m.group(1)), m.group(2) == null ? null : dec(m.group(2))));
      } else if (method.equals("GET") && (m = match("/pacts/provider/([^/]+)/consumer/([^/]+)/pact-version/([0-9a-f]+)(?:/metadata/[^/]+)?", path)) != null) {
        String wanted = m.group(3);
        sendPact(ex, dec(m.group(1)), dec(m.group(2)), v -> sha(v.pactJson()).equals(wanted));
      } else if (method.equals("GET") && (m = match("/pacts/provider/([^/]+)/consumer/([^/]+)/version/([^/]+)", path)) != null) {
        String number = dec(m.group(3));
        sendPact(ex, dec(m.group(1)), dec(m.group(2)), v -> v.number().equals(number));
      } else if (method.equals("POST") && (m = match("/pacts/provider/([^/]+)/consumer/([^/]+)/pact-version/([0-9a-f]+)(?:/metadata/[^/]+)?/verification-results", path)) != null) {
        if (publishingFails) {
          send(ex, 500, MAPPER.createObjectNode().put("error", "PG::ConnectionBad"));
          return;
        }
        JsonNode json = MAPPER.readTree(body);
        verifications.add(new Recorded(dec(m.group(2)), m.group(3), json));
        ObjectNode created = ((ObjectNode) json.deepCopy()).put("verifiedAt", Instant.now().toString());
        created.putObject("_links").putObject("self").put("href", url() + path + "/" + verifications.size());
        send(ex, 201, created);
      } else if (method.equals("PUT") && (m = match("/pacticipants/([^/]+)/branches/([^/]+)/versions/([^/]+)", path)) != null) {
        providerVersionBranches.put(dec(m.group(1)) + "@" + dec(m.group(3)), dec(m.group(2)));
        ObjectNode v = MAPPER.createObjectNode().put("number", dec(m.group(3)));
        v.putObject("_links").putObject("self").put("href", url() + path);
        send(ex, 201, v);
      } else if (method.equals("PUT") && (m = match("/pacticipants/([^/]+)/versions/([^/]+)/tags/([^/]+)", path)) != null) {
        providerVersionTags.computeIfAbsent(dec(m.group(1)) + "@" + dec(m.group(2)), k -> new LinkedHashSet<>()).add(dec(m.group(3)));
        ObjectNode t = MAPPER.createObjectNode().put("name", dec(m.group(3)));
        t.putObject("_links").putObject("self").put("href", url() + path);
        send(ex, 201, t);
      } else if (method.equals("GET") && path.equals("/can-i-deploy")) {
        send(ex, 200, canIDeploy(query(ex.getRequestURI().getRawQuery())));
      } else {
        send(ex, 404, MAPPER.createObjectNode().put("error", "The requested document was not found on this server."));
      }
    } catch (RuntimeException e) {
      send(ex, 500, MAPPER.createObjectNode().put("error", e.toString()));
    }
  }

  /** For tests in other processes (the invoker builds): what was recorded, and a way to stop. */
  private void admin(HttpExchange ex, String method, String path) throws IOException {
    if (path.equals("/_standin/verifications")) {
      ArrayNode out = MAPPER.createArrayNode();
      for (Recorded r : verifications()) {
        out.addObject().put("consumer", r.consumer()).put("sha", r.sha()).set("body", r.body());
      }
      send(ex, 200, out);
    } else if (path.equals("/_standin/branches")) {
      send(ex, 200, MAPPER.valueToTree(providerVersionBranches()));
    } else if (path.equals("/_standin/requests")) {
      send(ex, 200, MAPPER.valueToTree(requests()));
    } else if (method.equals("POST") && path.equals("/_standin/shutdown")) {
      send(ex, 200, MAPPER.createObjectNode().put("stopping", true));
      new Thread(() -> {
        server.stop(0);
        stopped.countDown();
      }).start();
    } else {
      send(ex, 404, MAPPER.createObjectNode().put("error", "unknown stand-in endpoint"));
    }
  }

  private ObjectNode index() {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode links = root.putObject("_links");
    link(links, "self", url().toString(), "Index", false);
    if (forVerificationSupported) {
      link(links, "pb:provider-pacts-for-verification", url() + "/pacts/provider/{provider}/for-verification",
          "Pact versions to be verified for the specified provider", true);
    }
    link(links, "pb:latest-provider-pacts", url() + "/pacts/provider/{provider}/latest",
        "Latest pacts by provider", true);
    link(links, "pb:latest-provider-pacts-with-tag", url() + "/pacts/provider/{provider}/latest/{tag}",
        "Latest pacts by provider with the specified tag", true);
    link(links, "pb:pacticipant-version", url() + "/pacticipants/{pacticipant}/versions/{version}",
        "Get, create or delete a pacticipant version", true);
    link(links, "pb:pacticipant-version-tag", url() + "/pacticipants/{pacticipant}/versions/{version}/tags/{tag}",
        "Get, create or delete a tag for a pacticipant version", true);
    link(links, "pb:pacticipant-branch-version", url() + "/pacticipants/{pacticipant}/branches/{branch}/versions/{version}",
        "Get or add/create a pacticipant version for a branch", true);
    link(links, "pb:can-i-deploy-pacticipant-version-to-environment",
        url() + "/can-i-deploy?pacticipant={pacticipant}&version={version}&environment={environment}",
        "Determine if an application version can be safely deployed to an environment", true);
    ArrayNode curies = links.putArray("curies");
    curies.addObject().put("name", "pb").put("href", url() + "/doc/{rel}?context=index").put("templated", true);
    return root;
  }

  private static void link(ObjectNode links, String rel, String href, String title, boolean templated) {
    ObjectNode l = links.putObject(rel).put("href", href).put("title", title);
    if (templated) {
      l.put("templated", true);
    }
  }

  /** A selected pact: the version and why it was picked. */
  private record Selected(ConsumerVersion version, List<String> reasons, boolean wip) {}

  private ObjectNode forVerification(String provider, JsonNode request) {
    List<ConsumerVersionSelector> selectors = new ArrayList<>();
    for (JsonNode s : request.path("consumerVersionSelectors")) {
      selectors.add(ConsumerVersionSelector.fromJson(s, "consumerVersionSelectors"));
    }
    if (selectors.isEmpty()) {
      selectors = List.of(ConsumerVersionSelector.onMainBranch(), ConsumerVersionSelector.anyDeployedOrReleased());
    }
    String providerBranch = request.path("providerVersionBranch").asText(null);
    List<String> providerTags = new ArrayList<>();
    request.path("providerVersionTags").forEach(t -> providerTags.add(t.asText()));
    boolean includePending = request.path("includePendingStatus").asBoolean(false);
    Map<String, Selected> bySha = new LinkedHashMap<>();
    for (ConsumerVersionSelector s : selectors) {
      for (ConsumerVersion v : select(provider, s, providerBranch)) {
        String sha = sha(v.pactJson());
        Selected prev = bySha.get(sha);
        List<String> reasons = new ArrayList<>(prev == null ? List.of() : prev.reasons());
        reasons.add(describe(s, v));
        bySha.put(sha, new Selected(v, reasons, false));
      }
    }
    String wipSince = request.path("includeWipPactsSince").asText(null);
    if (wipSince != null && includePending) {
      Instant since = Instant.parse(wipSince.length() == 10 ? wipSince + "T00:00:00Z" : wipSince);
      for (ConsumerVersion v : versions) {
        String sha = sha(v.pactJson());
        if (v.provider().equals(provider) && !bySha.containsKey(sha) && v.createdAt().isAfter(since)
            && isPending(provider, sha, providerBranch, providerTags)) {
          bySha.put(sha, new Selected(v, List.of("work in progress, published after " + wipSince), true));
        }
      }
    }
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode pacts = root.putObject("_embedded").putArray("pacts");
    for (Map.Entry<String, Selected> e : bySha.entrySet()) {
      Selected sel = e.getValue();
      ConsumerVersion v = sel.version();
      boolean pending = includePending && isPending(provider, e.getKey(), providerBranch, providerTags);
      ObjectNode p = pacts.addObject();
      p.put("shortDescription", String.join(", ", sel.reasons()));
      ObjectNode props = p.putObject("verificationProperties");
      if (includePending) {
        props.put("pending", pending);
      }
      if (sel.wip()) {
        props.put("wip", true);
      }
      ArrayNode notices = props.putArray("notices");
      notices.addObject().put("when", "before_verification").put("text", "The pact at " + pactUrl(v) + " is being verified because "
          + "the pact content belongs to the consumer version matching the following criterion: " + String.join(", ", sel.reasons()));
      if (pending) {
        notices.addObject().put("when", "before_verification").put("text", "This pact is in pending state for this version of "
            + provider + " because a successful verification result for " + (providerBranch == null ? "it" : "a version of "
            + provider + " from branch '" + providerBranch + "'") + " has not yet been published. If this verification fails, "
            + "it will not cause the overall build to fail.");
      }
      p.putObject("_links").putObject("self").put("href", pactUrl(v)).put("name", "Pact between " + v.consumer()
          + " (" + v.number() + ") and " + provider);
    }
    root.putObject("_links").putObject("self").put("href", url() + "/pacts/provider/" + enc(provider) + "/for-verification")
        .put("title", "Pacts to be verified");
    return root;
  }

  private List<ConsumerVersion> select(String provider, ConsumerVersionSelector s, String providerBranch) {
    List<ConsumerVersion> candidates = new ArrayList<>();
    for (ConsumerVersion v : versions) {
      if (v.provider().equals(provider) && (s.consumer() == null || s.consumer().equals(v.consumer()))) {
        candidates.add(v);
      }
    }
    List<ConsumerVersion> out = new ArrayList<>();
    if (Boolean.TRUE.equals(s.mainBranch())) {
      out.addAll(latestPerConsumer(candidates, v -> "main".equals(v.branch())));
    } else if (s.branch() != null) {
      List<ConsumerVersion> found = latestPerConsumer(candidates, v -> s.branch().equals(v.branch()));
      out.addAll(found.isEmpty() && s.fallbackBranch() != null
          ? latestPerConsumer(candidates, v -> s.fallbackBranch().equals(v.branch())) : found);
    } else if (Boolean.TRUE.equals(s.matchingBranch())) {
      out.addAll(latestPerConsumer(candidates, v -> providerBranch != null && providerBranch.equals(v.branch())));
    } else if (s.tag() != null) {
      java.util.function.Predicate<ConsumerVersion> tagged = v -> v.tags().contains(s.tag());
      List<ConsumerVersion> found = Boolean.TRUE.equals(s.latest()) ? latestPerConsumer(candidates, tagged)
          : candidates.stream().filter(tagged).toList();
      out.addAll(found.isEmpty() && s.fallbackTag() != null
          ? latestPerConsumer(candidates, v -> v.tags().contains(s.fallbackTag())) : found);
    } else if (Boolean.TRUE.equals(s.deployed()) || Boolean.TRUE.equals(s.released()) || Boolean.TRUE.equals(s.deployedOrReleased())
        || s.environment() != null) {
      boolean deployed = Boolean.TRUE.equals(s.deployed()) || Boolean.TRUE.equals(s.deployedOrReleased())
          || s.deployed() == null && s.released() == null;
      boolean released = Boolean.TRUE.equals(s.released()) || Boolean.TRUE.equals(s.deployedOrReleased())
          || s.deployed() == null && s.released() == null;
      for (ConsumerVersion v : candidates) {
        boolean d = deployed && (s.environment() == null ? !v.deployedTo().isEmpty() : v.deployedTo().contains(s.environment()));
        boolean r = released && (s.environment() == null ? !v.releasedIn().isEmpty() : v.releasedIn().contains(s.environment()));
        if (d || r) {
          out.add(v);
        }
      }
    } else if (Boolean.TRUE.equals(s.latest()) || s.consumer() != null) {
      out.addAll(latestPerConsumer(candidates, v -> true));
    }
    return out;
  }

  private static List<ConsumerVersion> latestPerConsumer(List<ConsumerVersion> candidates,
      java.util.function.Predicate<ConsumerVersion> filter) {
    Map<String, ConsumerVersion> latest = new LinkedHashMap<>();
    for (ConsumerVersion v : candidates) {
      if (filter.test(v)) {
        latest.put(v.consumer(), v); // published in order: the last one is the latest
      }
    }
    return new ArrayList<>(latest.values());
  }

  private static String describe(ConsumerVersionSelector s, ConsumerVersion v) {
    if (Boolean.TRUE.equals(s.mainBranch())) {
      return "latest version of " + v.consumer() + " from the main branch 'main' (" + v.number() + ")";
    }
    if (s.branch() != null || Boolean.TRUE.equals(s.matchingBranch())) {
      return "latest version of " + v.consumer() + " from branch '" + v.branch() + "' (" + v.number() + ")";
    }
    if (s.tag() != null) {
      return (Boolean.TRUE.equals(s.latest()) ? "latest version tagged '" : "all versions tagged '") + s.tag() + "' (" + v.number() + ")";
    }
    if (!v.deployedTo().isEmpty() || !v.releasedIn().isEmpty()) {
      return "version(s) deployed or released (" + v.number() + ")";
    }
    return "latest version of " + v.consumer() + " (" + v.number() + ")";
  }

  /** Pending until a successful verification from the provider's branch (or tags) exists. */
  private boolean isPending(String provider, String sha, String branch, List<String> tags) {
    for (Recorded r : verifications) {
      if (!r.sha().equals(sha) || !r.body().path("success").asBoolean()) {
        continue;
      }
      String key = provider + "@" + r.body().path("providerApplicationVersion").asText();
      if (branch == null && tags.isEmpty()) {
        return false;
      }
      if (branch != null && branch.equals(providerVersionBranches.get(key))) {
        return false;
      }
      Set<String> t = providerVersionTags.getOrDefault(key, Set.of());
      if (tags.stream().anyMatch(t::contains)) {
        return false;
      }
    }
    return true;
  }

  private ObjectNode latest(String provider, String tag) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode links = root.putObject("_links");
    links.putObject("self").put("href", url() + "/pacts/provider/" + enc(provider) + "/latest" + (tag == null ? "" : "/" + enc(tag)));
    links.putObject("pb:provider").put("href", url() + "/pacticipants/" + enc(provider)).put("name", provider);
    ArrayNode pacts = links.putArray("pb:pacts");
    List<ConsumerVersion> candidates = versions.stream().filter(v -> v.provider().equals(provider)).toList();
    for (ConsumerVersion v : latestPerConsumer(candidates, v -> tag == null || v.tags().contains(tag))) {
      pacts.addObject().put("href", url() + "/pacts/provider/" + enc(provider) + "/consumer/" + enc(v.consumer()) + "/version/" + enc(v.number()))
          .put("title", "Pact between " + v.consumer() + " (" + v.number() + ") and " + provider).put("name", v.consumer());
    }
    return root;
  }

  private void sendPact(HttpExchange ex, String provider, String consumer,
      java.util.function.Predicate<ConsumerVersion> which) throws IOException {
    ConsumerVersion found = null;
    for (ConsumerVersion v : versions) {
      if (v.provider().equals(provider) && v.consumer().equals(consumer) && which.test(v)) {
        found = v;
      }
    }
    if (found == null) {
      send(ex, 404, MAPPER.createObjectNode().put("error", "The requested document was not found on this server."));
      return;
    }
    ObjectNode pact = (ObjectNode) MAPPER.readTree(found.pactJson());
    int i = 0;
    for (JsonNode interaction : pact.path("interactions")) {
      if (interaction instanceof ObjectNode o && !o.has("_id")) {
        o.put("_id", sha(found.pactJson() + i++).substring(0, 40));
      }
    }
    ObjectNode links = pact.putObject("_links");
    links.putObject("self").put("href", pactUrl(found)).put("title", "Pact").put("name", "Pact between " + consumer
        + " (" + found.number() + ") and " + provider);
    links.putObject("pb:consumer").put("href", url() + "/pacticipants/" + enc(consumer)).put("name", consumer);
    links.putObject("pb:provider").put("href", url() + "/pacticipants/" + enc(provider)).put("name", provider);
    links.putObject("pb:publish-verification-results").put("title", "Publish verification results")
        .put("href", pactUrl(found) + "/verification-results");
    send(ex, 200, pact);
  }

  private ObjectNode canIDeploy(Map<String, String> q) {
    String pacticipant = q.get("pacticipant");
    String version = q.get("version");
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode matrix = root.putArray("matrix");
    int success = 0;
    int failed = 0;
    int unknown = 0;
    for (ConsumerVersion v : versions) {
      if (!(v.consumer().equals(pacticipant) && v.number().equals(version))) {
        continue;
      }
      ObjectNode row = matrix.addObject();
      row.putObject("consumer").put("name", v.consumer()).putObject("version").put("number", v.number());
      ObjectNode provider = row.putObject("provider").put("name", v.provider());
      Recorded last = null;
      for (Recorded r : verifications) {
        if (r.sha().equals(sha(v.pactJson()))) {
          last = r;
        }
      }
      if (last == null) {
        provider.putNull("version");
        row.putNull("verificationResult");
        unknown++;
      } else {
        provider.putObject("version").put("number", last.body().path("providerApplicationVersion").asText());
        row.putObject("verificationResult").put("success", last.body().path("success").asBoolean());
        if (last.body().path("success").asBoolean()) {
          success++;
        } else {
          failed++;
        }
      }
    }
    ObjectNode summary = root.putObject("summary");
    if (unknown > 0) {
      summary.putNull("deployable");
      summary.put("reason", "There is no verified pact between the version of " + pacticipant + " and the versions it depends on in "
          + q.get("environment"));
    } else {
      summary.put("deployable", failed == 0);
      summary.put("reason", failed == 0 ? "All required verification results are published and successful"
          : "One or more verifications have failed");
    }
    summary.put("success", success).put("failed", failed).put("unknown", unknown);
    return root;
  }

  private String pactUrl(ConsumerVersion v) {
    return url() + "/pacts/provider/" + enc(v.provider()) + "/consumer/" + enc(v.consumer()) + "/pact-version/" + sha(v.pactJson())
        + "/metadata/" + HexFormat.of().formatHex(v.number().getBytes(StandardCharsets.UTF_8));
  }

  private static Matcher match(String regex, String path) {
    Matcher m = Pattern.compile(regex).matcher(path);
    return m.matches() ? m : null;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> q = new LinkedHashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          q.put(dec(pair.substring(0, eq)), dec(pair.substring(eq + 1)));
        }
      }
    }
    return q;
  }

  static String sha(String content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String dec(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
    byte[] bytes = MAPPER.writeValueAsBytes(body);
    ex.getResponseHeaders().add("Content-Type", "application/hal+json;charset=utf-8");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }
}
