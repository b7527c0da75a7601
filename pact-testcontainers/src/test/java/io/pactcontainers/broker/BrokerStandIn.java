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
 *   <li>{@code POST .../verification-results}: docs.pact.io "Publishing verification results" (201
 *       with the verification resource)
 *   <li>{@code PUT /pacticipants/{p}/branches/{b}/versions/{v}} and {@code PUT
 *       /pacticipants/{p}/versions/{v}/tags/{t}}: the Broker's branch-version and tag resources
 *   <li>{@code GET /can-i-deploy}: docs.pact.io "Can I Deploy" ({@code summary.deployable}, {@code
 *       summary.reason}, {@code matrix[]})
 *   <li>environments, deployed and released versions: {@link StandInEnvironments}
 *   <li>pacticipants and their latest versions: {@link StandInPacticipants}
 * </ul>
 */
public final class BrokerStandIn implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A consumer version and the pact it published for a provider. */
  public record ConsumerVersion(
      String consumer,
      String number,
      String branch,
      List<String> tags,
      List<String> deployedTo,
      List<String> releasedIn,
      String provider,
      String pactJson,
      Instant createdAt) {}

  /** A verification result as received. */
  public record Recorded(String consumer, String sha, JsonNode body) {}

  private final HttpServer server;
  private final List<ConsumerVersion> versions = Collections.synchronizedList(new ArrayList<>());
  private final List<Recorded> verifications = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, String> providerVersionBranches =
      Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, Set<String>> providerVersionTags =
      Collections.synchronizedMap(new LinkedHashMap<>());
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private volatile Optional<String> requiredAuthorization = Optional.empty();
  private volatile URI baseUrl;
  private volatile String authorizationHeaderName = "Authorization";
  private volatile boolean forVerificationSupported = true;
  private volatile int failuresBeforeAnswering;
  private volatile boolean publishingFails;
  private final Map<String, String> environments =
      Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, Set<String>> recordedEnvironments =
      Collections.synchronizedMap(new LinkedHashMap<>());
  private final List<String> deployments = Collections.synchronizedList(new ArrayList<>());
  private final StandInEnvironments deployed =
      new StandInEnvironments(environments, () -> url().toString());
  private final StandInPacticipants pacticipantResources = new StandInPacticipants(this);
  private final List<Instant> requestTimes = Collections.synchronizedList(new ArrayList<>());
  private volatile int rateLimitedRequests;
  private volatile String retryAfter = "1";
  private volatile long publishDelayMillis;
  private volatile boolean echoCredentials;
  private final java.util.concurrent.CountDownLatch stopped =
      new java.util.concurrent.CountDownLatch(1);

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
    return baseUrl != null ? baseUrl : localUrl();
  }

  /** Where the stand-in itself listens, when a gateway stands in front of it. */
  public URI directUrl() {
    return localUrl();
  }

  /** Where it listens, whatever its links say. */
  public URI localUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /**
   * Serves behind a gateway: its links name the gateway's URL.
   *
   * @param gateway the URL clients call, e.g. a {@code MutualTlsGateway}'s
   */
  public BrokerStandIn behind(URI gateway) {
    return withBaseUrl(gateway);
  }

  /**
   * Writes its links under this URL (as the Broker's {@code PACT_BROKER_BASE_URL}), one that
   * resolves only through a proxy, say.
   */
  public BrokerStandIn withBaseUrl(URI base) {
    String s = base.toString();
    baseUrl = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    return this;
  }

  public BrokerStandIn requireAuthorization(String headerValue) {
    requiredAuthorization = Optional.of(headerValue);
    return this;
  }

  /**
   * Requires the credential in another header (an API gateway's {@code X-Api-Key}) instead of
   * Authorization.
   */
  public BrokerStandIn requireHeader(String name, String value) {
    authorizationHeaderName = name;
    requiredAuthorization = Optional.of(value);
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
    v.deployedTo().forEach(this::withEnvironment);
    v.releasedIn().forEach(this::withEnvironment);
    return this;
  }

  /**
   * Creates an environment (pact-broker create-environment); deployments can then be recorded to
   * it.
   */
  public BrokerStandIn withEnvironment(String name) {
    environments.computeIfAbsent(
        name, n -> java.util.UUID.nameUUIDFromBytes(n.getBytes(StandardCharsets.UTF_8)).toString());
    return this;
  }

  /** Answers the next requests with 429 and this Retry-After, as a rate-limited PactFlow would. */
  public BrokerStandIn rateLimitNext(int times, String retryAfterValue) {
    rateLimitedRequests = times;
    retryAfter = retryAfterValue;
    return this;
  }

  /**
   * Records each verification result, then takes this long to answer: a Broker slower than the
   * client's timeout.
   */
  public BrokerStandIn delayPublishing(java.time.Duration delay) {
    publishDelayMillis = delay.toMillis();
    return this;
  }

  /**
   * Error answers repeat the request's credentials, as some proxies and misconfigured Brokers do.
   */
  public BrokerStandIn echoCredentialsInErrors() {
    echoCredentials = true;
    return this;
  }

  /** When each request of {@link #requests()} arrived. */
  public List<Instant> requestTimes() {
    return List.copyOf(requestTimes);
  }

  /**
   * Deployments and releases recorded, as "pacticipant version deployed|released environment
   * [instance]".
   */
  public List<String> deployments() {
    return List.copyOf(deployments);
  }

  public BrokerStandIn publish(
      String consumer, String version, String branch, String provider, String pactJson) {
    return publish(
        new ConsumerVersion(
            consumer,
            version,
            branch,
            List.of(),
            List.of(),
            List.of(),
            provider,
            pactJson,
            Instant.now()));
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
        requestTimes.add(Instant.now());
      }
      if (rateLimitedRequests > 0 && !path.startsWith("/_standin/")) {
        rateLimitedRequests--;
        ex.getResponseHeaders().add("Retry-After", retryAfter);
        send(ex, 429, MAPPER.createObjectNode().put("error", "Too Many Requests"));
        return;
      }
      if (failuresBeforeAnswering > 0) {
        failuresBeforeAnswering--;
        send(ex, 503, MAPPER.createObjectNode().put("error", "Service Unavailable"));
        return;
      }
      if (requiredAuthorization.isPresent()
          && !ex.getRequestURI().getPath().startsWith("/_standin/")
          && !requiredAuthorization
              .get()
              .equals(ex.getRequestHeaders().getFirst(authorizationHeaderName))) {
        String sent = String.valueOf(ex.getRequestHeaders().getFirst(authorizationHeaderName));
        send(
            ex,
            401,
            MAPPER
                .createObjectNode()
                .put(
                    "error",
                    echoCredentials
                        ? "Unauthorized: the header '"
                            + sent
                            + "' is not valid"
                            + " (decoded: "
                            + decodedBasic(sent)
                            + ")"
                        : "Unauthorized"));
        return;
      }
      byte[] body = ex.getRequestBody().readAllBytes();
      Matcher m;
      if (path.startsWith("/_standin/")) {
        admin(ex, method, path);
      } else if (method.equals("GET") && path.equals("/")) {
        send(ex, 200, index());
      } else if (method.equals("POST")
          && (m = match("/pacts/provider/([^/]+)/for-verification", path)) != null
          && forVerificationSupported) {
        // pact_broker's ProviderPacts: resource_exists? is false for an unknown provider (404);
        // then the
        // request is validated (malformed_request?, 400 with the errors object).
        JsonNode query = MAPPER.readTree(body);
        Map<String, List<String>> errors =
            StandInSelectorRules.errors(query, environments.keySet());
        if (!pacticipants().contains(dec(m.group(1)))) {
          notFound(ex);
        } else if (!errors.isEmpty()) {
          ObjectNode e = MAPPER.createObjectNode();
          e.set("errors", MAPPER.valueToTree(errors));
          send(ex, 400, e);
        } else {
          send(ex, 200, forVerification(dec(m.group(1)), query));
        }
      } else if (method.equals("GET")
          && (m = match("/pacts/provider/([^/]+)/latest(?:/([^/]+))?", path)) != null) {
        if (!pacticipants().contains(dec(m.group(1)))) {
          notFound(ex);
          return;
        }
        send(ex, 200, latest(dec(m.group(1)), m.group(2) == null ? null : dec(m.group(2))));
      } else if (method.equals("GET")
          && (m = match("/pacticipants/([^/]+)/versions/([^/]+)", path)) != null) {
        ObjectNode v = version(dec(m.group(1)), dec(m.group(2)));
        if (v == null) {
          notFound(ex);
        } else {
          send(ex, 200, v);
        }
      } else if (method.equals("POST")
          && (m =
                  match(
                      "/pacticipants/([^/]+)/versions/([^/]+)/(deployed|released)-versions/environment/([^/]+)",
                      path))
              != null) {
        recordDeployment(ex, dec(m.group(1)), dec(m.group(2)), m.group(3), m.group(4), body);
      } else if (StandInPacticipants.handles(method, path)) {
        Map.Entry<Integer, JsonNode> a =
            pacticipantResources.answer(
                method, path, ex.getRequestHeaders().getFirst("Content-Type"), body);
        send(ex, a.getKey(), a.getValue());
      } else if (StandInEnvironments.handles(method, path)) {
        Map.Entry<Integer, JsonNode> a =
            deployed.answer(
                method,
                path,
                query(ex.getRequestURI().getRawQuery()),
                ex.getRequestHeaders().getFirst("Content-Type"),
                body);
        send(ex, a.getKey(), a.getValue());
      } else if (method.equals("PUT")
          && (m = match("/pacticipants/([^/]+)/versions/([^/]+)", path)) != null) {
        // The Broker's version resource: PUT creates the version (create-or-update-version).
        providerVersionBranches.putIfAbsent(dec(m.group(1)) + "@" + dec(m.group(2)), null);
        ObjectNode v = MAPPER.createObjectNode().put("number", dec(m.group(2)));
        v.putObject("_links").putObject("self").put("href", url() + path);
        send(ex, 200, v);
      } else if (method.equals("GET") && (m = match("/pacticipants/([^/]+)", path)) != null) {
        if (!pacticipants().contains(dec(m.group(1)))) {
          notFound(ex);
        } else {
          send(ex, 200, MAPPER.createObjectNode().put("name", dec(m.group(1))));
        }
      } else if (method.equals("GET") && path.equals("/matrix")) {
        matrix(ex, ex.getRequestURI().getRawQuery());
      } else if (method.equals("GET")
          && (m =
                  match(
                      "/pacts/provider/([^/]+)/consumer/([^/]+)/pact-version/([0-9a-f]+)(?:/metadata/[^/]+)?",
                      path))
              != null) {
        String wanted = m.group(3);
        sendPact(ex, dec(m.group(1)), dec(m.group(2)), v -> sha(v.pactJson()).equals(wanted));
      } else if (method.equals("GET")
          && (m = match("/pacts/provider/([^/]+)/consumer/([^/]+)/version/([^/]+)", path))
              != null) {
        String number = dec(m.group(3));
        sendPact(ex, dec(m.group(1)), dec(m.group(2)), v -> v.number().equals(number));
      } else if (method.equals("POST")
          && (m =
                  match(
                      "/pacts/provider/([^/]+)/consumer/([^/]+)/pact-version/([0-9a-f]+)(?:/metadata/[^/]+)?/verification-results",
                      path))
              != null) {
        if (publishingFails) {
          send(ex, 500, MAPPER.createObjectNode().put("error", "PG::ConnectionBad"));
          return;
        }
        JsonNode json = MAPPER.readTree(body);
        verifications.add(new Recorded(dec(m.group(2)), m.group(3), json));
        if (publishDelayMillis > 0) {
          Thread.sleep(publishDelayMillis);
        }
        ObjectNode created =
            ((ObjectNode) json.deepCopy()).put("verifiedAt", Instant.now().toString());
        created
            .putObject("_links")
            .putObject("self")
            .put("href", url() + path + "/" + verifications.size());
        send(ex, 201, created);
      } else if (method.equals("PUT")
          && (m = match("/pacticipants/([^/]+)/branches/([^/]+)/versions/([^/]+)", path)) != null) {
        providerVersionBranches.put(dec(m.group(1)) + "@" + dec(m.group(3)), dec(m.group(2)));
        ObjectNode v = MAPPER.createObjectNode().put("number", dec(m.group(3)));
        v.putObject("_links").putObject("self").put("href", url() + path);
        send(ex, 201, v);
      } else if (method.equals("PUT")
          && (m = match("/pacticipants/([^/]+)/versions/([^/]+)/tags/([^/]+)", path)) != null) {
        providerVersionTags
            .computeIfAbsent(dec(m.group(1)) + "@" + dec(m.group(2)), k -> new LinkedHashSet<>())
            .add(dec(m.group(3)));
        ObjectNode t = MAPPER.createObjectNode().put("name", dec(m.group(3)));
        t.putObject("_links").putObject("self").put("href", url() + path);
        send(ex, 201, t);
      } else if (method.equals("GET") && path.equals("/can-i-deploy")) {
        canIDeploy(ex, query(ex.getRequestURI().getRawQuery()));
      } else {
        notFound(ex);
      }
    } catch (RuntimeException e) {
      send(ex, 500, MAPPER.createObjectNode().put("error", e.toString()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String decodedBasic(String header) {
    if (!header.startsWith("Basic ")) {
      return "-";
    }
    try {
      return new String(
          java.util.Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "-";
    }
  }

  private void notFound(HttpExchange ex) throws IOException {
    send(
        ex,
        404,
        MAPPER
            .createObjectNode()
            .put("error", "The requested document was not found on this server."));
  }

  /**
   * Every pacticipant the Broker has heard of: consumers and providers of pacts, and versions
   * recorded since.
   */
  Set<String> pacticipants() {
    Set<String> names = new LinkedHashSet<>();
    for (ConsumerVersion v : versions) {
      names.add(v.consumer());
      names.add(v.provider());
    }
    synchronized (providerVersionBranches) {
      providerVersionBranches.keySet().forEach(k -> names.add(k.substring(0, k.indexOf('@'))));
    }
    names.addAll(pacticipantResources.names());
    return names;
  }

  /** The environments by name, with their UUIDs. */
  public Map<String, String> environments() {
    return Map.copyOf(environments);
  }

  List<ConsumerVersion> consumerVersions() {
    return List.copyOf(versions);
  }

  /**
   * The versions of a pacticipant as {number, branch}, oldest first: consumer versions, then
   * provider versions as recorded.
   */
  List<String[]> versionsOf(String pacticipant) {
    Map<String, String[]> out = new LinkedHashMap<>();
    for (ConsumerVersion v : versions) {
      if (v.consumer().equals(pacticipant)) {
        out.put(v.number(), new String[] {v.number(), v.branch()});
      }
    }
    for (Recorded r : verifications()) {
      String n = r.body().path("providerApplicationVersion").asText();
      if (pacticipants().contains(pacticipant) && providerOf(r).equals(pacticipant)) {
        out.putIfAbsent(n, new String[] {n, providerVersionBranches.get(pacticipant + "@" + n)});
      }
    }
    synchronized (providerVersionBranches) {
      providerVersionBranches.forEach(
          (k, b) -> {
            if (k.startsWith(pacticipant + "@")) {
              String n = k.substring(pacticipant.length() + 1);
              out.putIfAbsent(n, new String[] {n, b});
            }
          });
    }
    return new ArrayList<>(out.values());
  }

  private String providerOf(Recorded r) {
    for (ConsumerVersion v : versions) {
      if (sha(v.pactJson()).equals(r.sha())) {
        return v.provider();
      }
    }
    return "";
  }

  public Set<String> tagsOf(String pacticipant, String version) {
    Set<String> tags =
        new LinkedHashSet<>(
            providerVersionTags.getOrDefault(pacticipant + "@" + version, Set.of()));
    versions.stream()
        .filter(v -> v.consumer().equals(pacticipant) && v.number().equals(version))
        .forEach(v -> tags.addAll(v.tags()));
    return tags;
  }

  public Set<String> environmentsOf(String pacticipant, String version) {
    Set<String> envs = new LinkedHashSet<>();
    // Recorded through the API: only while still deployed (or supported) there.
    recordedEnvironments.getOrDefault(pacticipant + "@" + version, Set.of()).stream()
        .filter(e -> deployed.current(pacticipant, version, e))
        .forEach(envs::add);
    versions.stream()
        .filter(v -> v.consumer().equals(pacticipant) && v.number().equals(version))
        .forEach(
            v -> {
              envs.addAll(v.deployedTo());
              envs.addAll(v.releasedIn());
            });
    return envs;
  }

  /**
   * The version resource, with a pb:record-deployment and pb:record-release link per environment;
   * null when unknown.
   */
  private ObjectNode version(String pacticipant, String number) {
    if (versionsOf(pacticipant).stream().noneMatch(v -> v[0].equals(number))) {
      return null;
    }
    ObjectNode v = MAPPER.createObjectNode().put("number", number);
    String branch =
        versionsOf(pacticipant).stream()
            .filter(b -> b[0].equals(number))
            .findFirst()
            .map(b -> b[1])
            .orElse(null);
    pacticipantResources.embed(v, pacticipant, number, branch);
    ObjectNode links = v.putObject("_links");
    links
        .putObject("self")
        .put("href", url() + "/pacticipants/" + enc(pacticipant) + "/versions/" + enc(number));
    ArrayNode deploy = links.putArray("pb:record-deployment");
    ArrayNode release = links.putArray("pb:record-release");
    synchronized (environments) {
      environments.forEach(
          (name, uuid) -> {
            String base = url() + "/pacticipants/" + enc(pacticipant) + "/versions/" + enc(number);
            deploy
                .addObject()
                .put("title", "Record deployment to " + name)
                .put("name", name)
                .put("href", base + "/deployed-versions/environment/" + uuid);
            release
                .addObject()
                .put("title", "Record release to " + name)
                .put("name", name)
                .put("href", base + "/released-versions/environment/" + uuid);
          });
    }
    return v;
  }

  private void recordDeployment(
      HttpExchange ex, String pacticipant, String number, String kind, String uuid, byte[] body)
      throws IOException {
    String environment = null;
    synchronized (environments) {
      for (Map.Entry<String, String> e : environments.entrySet()) {
        if (e.getValue().equals(uuid)) {
          environment = e.getKey();
        }
      }
    }
    if (environment == null || version(pacticipant, number) == null) {
      notFound(ex);
      return;
    }
    String instance =
        body.length == 0 ? null : MAPPER.readTree(body).path("applicationInstance").asText(null);
    StandInEnvironments.Record r =
        deployed.record(pacticipant, number, environment, instance, kind.equals("released"));
    recordedEnvironments
        .computeIfAbsent(pacticipant + "@" + number, k -> new LinkedHashSet<>())
        .add(environment);
    deployments.add(
        pacticipant
            + " "
            + number
            + " "
            + kind
            + " "
            + environment
            + (instance == null ? "" : " " + instance));
    ObjectNode created = MAPPER.createObjectNode().put("currentlyDeployed", true);
    if (instance != null) {
      created.put("applicationInstance", instance);
    }
    created
        .putObject("_links")
        .putObject("self")
        .put("href", url() + "/" + kind + "-versions/" + r.uuid);
    send(ex, 201, created);
  }

  private void matrix(HttpExchange ex, String rawQuery) throws IOException {
    // In order: each q[][pacticipant] starts a selector, each ignore[][pacticipant] an ignore
    // selector, and the fields after it belong to it (Rack's nested query parsing).
    List<Map<String, String>> selectors = new ArrayList<>();
    List<String[]> ignores = new ArrayList<>();
    Map<String, String> top = new LinkedHashMap<>();
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        String name = dec(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : dec(pair.substring(eq + 1));
        if (name.equals("q[][pacticipant]")) {
          selectors.add(new LinkedHashMap<>(Map.of("pacticipant", value)));
        } else if (name.startsWith("q[][") && !selectors.isEmpty()) {
          selectors.get(selectors.size() - 1).put(name.substring(4, name.length() - 1), value);
        } else if (name.equals("ignore[][pacticipant]")) {
          ignores.add(new String[] {value, ""});
        } else if (name.equals("ignore[][version]") && !ignores.isEmpty()) {
          ignores.get(ignores.size() - 1)[1] = value;
        } else {
          top.put(name, value);
        }
      }
    }
    Map<String, String> q = selectors.isEmpty() ? Map.of() : selectors.get(0);
    Map<String, String> others = new LinkedHashMap<>();
    selectors.stream().skip(1).forEach(o -> others.put(o.get("pacticipant"), o.get("version")));
    Map<String, String> ignore = new LinkedHashMap<>();
    ignores.forEach(i -> ignore.put(i[0], i[1]));
    StandInMatrix.Query query =
        new StandInMatrix.Query(
            q.get("pacticipant"),
            q.get("version"),
            "true".equals(q.get("latest")) && q.get("version") == null && q.get("branch") == null,
            q.get("tag"),
            q.get("branch"),
            "true".equals(q.get("mainBranch")),
            top.get("environment"),
            top.get("tag"),
            ignore,
            others,
            "true".equals(top.get("mainBranch")),
            "true".equals(top.get("latest")));
    ObjectNode invalid = StandInMatrix.invalid(this, query);
    send(
        ex,
        invalid == null ? 200 : 400,
        invalid == null ? StandInMatrix.answer(this, query) : invalid);
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
    } else if (path.equals("/_standin/deployments")) {
      send(ex, 200, MAPPER.valueToTree(deployments()));
    } else if (path.equals("/_standin/requests")) {
      send(ex, 200, MAPPER.valueToTree(requests()));
    } else if (method.equals("POST") && path.equals("/_standin/shutdown")) {
      send(ex, 200, MAPPER.createObjectNode().put("stopping", true));
      new Thread(
              () -> {
                server.stop(0);
                stopped.countDown();
              })
          .start();
    } else {
      send(ex, 404, MAPPER.createObjectNode().put("error", "unknown stand-in endpoint"));
    }
  }

  private ObjectNode index() {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode links = root.putObject("_links");
    link(links, "self", url().toString(), "Index", false);
    if (forVerificationSupported) {
      link(
          links,
          "pb:provider-pacts-for-verification",
          url() + "/pacts/provider/{provider}/for-verification",
          "Pact versions to be verified for the specified provider",
          true);
    }
    link(
        links,
        "pb:latest-provider-pacts",
        url() + "/pacts/provider/{provider}/latest",
        "Latest pacts by provider",
        true);
    link(
        links,
        "pb:latest-provider-pacts-with-tag",
        url() + "/pacts/provider/{provider}/latest/{tag}",
        "Latest pacts by provider with the specified tag",
        true);
    link(
        links,
        "pb:pacticipant-version",
        url() + "/pacticipants/{pacticipant}/versions/{version}",
        "Get, create or delete a pacticipant version",
        true);
    link(
        links,
        "pb:pacticipant-version-tag",
        url() + "/pacticipants/{pacticipant}/versions/{version}/tags/{tag}",
        "Get, create or delete a tag for a pacticipant version",
        true);
    link(
        links,
        "pb:pacticipant-branch-version",
        url() + "/pacticipants/{pacticipant}/branches/{branch}/versions/{version}",
        "Get or add/create a pacticipant version for a branch",
        true);
    link(links, "pb:pacticipants", url() + "/pacticipants", "Pacticipants", false);
    link(
        links,
        "pb:latest-version",
        url() + "/pacticipants/{pacticipant}/latest-version",
        "Latest pacticipant version",
        true);
    link(
        links,
        "pb:latest-tagged-version",
        url() + "/pacticipants/{pacticipant}/latest-version/{tag}",
        "Latest pacticipant version with the specified tag",
        true);
    link(
        links,
        "pb:pacticipant-branch",
        url() + "/pacticipants/{pacticipant}/branches/{branch}",
        "Get or delete a pacticipant branch",
        true);
    link(links, "pb:environments", url() + "/environments", "Environments", false);
    link(links, "pb:environment", url() + "/environments/{uuid}", "Environment", true);
    link(
        links,
        "pb:pacticipant",
        url() + "/pacticipants/{pacticipant}",
        "Fetch pacticipant by name",
        true);
    link(
        links,
        "pb:can-i-deploy-pacticipant-version-to-environment",
        url()
            + "/can-i-deploy?pacticipant={pacticipant}&version={version}&environment={environment}",
        "Determine if an application version can be safely deployed to an environment",
        true);
    ArrayNode curies = links.putArray("curies");
    curies
        .addObject()
        .put("name", "pb")
        .put("href", url() + "/doc/{rel}?context=index")
        .put("templated", true);
    return root;
  }

  private static void link(
      ObjectNode links, String rel, String href, String title, boolean templated) {
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
      selectors =
          List.of(
              ConsumerVersionSelector.onMainBranch(),
              ConsumerVersionSelector.anyDeployedOrReleased());
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
        if (v.provider().equals(provider)
            && !bySha.containsKey(sha)
            && v.createdAt().isAfter(since)
            && isPending(provider, sha, providerBranch, providerTags)) {
          bySha.put(
              sha, new Selected(v, List.of("work in progress, published after " + wipSince), true));
        }
      }
    }
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode pacts = root.putObject("_embedded").putArray("pacts");
    for (Map.Entry<String, Selected> e : bySha.entrySet()) {
      Selected sel = e.getValue();
      ConsumerVersion v = sel.version();
      boolean pending =
          includePending && isPending(provider, e.getKey(), providerBranch, providerTags);
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
      notices
          .addObject()
          .put("when", "before_verification")
          .put(
              "text",
              "The pact at "
                  + pactUrl(v)
                  + " is being verified because "
                  + "the pact content belongs to the consumer version matching the following criterion: "
                  + String.join(", ", sel.reasons()));
      if (pending) {
        notices
            .addObject()
            .put("when", "before_verification")
            .put(
                "text",
                "This pact is in pending state for this version of "
                    + provider
                    + " because a successful verification result for "
                    + (providerBranch == null
                        ? "it"
                        : "a version of " + provider + " from branch '" + providerBranch + "'")
                    + " has not yet been published. If this verification fails, "
                    + "it will not cause the overall build to fail.");
      }
      if (includePending) {
        // pact_broker, lib/pact_broker/pacts/build_verifiable_pact_notices.rb and
        // verifiable_pact_messages.rb
        String forWhom =
            providerBranch == null
                ? "this provider"
                : "a version of " + provider + " from branch '" + providerBranch + "'";
        if (pending) {
          notices
              .addObject()
              .put("when", "after_verification:success_true_published_false")
              .put(
                  "text",
                  "This pact is still in"
                      + " pending state for "
                      + forWhom
                      + " as the successful verification results have not yet been published.");
          notices
              .addObject()
              .put("when", "after_verification:success_false_published_false")
              .put(
                  "text",
                  "This pact is still in"
                      + " pending state for "
                      + forWhom
                      + " as a successful verification result has not yet been published");
          notices
              .addObject()
              .put("when", "after_verification:success_true_published_true")
              .put(
                  "text",
                  "This pact is no longer in"
                      + " pending state for "
                      + forWhom
                      + ", as a successful verification result has been published. If a verification for"
                      + " a version of "
                      + provider
                      + " fails in the future, it will fail the build.");
          notices
              .addObject()
              .put("when", "after_verification:success_false_published_true")
              .put(
                  "text",
                  "This pact is still in"
                      + " pending state for "
                      + forWhom
                      + " as a successful verification result has not yet been published");
        }
      }
      p.putObject("_links")
          .putObject("self")
          .put("href", pactUrl(v))
          .put("name", "Pact between " + v.consumer() + " (" + v.number() + ") and " + provider);
    }
    root.putObject("_links")
        .putObject("self")
        .put("href", url() + "/pacts/provider/" + enc(provider) + "/for-verification")
        .put("title", "Pacts to be verified");
    return root;
  }

  private List<ConsumerVersion> select(
      String provider, ConsumerVersionSelector s, String providerBranch) {
    List<ConsumerVersion> candidates = new ArrayList<>();
    for (ConsumerVersion v : versions) {
      if (v.provider().equals(provider)
          && (s.consumer() == null || s.consumer().equals(v.consumer()))) {
        candidates.add(v);
      }
    }
    List<ConsumerVersion> out = new ArrayList<>();
    if (Boolean.TRUE.equals(s.mainBranch())) {
      out.addAll(latestPerConsumer(candidates, v -> "main".equals(v.branch())));
    } else if (s.branch() != null) {
      List<ConsumerVersion> found =
          latestPerConsumer(candidates, v -> s.branch().equals(v.branch()));
      out.addAll(
          found.isEmpty() && s.fallbackBranch() != null
              ? latestPerConsumer(candidates, v -> s.fallbackBranch().equals(v.branch()))
              : found);
    } else if (Boolean.TRUE.equals(s.matchingBranch())) {
      out.addAll(
          latestPerConsumer(
              candidates, v -> providerBranch != null && providerBranch.equals(v.branch())));
    } else if (s.tag() != null) {
      java.util.function.Predicate<ConsumerVersion> tagged = v -> v.tags().contains(s.tag());
      List<ConsumerVersion> found =
          Boolean.TRUE.equals(s.latest())
              ? latestPerConsumer(candidates, tagged)
              : candidates.stream().filter(tagged).toList();
      out.addAll(
          found.isEmpty() && s.fallbackTag() != null
              ? latestPerConsumer(candidates, v -> v.tags().contains(s.fallbackTag()))
              : found);
    } else if (Boolean.TRUE.equals(s.deployed())
        || Boolean.TRUE.equals(s.released())
        || Boolean.TRUE.equals(s.deployedOrReleased())
        || s.environment() != null) {
      boolean deployed =
          Boolean.TRUE.equals(s.deployed())
              || Boolean.TRUE.equals(s.deployedOrReleased())
              || s.deployed() == null && s.released() == null;
      boolean released =
          Boolean.TRUE.equals(s.released())
              || Boolean.TRUE.equals(s.deployedOrReleased())
              || s.deployed() == null && s.released() == null;
      for (ConsumerVersion v : candidates) {
        List<String> deployedTo = recorded(v, "deployed", v.deployedTo());
        List<String> releasedIn = recorded(v, "released", v.releasedIn());
        boolean d =
            deployed
                && (s.environment() == null
                    ? !deployedTo.isEmpty()
                    : deployedTo.contains(s.environment()));
        boolean r =
            released
                && (s.environment() == null
                    ? !releasedIn.isEmpty()
                    : releasedIn.contains(s.environment()));
        if (d || r) {
          out.add(v);
        }
      }
    } else if (Boolean.TRUE.equals(s.latest()) || s.consumer() != null) {
      out.addAll(latestPerConsumer(candidates, v -> true));
    }
    return out;
  }

  /** The environments a consumer version was published as in, plus those recorded for it since. */
  private List<String> recorded(ConsumerVersion v, String kind, List<String> initial) {
    List<String> out = new ArrayList<>(initial);
    String prefix = v.consumer() + " " + v.number() + " " + kind + " ";
    for (String d : deployments()) {
      if (d.startsWith(prefix)) {
        out.add(d.substring(prefix.length()).split(" ")[0]);
      }
    }
    return out;
  }

  private static List<ConsumerVersion> latestPerConsumer(
      List<ConsumerVersion> candidates, java.util.function.Predicate<ConsumerVersion> filter) {
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
      return "latest version of "
          + v.consumer()
          + " from the main branch 'main' ("
          + v.number()
          + ")";
    }
    if (s.branch() != null || Boolean.TRUE.equals(s.matchingBranch())) {
      return "latest version of "
          + v.consumer()
          + " from branch '"
          + v.branch()
          + "' ("
          + v.number()
          + ")";
    }
    if (s.tag() != null) {
      return (Boolean.TRUE.equals(s.latest()) ? "latest version tagged '" : "all versions tagged '")
          + s.tag()
          + "' ("
          + v.number()
          + ")";
    }
    if (Boolean.TRUE.equals(s.deployed())
        || Boolean.TRUE.equals(s.released())
        || Boolean.TRUE.equals(s.deployedOrReleased())) {
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
    links
        .putObject("self")
        .put(
            "href",
            url()
                + "/pacts/provider/"
                + enc(provider)
                + "/latest"
                + (tag == null ? "" : "/" + enc(tag)));
    links
        .putObject("pb:provider")
        .put("href", url() + "/pacticipants/" + enc(provider))
        .put("name", provider);
    ArrayNode pacts = links.putArray("pb:pacts");
    List<ConsumerVersion> candidates =
        versions.stream().filter(v -> v.provider().equals(provider)).toList();
    for (ConsumerVersion v :
        latestPerConsumer(candidates, v -> tag == null || v.tags().contains(tag))) {
      pacts
          .addObject()
          .put(
              "href",
              url()
                  + "/pacts/provider/"
                  + enc(provider)
                  + "/consumer/"
                  + enc(v.consumer())
                  + "/version/"
                  + enc(v.number()))
          .put("title", "Pact between " + v.consumer() + " (" + v.number() + ") and " + provider)
          .put("name", v.consumer());
    }
    return root;
  }

  private void sendPact(
      HttpExchange ex,
      String provider,
      String consumer,
      java.util.function.Predicate<ConsumerVersion> which)
      throws IOException {
    ConsumerVersion found = null;
    for (ConsumerVersion v : versions) {
      if (v.provider().equals(provider) && v.consumer().equals(consumer) && which.test(v)) {
        found = v;
      }
    }
    if (found == null) {
      send(
          ex,
          404,
          MAPPER
              .createObjectNode()
              .put("error", "The requested document was not found on this server."));
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
    links
        .putObject("self")
        .put("href", pactUrl(found))
        .put("title", "Pact")
        .put("name", "Pact between " + consumer + " (" + found.number() + ") and " + provider);
    links
        .putObject("pb:consumer")
        .put("href", url() + "/pacticipants/" + enc(consumer))
        .put("name", consumer);
    links
        .putObject("pb:provider")
        .put("href", url() + "/pacticipants/" + enc(provider))
        .put("name", provider);
    // pact_broker's PactDecorator: the consumer version the pact was published with
    links
        .putObject("pb:consumer-version")
        .put("title", "Consumer version")
        .put("name", found.number())
        .put("href", url() + "/pacticipants/" + enc(consumer) + "/versions/" + enc(found.number()));
    links
        .putObject("pb:publish-verification-results")
        .put("title", "Publish verification results")
        .put("href", pactUrl(found) + "/verification-results");
    send(ex, 200, pact);
  }

  /**
   * pact_broker's CanIDeployQuerySchema, then the matrix for the version and environment (or tag).
   */
  private void canIDeploy(HttpExchange ex, Map<String, String> q) throws IOException {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    if (q.get("pacticipant") == null || q.get("pacticipant").isBlank()) {
      errors.computeIfAbsent("pacticipant", k -> new ArrayList<>()).add("is missing");
    } else if (!pacticipants().contains(q.get("pacticipant"))) {
      errors
          .computeIfAbsent("pacticipant", k -> new ArrayList<>())
          .add("does not match an existing pacticipant");
    }
    if (q.get("version") == null || q.get("version").isBlank()) {
      errors.computeIfAbsent("version", k -> new ArrayList<>()).add("is missing");
    }
    if (q.get("environment") != null && !environments.containsKey(q.get("environment"))) {
      errors
          .computeIfAbsent("environment", k -> new ArrayList<>())
          .add("with name '" + q.get("environment") + "' does not exist");
    }
    if (q.get("to") != null && q.get("environment") != null) {
      errors
          .computeIfAbsent("base", k -> new ArrayList<>())
          .add("Cannot specify both a 'to' tag and an environment.");
    }
    if (q.get("to") == null && q.get("environment") == null) {
      errors
          .computeIfAbsent("base", k -> new ArrayList<>())
          .add("Must specify either an environment or a 'to' tag.");
    }
    if (!errors.isEmpty()) {
      ObjectNode e = MAPPER.createObjectNode();
      e.set("errors", MAPPER.valueToTree(errors));
      send(ex, 400, e);
      return;
    }
    send(ex, 200, StandInMatrix.answer(this, StandInMatrix.fromCanIDeploy(q)));
  }

  /**
   * The pact's URL, as the Broker serves it (its verification results go to this plus
   * /verification-results).
   */
  String pactUrl(ConsumerVersion v) {
    return url()
        + "/pacts/provider/"
        + enc(v.provider())
        + "/consumer/"
        + enc(v.consumer())
        + "/pact-version/"
        + sha(v.pactJson())
        + "/metadata/"
        + HexFormat.of().formatHex(v.number().getBytes(StandardCharsets.UTF_8));
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
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-1").digest(content.getBytes(StandardCharsets.UTF_8)));
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
