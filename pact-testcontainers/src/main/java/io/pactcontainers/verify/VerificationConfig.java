package io.pactcontainers.verify;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.broker.ProviderVersion;
import io.pactcontainers.provider.ProviderTarget;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.state.StateChangeConfig;
import io.pactcontainers.state.StateHandler;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything one verification run needs, immutable. Start from {@link #of} and add with the {@code
 * with*} methods.
 *
 * @param provider the provider's name as the pacts spell it
 * @param sources where the pacts come from: directories, files, URLs, a Pact Broker
 * @param target the provider to verify: a container to start, or one already running
 * @param stateChange the provider's state-change endpoint, when the pacts have states to set up
 * @param messageUrl where to ask the provider for a message (path or URL); empty when the pacts
 *     have no message interactions
 * @param filter which consumers, descriptions and states to verify
 * @param requestFilters changes made to every request before it is sent, in order
 * @param requestHeaders headers set on requests (real tokens), each where it belongs
 * @param allowEmpty whether a run that finds nothing to verify may pass
 * @param requestTimeout how long one request or state call may take
 * @param outputDirectory where logs and reports go
 * @param publishing where and as which provider version results are published, if at all
 * @param providerTls how an https provider is trusted
 * @param jsonLimits how large a pact or body may be read
 * @param shards how many containers of the provider verify the interactions between them (1: one
 *     container, in series); each has its own sidecars and network, so states never interfere
 * @param failFast whether the run stops at the first interaction that does not pass (the rest are
 *     not sent, nothing is published)
 * @param followRedirects whether a 3xx answer is followed (up to 5 times) and the last answer
 *     matched, as the Rust verifier, pact-js and pact-python do (a redirect to another origin goes
 *     without the secret headers); off, as pact-jvm by default, a 3xx is the answer
 * @param basePath a path put before every interaction's request path ("/api" for a provider serving
 *     under it); state calls keep their own URL
 * @param consumerStateChanges the state-change endpoint of some consumers' pacts, used instead of
 *     {@code stateChange} or {@code stateHandler} for them
 * @param stateHandler Java code in the verifying JVM that sets up the states, instead of {@code
 *     stateChange}
 */
