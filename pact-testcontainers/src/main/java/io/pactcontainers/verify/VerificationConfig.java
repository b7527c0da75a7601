package io.pactcontainers.verify;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.message.MessageSource;
import io.pactcontainers.model.JsonLimits;
import io.pactcontainers.provider.ProviderTarget;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.state.StateChangeConfig;
import io.pactcontainers.state.StateHandler;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one verification run needs, immutable, in groups so that a new option joins its group
 * and leaves this constructor alone. Start from {@link #of} and add with the {@code with*} methods;
 * the accessors of each group's parts are here too ({@link #requestHeaders()}...).
 *
 * @param provider the provider's name as the pacts spell it
 * @param sources where the pacts come from: directories, files, URLs, a Pact Broker
 * @param target the provider to verify: a container to start, or one already running
 * @param states how the provider's states are set up
 * @param requests how the requests reach the provider
 * @param run what the run verifies and how
 * @param outputDirectory where logs and reports go
 * @param publishing where and as which provider version results are published, if at all
 */
public record VerificationConfig(
    String provider,
    List<PactSource> sources,
    ProviderTarget target,
    ProviderStates states,
    RequestSettings requests,
    RunControls run,
    Path outputDirectory,
    Optional<Publishing> publishing) {

  /**
   * Checks that nothing is null.
   *
   * @param provider the provider's name as the pacts spell it
   * @param sources where the pacts come from
   * @param target the provider to verify
   * @param states how the provider's states are set up
   * @param requests how the requests reach the provider
   * @param run what the run verifies and how
   * @param outputDirectory where logs and reports go
   * @param publishing where results are published, if at all
   */
  public VerificationConfig {
    requireNonNull(provider, "provider");
    sources = List.copyOf(sources);
    requireNonNull(target, "target");
    requireNonNull(states, "states");
    requireNonNull(requests, "requests");
    requireNonNull(run, "run");
    requireNonNull(outputDirectory, "outputDirectory");
    requireNonNull(publishing, "publishing");
  }

  /**
   * @return the provider's state-change endpoint
   */
  public Optional<StateChangeConfig> stateChange() {
    return states.endpoint();
  }

  /**
   * @return Java code that sets up the states
   */
  public Optional<StateHandler> stateHandler() {
    return states.handler();
  }

  /**
   * @return some consumers' own state-change endpoints
   */
  public Map<String, StateChangeConfig> consumerStateChanges() {
    return states.perConsumer();
  }

  /**
   * @return where messages are asked for
   */
  public Optional<String> messageUrl() {
    return requests.messageUrl();
  }

  /**
   * @return Java code that produces the messages, asked before the message endpoint
   */
  public Optional<MessageSource> messageSource() {
    return requests.messageSource();
  }

  /**
   * @return the changes made to every request
   */
  public List<RequestFilter> requestFilters() {
    return requests.filters();
  }

  /**
   * @return the code run before each interaction's request
   */
  public List<RequestHook> requestHooks() {
    return requests.requestHooks();
  }

  /**
   * @return the headers set on requests
   */
  public List<RequestHeader> requestHeaders() {
    return requests.headers();
  }

  /**
   * @return how long one request may take
   */
  public Duration requestTimeout() {
    return requests.timeout();
  }

  /**
   * @return the path before every request path
   */
  public String basePath() {
    return requests.basePath();
  }

  /**
   * @return whether 3xx answers are followed
   */
  public boolean followRedirects() {
    return requests.followRedirects();
  }

  /**
   * @return how an https provider is trusted
   */
  public ProviderTls providerTls() {
    return requests.tls();
  }

  /**
   * @return which interactions are verified
   */
  public InteractionFilter filter() {
    return run.filter();
  }

  /**
   * @return whether an empty run may pass
   */
  public boolean allowEmpty() {
    return run.allowEmpty();
  }

  /**
   * @return how many containers share the interactions
   */
  public int shards() {
    return run.shards();
  }

  /**
   * @return whether the run stops at the first failure
   */
  public boolean failFast() {
    return run.failFast();
  }

  /**
   * @return how large a pact or body may be read
   */
  public JsonLimits jsonLimits() {
    return run.jsonLimits();
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
        ProviderStates.NONE,
        RequestSettings.DEFAULTS,
        RunControls.DEFAULTS,
        Path.of("target", "pact"),
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
   * Java code that produces the messages (the {@code @MessageProvider} methods, {@link
   * io.pactcontainers.message.MessageMethods}): asked for the descriptions it answers, before the
   * message endpoint; the endpoint, when set, answers the others.
   *
   * @param source produces each message
   * @return a copy that can verify message pacts without a message endpoint
   */
  public VerificationConfig withMessageSource(MessageSource source) {
    return copy(b -> b.messageSource = Optional.of(source));
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
    List<RequestFilter> all = new ArrayList<>(requests.filters());
    all.add(f);
    return copy(b -> b.requestFilters = all);
  }

  /**
   * Runs code before each interaction's request, on the verifying thread (the test's own, in the
   * JUnit 5 extension), after the configured headers and before the request filters.
   *
   * @param hook the hook to add after those already there
   * @return a copy with the hook added
   */
  public VerificationConfig withRequestHook(RequestHook hook) {
    List<RequestHook> all = new ArrayList<>(requests.requestHooks());
    all.add(hook);
    return copy(b -> b.requestHooks = all);
  }

  /**
   * The same configuration with one more header set on requests (after the pact's generators,
   * before the request filters).
   *
   * @param header the header and where it goes
   * @return the new configuration
   */
  public VerificationConfig withRequestHeader(RequestHeader header) {
    List<RequestHeader> all = new ArrayList<>(requests.headers());
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
  public VerificationConfig withJsonLimits(JsonLimits limits) {
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
    requests.headers().stream().filter(RequestHeader::secret).forEach(h -> values.add(h.value()));
    for (PactSource s : sources) {
      if (s instanceof PactSource.Url u) {
        u.credentials().ifPresent(c -> values.addAll(c.secrets()));
        u.clientCertificate().ifPresent(c -> values.addAll(c.secrets()));
        values.addAll(u.proxies().secrets());
      } else if (s instanceof io.pactcontainers.broker.BrokerSource b) {
        values.addAll(b.config().secrets());
      }
    }
    publishing.flatMap(Publishing::broker).ifPresent(b -> values.addAll(b.secrets()));
    providerTls().clientCertificate().ifPresent(c -> values.addAll(c.secrets()));
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
  public VerificationConfig withConsumerStateChanges(Map<String, StateChangeConfig> perConsumer) {
    return copy(b -> b.consumerStateChanges = perConsumer);
  }

  /**
   * The mutable twin the {@code with*} copies go through, so that each names only the part it
   * changes (a record cannot copy itself with one part changed).
   */
  private static final class Builder {
    private String provider;
    private List<PactSource> sources;
    private ProviderTarget target;
    private Optional<StateChangeConfig> stateChange;
    private Optional<StateHandler> stateHandler;
    private Map<String, StateChangeConfig> consumerStateChanges;
    private List<RequestFilter> requestFilters;
    private List<RequestHook> requestHooks;
    private List<RequestHeader> requestHeaders;
    private Duration requestTimeout;
    private String basePath;
    private boolean followRedirects;
    private ProviderTls providerTls;
    private Optional<String> messageUrl;
    private Optional<MessageSource> messageSource;
    private InteractionFilter filter;
    private boolean allowEmpty;
    private int shards;
    private boolean failFast;
    private JsonLimits jsonLimits;
    private Path outputDirectory;
    private Optional<Publishing> publishing;

    private Builder(VerificationConfig from) {
      provider = from.provider;
      sources = from.sources;
      target = from.target;
      stateChange = from.stateChange();
      stateHandler = from.stateHandler();
      consumerStateChanges = from.consumerStateChanges();
      requestFilters = from.requestFilters();
      requestHooks = from.requestHooks();
      requestHeaders = from.requestHeaders();
      requestTimeout = from.requestTimeout();
      basePath = from.basePath();
      followRedirects = from.followRedirects();
      providerTls = from.providerTls();
      messageUrl = from.messageUrl();
      messageSource = from.messageSource();
      filter = from.filter();
      allowEmpty = from.allowEmpty();
      shards = from.shards();
      failFast = from.failFast();
      jsonLimits = from.jsonLimits();
      outputDirectory = from.outputDirectory;
      publishing = from.publishing;
    }

    private VerificationConfig build() {
      return new VerificationConfig(
          provider,
          sources,
          target,
          new ProviderStates(stateChange, stateHandler, consumerStateChanges),
          new RequestSettings(
              requestFilters,
              requestHeaders,
              requestTimeout,
              basePath,
              followRedirects,
              providerTls,
              messageUrl,
              requestHooks,
              messageSource),
          new RunControls(filter, allowEmpty, shards, failFast, jsonLimits),
          outputDirectory,
          publishing);
    }
  }

  private VerificationConfig copy(java.util.function.Consumer<Builder> change) {
    Builder b = new Builder(this);
    change.accept(b);
    return b.build();
  }
}