public record VerificationConfig(
    String provider,
    List<PactSource> sources,
    ProviderTarget target,
    Optional<StateChangeConfig> stateChange,
    Optional<String> messageUrl,
    InteractionFilter filter,
    List<RequestFilter> requestFilters,
    List<RequestHeader> requestHeaders,
    boolean allowEmpty,
    Duration requestTimeout,
    Path outputDirectory,
    Optional<Publishing> publishing,
    ProviderTls providerTls,
    io.pactcontainers.model.JsonLimits jsonLimits,
    int shards,
    boolean failFast,
    boolean followRedirects,
    String basePath,
    java.util.Map<String, StateChangeConfig> consumerStateChanges,
    Optional<StateHandler> stateHandler) {

  /**
   * Publishing results to the Broker the pacts came from.
   *
   * @param version the provider version the results are recorded for (number, branch, tags)
   * @param failOnError whether a failed publication fails the run
   * @param implementationVersion this verifier's version, recorded with the results
   * @param broker the Broker to record the provider version's branch and tags with; empty: the one
   *     the pacts were selected from
   */
  public record Publishing(
      ProviderVersion version,
      boolean failOnError,
      String implementationVersion,
      Optional<PactBroker> broker) {
    /**
     * Checks that nothing is null.
     *
     * @param version the provider version the results are recorded for (number, branch, tags)
     * @param failOnError whether a failed publication fails the run
     * @param implementationVersion this verifier's version, recorded with the results
     * @param broker the Broker to record the provider version's branch and tags with; empty: the
     *     one the pacts were selected from
     */
    public Publishing {
      requireNonNull(version, "version");
      requireNonNull(implementationVersion, "implementationVersion");
      requireNonNull(broker, "broker");
    }

    /**
     * Publishing to the Broker the pacts came from.
     *
     * @param version the provider version the results are recorded for
     * @param failOnError whether a failed publication fails the run
     * @param implementationVersion this verifier's version, recorded with the results
     */
    public Publishing(ProviderVersion version, boolean failOnError, String implementationVersion) {
      this(version, failOnError, implementationVersion, Optional.empty());
    }
  }

  /**
   * How an https provider is trusted: the JVM's CAs, plus a private CA's PEM if given; host names
   * always checked, unless {@code insecure} turns every check off (a loud warning says so).
   *
   * @param caCertificate a PEM file of a private CA trusted besides the JVM's
   * @param insecure true to trust any certificate for any host (a warning says so)
   */
  public record ProviderTls(Optional<Path> caCertificate, boolean insecure) {
    /**
     * Checks that nothing is null.
     *
     * @param caCertificate a PEM file of a private CA trusted besides the JVM's
     * @param insecure true to trust any certificate for any host (a warning says so)
     */
    public ProviderTls {
      requireNonNull(caCertificate, "caCertificate");
    }

    /**
     * Trust as the JVM does: its CAs, host names checked.
     *
     * @return the default trust
     */
    public static ProviderTls jvmDefaults() {
      return new ProviderTls(Optional.empty(), false);
    }
  }

  /**
   * Checks the configuration and copies its lists.
   *
   * @param provider the provider's name as the pacts spell it
   * @param sources where the pacts come from: directories, files, URLs, a Pact Broker
   * @param target the provider to verify: a container to start, or one already running
   * @param stateChange the provider's state-change endpoint, when the pacts have states to set up
   * @param messageUrl where to ask the provider for a message (path or URL); empty when the pacts
   *     have no message interactions
   * @param filter which consumers, descriptions and states to verify
   * @param requestFilters changes made to every request before it is sent, in order
   * @param requestHeaders headers set on requests (real tokens), each where it belongs
   * @param allowEmpty whether a run that finds nothing to verify may pass
   * @param requestTimeout how long one request or state call may take
   * @param outputDirectory where logs and reports go
   * @param publishing where and as which provider version results are published, if at all
   * @param providerTls how an https provider is trusted
   * @param jsonLimits how large a pact or body may be read
   * @param shards how many containers of the provider verify the interactions between them (1: one
   *     container, in series); each has its own sidecars and network, so states never interfere
   * @throws IllegalArgumentException when {@code shards} is below 1
   * @param failFast whether the run stops at the first interaction that does not pass
   * @param followRedirects whether 3xx answers are followed
   * @param basePath the path before every interaction's request path, "" for none
   * @param consumerStateChanges the state endpoints of some consumers' pacts
   * @param stateHandler Java code that sets up the states, instead of {@code stateChange}
   * @throws IllegalArgumentException when both {@code stateChange} and {@code stateHandler} are set
   */
  public VerificationConfig {
    requireNonNull(providerTls, "providerTls");
    requireNonNull(jsonLimits, "jsonLimits");
    requireNonNull(provider, "provider");
    sources = List.copyOf(sources);
    requireNonNull(target, "target");
    requireNonNull(stateChange, "stateChange");
    requireNonNull(messageUrl, "messageUrl");
    requireNonNull(filter, "filter");
    requestFilters = List.copyOf(requestFilters);
    requestHeaders = List.copyOf(requestHeaders);
    requireNonNull(requestTimeout, "requestTimeout");
    requireNonNull(outputDirectory, "outputDirectory");
    requireNonNull(publishing, "publishing");
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be at least 1, found " + shards);
    }
    requireNonNull(basePath, "basePath");
    basePath = basePath.isBlank() ? "" : "/" + basePath.strip().replaceAll("^/+|/+$", "");
    consumerStateChanges = java.util.Map.copyOf(consumerStateChanges);
    requireNonNull(stateHandler, "stateHandler");
    if (stateChange.isPresent() && stateHandler.isPresent()) {
      throw new IllegalArgumentException(
          "both a state-change URL and a state handler set up the states; keep one");
    }
  }

  /**
   * A run with the defaults: no state endpoint, no filter, 30 s per request, reports in {@code
   * target/pact}, nothing published, the JVM's trust, 200 MB JSON limit, one container, redirects
   * followed (secrets only to the provider's own origin).
   *
   * @param provider the provider's name as the pacts spell it
   * @param target the provider to verify: a {@code ProviderContainer}, usually
   * @param sources where the pacts come from
   * @return the configuration
   */
  public static VerificationConfig of(
      String provider, ProviderTarget target, List<PactSource> sources) {
    return new VerificationConfig(
        provider,
        sources,
        target,
        Optional.empty(),
        Optional.empty(),
        InteractionFilter.none(),
        List.of(),
        List.of(),
        false,
        Duration.ofSeconds(30),
        Path.of("target", "pact"),
        Optional.empty(),
        ProviderTls.jvmDefaults(),
        io.pactcontainers.model.JsonLimits.DEFAULT,
        1,
        false,
        true, // redirects followed, as the Rust verifier, pact-js and pact-python do
        "",
        java.util.Map.of(),
        Optional.empty());
  }

  /**
   * The same run against another provider: another image, say (what a matrix row changes).
   *
   * @param newTarget the provider to verify instead
   * @return a copy with that target
   */
  public VerificationConfig withTarget(ProviderTarget newTarget) {
    return copy(b -> b.target = newTarget);
  }

  /**
   * The same run over other pacts.
   *
   * @param newSources where the pacts come from instead
   * @return a copy with those sources
   */
  public VerificationConfig withSources(List<PactSource> newSources) {
    return copy(b -> b.sources = List.copyOf(newSources));
  }

  /**
   * Sets up provider states through the provider's state-change endpoint.
   *
   * @param s the endpoint and how to call it
   * @return a copy with states set up
   */
  public VerificationConfig withStateChange(StateChangeConfig s) {
    return copy(b -> b.stateChange = Optional.of(s));
  }

  /**
   * Sets up provider states with Java code in the verifying JVM, called on the thread that verifies
   * each interaction, instead of a state-change endpoint.
   *
   * @param handler sets up and tears down each state
   * @return a copy with states set up by it
   */
  public VerificationConfig withStateHandler(StateHandler handler) {
    return copy(b -> b.stateHandler = Optional.of(handler));
  }

  /**
   * Where message interactions ask the provider for their message.
   *
   * @param url a path on the provider or a full URL
   * @return a copy that can verify message pacts
   */
  public VerificationConfig withMessageUrl(String url) {
    return copy(b -> b.messageUrl = Optional.of(url));
  }

  /**
   * Verifies only the interactions the filter keeps.
   *
   * @param f by consumer, description and provider state
   * @return a copy with that filter
   */
  public VerificationConfig withFilter(InteractionFilter f) {
    return copy(b -> b.filter = f);
  }

  /**
   * Changes every request before it is sent (a fresh token, say); filters apply in the order added.
   *
   * @param f the filter to add after those already there
   * @return a copy with the filter added
   */
  public VerificationConfig withRequestFilter(RequestFilter f) {
    List<RequestFilter> all = new ArrayList<>(requestFilters);
    all.add(f);
    return copy(b -> b.requestFilters = all);
  }

  /**
   * The same configuration with one more header set on requests (after the pact's generators,
   * before the request filters).
   *
   * @param header the header and where it goes
   * @return the new configuration
   */
  public VerificationConfig withRequestHeader(RequestHeader header) {
    List<RequestHeader> all = new ArrayList<>(requestHeaders);
    all.add(header);
    return copy(b -> b.requestHeaders = all);
  }

  /**
   * Whether a run that finds nothing to verify passes instead of erring.
   *
   * @param allow true to let it pass
   * @return a copy with that choice
   */
  public VerificationConfig withAllowEmpty(boolean allow) {
    return copy(b -> b.allowEmpty = allow);
  }

  /**
   * How long one request to the provider may take before the interaction errs.
   *
   * @param timeout for each request and state call
   * @return a copy with that timeout
   */
  public VerificationConfig withRequestTimeout(Duration timeout) {
    return copy(b -> b.requestTimeout = timeout);
  }

  /**
   * Publishes the results to the Pact Broker.
   *
   * @param p the provider version and where to publish
   * @return a copy that publishes
   */
  public VerificationConfig withPublishing(Publishing p) {
    return copy(b -> b.publishing = Optional.of(p));
  }

  /**
   * How an https provider is trusted.
   *
   * @param tls extra CA, or no checks at all
   * @return a copy with that trust
   */
  public VerificationConfig withProviderTls(ProviderTls tls) {
    return copy(b -> b.providerTls = tls);
  }

  /**
   * How large a pact or body may be read; larger ones are reported as such, never as invalid JSON.
   *
   * @param limits the largest JSON document or string read
   * @return a copy with those limits
   */
  public VerificationConfig withJsonLimits(io.pactcontainers.model.JsonLimits limits) {
    return copy(b -> b.jsonLimits = limits);
  }

  /**
   * Where logs and reports go.
   *
   * @param dir the folder, created when missing
   * @return a copy writing there
   */
  public VerificationConfig withOutputDirectory(Path dir) {
    return copy(b -> b.outputDirectory = dir);
  }

  /**
   * Verifies with {@code n} containers of the provider at once, each interaction on one of them.
   *
   * @param n how many containers, at least 1
   * @return a copy with that many shards
   */
  public VerificationConfig withShards(int n) {
    return copy(b -> b.shards = n);
  }

  /**
   * @param stop whether to stop at the first interaction that does not pass
   * @return a copy with it
   */
  public VerificationConfig withFailFast(boolean stop) {
    return copy(b -> b.failFast = stop);
  }

  /**
   * The run's secrets: the secret request header values, the credentials of pact URLs and Brokers
   * the pacts come from or results go to. The library masks with them what it writes itself
   * (container logs as they are written); a front end masks its own outputs with them.
   *
   * @return the secrets, none when the run has none
   */
  public io.pactcontainers.Secrets secrets() {
    List<String> values = new ArrayList<>();
    requestHeaders.stream().filter(RequestHeader::secret).forEach(h -> values.add(h.value()));
    for (PactSource s : sources) {
      if (s instanceof PactSource.Url u) {
        u.credentials().ifPresent(c -> values.addAll(c.secrets()));
      } else if (s instanceof io.pactcontainers.broker.BrokerSource b) {
        b.config().credentials().ifPresent(c -> values.addAll(c.secrets()));
      }
    }
    publishing
        .flatMap(Publishing::broker)
        .flatMap(PactBroker::credentials)
        .ifPresent(c -> values.addAll(c.secrets()));
    return io.pactcontainers.Secrets.of(values);
  }

  /**
   * @param follow whether to follow 3xx answers
   * @return a copy with it
   */
  public VerificationConfig withFollowRedirects(boolean follow) {
    return copy(b -> b.followRedirects = follow);
  }

  /**
   * @param path the path before every request path, "" for none
   * @return a copy with it
   */
  public VerificationConfig withBasePath(String path) {
    return copy(b -> b.basePath = path);
  }

  /**
   * @param perConsumer the endpoint per consumer name
   * @return a copy with it
   */
  public VerificationConfig withConsumerStateChanges(
      java.util.Map<String, StateChangeConfig> perConsumer) {
    return copy(b -> b.consumerStateChanges = perConsumer);
  }

  /**
   * The mutable twin the {@code with*} copies go through, so that each names only the field it
   * changes (a record cannot copy itself with one field changed).
   */
  private static final class Builder {
    private String provider;
    private List<PactSource> sources;
    private ProviderTarget target;
    private Optional<StateChangeConfig> stateChange;
    private Optional<String> messageUrl;
    private InteractionFilter filter;
    private List<RequestFilter> requestFilters;
    private List<RequestHeader> requestHeaders;
    private boolean allowEmpty;
    private Duration requestTimeout;
    private Path outputDirectory;
    private Optional<Publishing> publishing;
    private ProviderTls providerTls;
    private io.pactcontainers.model.JsonLimits jsonLimits;
    private int shards;
    private boolean failFast;
    private boolean followRedirects;
    private String basePath;
    private java.util.Map<String, StateChangeConfig> consumerStateChanges;
    private Optional<StateHandler> stateHandler;

    private Builder(VerificationConfig from) {
      this.provider = from.provider;
      this.sources = from.sources;
      this.target = from.target;
      this.stateChange = from.stateChange;
      this.messageUrl = from.messageUrl;
      this.filter = from.filter;
      this.requestFilters = from.requestFilters;
      this.requestHeaders = from.requestHeaders;
      this.allowEmpty = from.allowEmpty;
      this.requestTimeout = from.requestTimeout;
      this.outputDirectory = from.outputDirectory;
      this.publishing = from.publishing;
      this.providerTls = from.providerTls;
      this.jsonLimits = from.jsonLimits;
      this.shards = from.shards;
      this.failFast = from.failFast;
      this.followRedirects = from.followRedirects;
      this.basePath = from.basePath;
      this.consumerStateChanges = from.consumerStateChanges;
      this.stateHandler = from.stateHandler;
    }

    private VerificationConfig build() {
      return new VerificationConfig(
          provider,
          sources,
          target,
          stateChange,
          messageUrl,
          filter,
          requestFilters,
          requestHeaders,
          allowEmpty,
          requestTimeout,
          outputDirectory,
          publishing,
          providerTls,
          jsonLimits,
          shards,
          failFast,
          followRedirects,
          basePath,
          consumerStateChanges,
          stateHandler);
    }
  }

  private VerificationConfig copy(java.util.function.Consumer<Builder> change) {
    Builder b = new Builder(this);
    change.accept(b);
    return b.build();
  }
}
