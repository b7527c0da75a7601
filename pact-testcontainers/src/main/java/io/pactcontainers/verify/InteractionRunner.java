package io.pactcontainers.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.PactContainersException;
import io.pactcontainers.matching.MessageMatcher;
import io.pactcontainers.matching.ResponseMatcher;
import io.pactcontainers.model.Body;
import io.pactcontainers.model.HttpInteraction;
import io.pactcontainers.model.HttpRequest;
import io.pactcontainers.model.HttpResponse;
import io.pactcontainers.model.Interaction;
import io.pactcontainers.model.Message;
import io.pactcontainers.model.MessageInteraction;
import io.pactcontainers.model.Mismatch;
import io.pactcontainers.model.ProviderState;
import io.pactcontainers.model.SynchronousMessageInteraction;
import io.pactcontainers.replay.ProviderHttpClient;
import io.pactcontainers.replay.RequestGenerators;
import io.pactcontainers.replay.RequestReplayer;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Verifies one interaction: state setup, request, match, teardown. */
final class InteractionRunner {
  private final ObjectMapper mapper = new ObjectMapper();
  private final java.util.Set<String> warnedMultipleResponses = new java.util.HashSet<>();
  private final ResponseMatcher responses;
  private final MessageMatcher messages;
  private final RequestGenerators generators = new RequestGenerators();
  private final Optional<StateChanger> states;

  /** The state endpoints of the consumers that have their own, by consumer name. */
  private final Map<String, StateChanger> consumerStates = new java.util.HashMap<>();

  private final RequestReplayer replayer;
  private final List<RequestFilter> filters;
  private final Optional<String> messageUrl;
  private final URI baseUrl;
  private final VerificationListener listener;
  private final java.util.Set<String> warnedStates = new java.util.HashSet<>();
  private final List<RequestHeader> headers;

  /** The consumer whose pact the interaction being verified comes from. */
  private String consumer = "";

  private final java.util.function.Supplier<Optional<io.pactcontainers.provider.ProviderEnd>>
      providerEnded;

  /** How the provider ended, as learnt after the last interaction's request failed. */
  private Optional<io.pactcontainers.provider.ProviderEnd> end = Optional.empty();

  /** How many interactions in a row got no answer within the request timeout. */
  private int consecutiveNoAnswers;

  private final Duration requestTimeout;
  private final boolean followRedirects;

  /**
   * Which of the interaction's calls the HTTP client is sending, to keep them apart in its
   * Evidence.
   */
  private enum Phase {
    STATE_SETUP,
    REQUEST,
    STATE_TEARDOWN
  }

  private Phase phase = Phase.STATE_SETUP;
  private final List<io.pactcontainers.model.SentRequest> setupSent = new java.util.ArrayList<>();
  private io.pactcontainers.model.SentRequest requestSent;
  private final List<io.pactcontainers.model.SentRequest> redirectsSent =
      new java.util.ArrayList<>();
  private HttpResponse received;

  InteractionRunner(
      VerificationConfig config,
      URI baseUrl,
      ProviderHttpClient http,
      VerificationListener listener,
      java.util.function.Supplier<Optional<io.pactcontainers.provider.ProviderEnd>> providerEnded) {
    this.providerEnded = providerEnded;
    this.requestTimeout = config.requestTimeout();
    this.followRedirects = config.followRedirects();
    this.baseUrl = baseUrl;
    this.states = config.stateChange().map(s -> new StateChanger(s, baseUrl, http));
    config
        .consumerStateChanges()
        .forEach((c, s) -> consumerStates.put(c, new StateChanger(s, baseUrl, http)));
    // The base path goes before the interactions' paths only: state calls have their own URL.
    this.replayer =
        new RequestReplayer(
            URI.create(baseUrl.toString().replaceAll("/+$", "") + config.basePath()),
            http,
            config.followRedirects());
    this.responses = new ResponseMatcher(config.jsonLimits());
    this.messages = new MessageMatcher(config.jsonLimits());
    this.filters = config.requestFilters();
    this.headers = config.requestHeaders();
    this.messageUrl = config.messageUrl();
    this.listener = listener;
    http.observe(this::sent);
  }

  private void sent(io.pactcontainers.model.SentRequest request) {
    switch (phase) {
      case STATE_SETUP -> setupSent.add(request);
      case REQUEST -> {
        // The pact's own request is the one to reproduce; those after it followed redirects.
        if (requestSent == null) {
          requestSent = request;
        } else {
          redirectsSent.add(request);
        }
      }
      case STATE_TEARDOWN -> {}
    }
  }

  /**
   * A redirect followed: said, so that no report reads as if the pact's path itself had answered,
   * with the headers left out because it leads to another origin.
   */
  private void followed(io.pactcontainers.replay.RequestReplayer.Redirect redirect) {
    listener.warn(
        listener.settingName(io.pactcontainers.Setting.FOLLOW_REDIRECTS)
            + " is on: the answer to \""
            + description
            + "\" was a "
            + redirect.status()
            + " redirect, followed to "
            + redirect.method()
            + " "
            + redirect.to()
            + (redirect.dropped().isEmpty()
                ? ""
                : " (another origin: sent without "
                    + String.join(", ", redirect.dropped())
                    + ", which go only to the provider)"));
  }

  /** The description of the interaction being verified, for what is said while it runs. */
  private String description = "";

  private Evidence evidence() {
    return new Evidence(
        setupSent,
        Optional.ofNullable(requestSent),
        Optional.ofNullable(received),
        List.of(),
        Optional.of(baseUrl),
        redirectsSent);
  }

  InteractionResult run(String consumer, Interaction interaction, boolean pendingPact) {
    end = Optional.empty();
    description = interaction.description();
    InteractionResult result = verify(consumer, interaction, pendingPact);
    boolean noAnswer =
        result instanceof InteractionResult.Errored
            && lastError instanceof RuntimeException e
            && causedBy(e, ProviderHttpClient.NoAnswerException.class);
    consecutiveNoAnswers = noAnswer ? consecutiveNoAnswers + 1 : 0;
    lastError = null;
    return result;
  }

  /** The exception the last interaction errored with, to tell a time-out from other errors. */
  private Throwable lastError;

  private static boolean causedBy(Throwable t, Class<? extends Throwable> kind) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (kind.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why no further request should be sent after the interaction just verified, if so: the provider
   * is gone (exited, killed for memory, its container removed), the Docker engine stopped
   * answering, or two interactions in a row got no answer at all. Sending the rest would only
   * repeat the same error, a request timeout each.
   *
   * @param number the interaction's number in the run (1 for the first)
   * @return the reason, in words naming the interaction and what to do
   */
  Optional<String> haltReason(int number) {
    if (end.isPresent()) {
      io.pactcontainers.provider.ProviderEnd e = end.get();
      String during = " during interaction #" + number;
      return Optional.of(
          switch (e.kind()) {
            case ENGINE_GONE ->
                "the Docker engine stopped answering"
                    + during
                    + "; start it again (`docker info` must answer) and run again: the next run"
                    + " removes what this one left";
            case OUT_OF_MEMORY ->
                "the provider "
                    + e.description()
                    + during
                    + "; raise "
                    + listener.settingName(io.pactcontainers.Setting.PROVIDER_MEMORY)
                    + " or find what it allocates (its log is in target/pact/logs)";
            case EXITED, REMOVED ->
                "the provider " + e.description() + during + "; see its log in target/pact/logs";
          });
    }
    if (consecutiveNoAnswers >= 2) {
      return Optional.of(
          "the provider stopped answering: interactions #"
              + (number - 1)
              + " and #"
              + number
              + " got no answer within "
              + requestTimeout.toMillis()
              + " ms; see its log (paused, deadlocked, out of threads?), or raise "
              + listener.settingName(io.pactcontainers.Setting.REQUEST_TIMEOUT)
              + " if it is only slow");
    }
    return Optional.empty();
  }

  private InteractionResult verify(String consumer, Interaction interaction, boolean pendingPact) {
    long t0 = System.nanoTime();
    this.consumer = consumer;
    boolean pending = pendingPact || interaction.pending();
    setupSent.clear();
    requestSent = null;
    redirectsSent.clear();
    received = null;
    phase = Phase.STATE_SETUP;
    Map<String, Object> values;
    try {
      values = setUp(interaction.providerStates());
    } catch (PactContainersException e) {
      lastError = e;
      return new InteractionResult.Errored(
          interaction, withProviderEnd(e), since(t0), pending, evidence());
    }
    phase = Phase.REQUEST;
    InteractionResult result;
    try {
      List<Mismatch> mismatches;
      if (interaction instanceof HttpInteraction http) {
        mismatches = verifyHttp(http, withStateParams(interaction, values));
      } else if (interaction instanceof MessageInteraction message) {
        mismatches = verifyMessage(message);
      } else {
        mismatches = verifySyncMessage((SynchronousMessageInteraction) interaction);
      }
      result =
          mismatches.isEmpty()
              ? new InteractionResult.Passed(interaction, since(t0), pending)
              : new InteractionResult.Failed(
                  interaction, mismatches, since(t0), pending, evidence());
    } catch (io.pactcontainers.replay.ReplayException e) {
      // A provider that does not answer may have crashed: say so, it is what the user needs to know
      // first.
      lastError = e;
      result =
          new InteractionResult.Errored(
              interaction, withProviderEnd(e), since(t0), pending, evidence());
    } catch (PactContainersException e) {
      result =
          new InteractionResult.Errored(
              interaction, e.getMessage(), since(t0), pending, evidence());
    } catch (IllegalArgumentException e) {
      result =
          new InteractionResult.Errored(
              interaction,
              "The request cannot be sent: " + e.getMessage(),
              since(t0),
              pending,
              evidence());
    } catch (RuntimeException e) {
      result =
          new InteractionResult.Errored(
              interaction,
              "Verifying the interaction failed unexpectedly: " + e,
              since(t0),
              pending,
              evidence());
    }
    phase = Phase.STATE_TEARDOWN;
    try {
      states().ifPresent(s -> s.tearDown(interaction.providerStates(), stateCallHeaders()));
    } catch (PactContainersException e) {
      if (result.passed()) {
        result =
            new InteractionResult.Errored(
                interaction, e.getMessage(), since(t0), pending, evidence());
      }
    }
    return result;
  }

  /**
   * The values ProviderState generators may use: the state setup's answer first, then the states'
   * own params for what it did not return (pact-jvm and the Rust verifier both fall back to them).
   */
  private static Map<String, Object> withStateParams(
      Interaction interaction, Map<String, Object> fromSetup) {
    if (interaction.providerStates().stream().allMatch(s -> s.params().isEmpty())) {
      return fromSetup;
    }
    Map<String, Object> all = new LinkedHashMap<>();
    interaction.providerStates().forEach(s -> all.putAll(s.params()));
    all.putAll(fromSetup);
    return all;
  }

  /** This consumer's state endpoint: its own, else the one for all. */
  private Optional<StateChanger> states() {
    StateChanger own = consumerStates.get(consumer);
    return own != null ? Optional.of(own) : states;
  }

  private Map<String, Object> setUp(List<ProviderState> providerStates) {
    if (states().isPresent()) {
      return states().get().setUp(providerStates, stateCallHeaders());
    }
    for (ProviderState s : providerStates) {
      if (warnedStates.add(s.name())) {
        listener.warn(
            "No provider state callback is configured for provider state \""
                + s.name()
                + "\"; set "
                + listener.settingName(io.pactcontainers.Setting.STATE_CHANGE_URL)
                + " if the provider needs it");
      }
    }
    return Map.of();
  }

  private List<Mismatch> verifyHttp(HttpInteraction interaction, Map<String, Object> values) {
    HttpRequest generated = generators.apply(interaction.request(), values, baseUrl);
    HttpRequest request = shaped(generated);
    HttpResponse actual = replayer.send(request, setByUs(generated, request), this::followed);
    received = actual;
    return Redirects.explained(
        responses.match(interaction.response(), actual), actual, followRedirects, listener);
  }

  /**
   * The headers the configuration and the request filters set or changed: they go to the provider's
   * origin only, never where a redirect leads elsewhere.
   */
  private static java.util.Set<String> setByUs(HttpRequest generated, HttpRequest shaped) {
    java.util.Set<String> names = new java.util.HashSet<>();
    shaped
        .headers()
        .values()
        .forEach(
            (name, values) -> {
              if (!values.equals(generated.headers().all(name))) {
                names.add(name);
              }
            });
    return names;
  }

  /**
   * Asks the provider for the message, as the Pact verifiers do over HTTP: POST the description and
   * states; the body is the message, header {@code Pact-Message-Metadata} its metadata (base64
   * JSON).
   */
  private List<Mismatch> verifyMessage(MessageInteraction interaction) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("description", interaction.description());
    if (!interaction.providerStates().isEmpty()) {
      body.put("providerStates", states(interaction));
    }
    return messages.match(interaction.message(), askForMessage(interaction, body));
  }

  /**
   * A V4 synchronous message, as the Rust verifier verifies it: POST the description, the request
   * message ({@code contents} and {@code metadata}) and the states to the same message endpoint;
   * the answer is the response message, matched against the first expected response.
   */
  private List<Mismatch> verifySyncMessage(SynchronousMessageInteraction interaction) {
    // The request message as a V4 pact writes it (the Rust verifier sends the same: conformance
    // c163).
    Map<String, Object> request = new LinkedHashMap<>();
    Body contents = interaction.request().contents();
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("content", contentsAsJson(contents));
    if (contents.contentType() != null) {
      c.put("contentType", contents.contentType());
    }
    c.put("encoded", false);
    request.put("contents", c);
    if (!interaction.request().metadata().isEmpty()) {
      request.put("metadata", interaction.request().metadata());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("description", interaction.description());
    body.put("request", request);
    if (!interaction.providerStates().isEmpty()) {
      body.put("providerStates", states(interaction));
    }
    Message produced = askForMessage(interaction, body);
    if (interaction.responses().isEmpty()) {
      return List.of();
    }
    if (interaction.responses().size() > 1 && warnedMultipleResponses.add(interaction.label())) {
      listener.warn(
          "Synchronous message "
              + interaction.label()
              + " expects "
              + interaction.responses().size()
              + " responses; like the Rust verifier, only the first is matched");
    }
    return messages.match(interaction.responses().get(0), produced);
  }

  /** The states as the Rust verifier sends them: the name, and the params when there are any. */
  private static List<Map<String, Object>> states(Interaction interaction) {
    return interaction.providerStates().stream()
        .map(
            s ->
                s.params().isEmpty()
                    ? Map.<String, Object>of("name", s.name())
                    : Map.<String, Object>of("name", s.name(), "params", s.params()))
        .toList();
  }

  private Object contentsAsJson(Body contents) {
    if (!contents.isPresent()) {
      return null;
    }
    if (contents.writtenFromJson()) {
      // Embedded as written, byte for byte: read back and written again, 1.50 could become 1.5.
      return new com.fasterxml.jackson.databind.util.RawValue(contents.asString());
    }
    return contents.asString();
  }

  @SuppressWarnings("unchecked")
  private Message askForMessage(Interaction interaction, Map<String, Object> body) {
    String url =
        messageUrl.orElseThrow(
            () ->
                new MessageConfigException(
                    "Message interaction "
                        + interaction.label()
                        + " needs the provider's message URL; set "
                        + listener.settingName(io.pactcontainers.Setting.MESSAGE_URL)));
    byte[] json;
    try {
      json = mapper.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new MessageConfigException("Cannot encode the message request: " + e.getMessage());
    }
    HttpRequest request =
        new HttpRequest(
            "POST",
            url.startsWith("http") ? URI.create(url).getPath() : url,
            Map.of(),
            new io.pactcontainers.model.Headers(
                Map.of("Content-Type", List.of("application/json"))),
            Body.of(json, "application/json"),
            io.pactcontainers.model.MatchingRules.none(),
            io.pactcontainers.model.Generators.none());
    HttpResponse actual = replayer.send(request);
    received = actual;
    if (actual.status() / 100 != 2) {
      throw new MessageConfigException(
          "Request to fetch message from provider failed: status "
              + actual.status()
              + " from "
              + url
              + " for "
              + interaction.label()
              + "; check that the message endpoint knows this description");
    }
    Map<String, Object> metadata = new LinkedHashMap<>();
    actual
        .headers()
        .joined("Pact-Message-Metadata")
        .ifPresent(
            h -> {
              try {
                metadata.putAll(
                    mapper.readValue(Base64.getDecoder().decode(h.trim()), LinkedHashMap.class));
              } catch (IOException | IllegalArgumentException e) {
                listener.warn(
                    "Ignoring header Pact-Message-Metadata that is not base64 JSON: " + h);
              }
            });
    String type = actual.headers().joined("Content-Type").orElse(null);
    if (type != null) {
      metadata.putIfAbsent("contentType", type);
    }
    return new Message(
        actual.body(),
        metadata,
        io.pactcontainers.model.MatchingRules.none(),
        io.pactcontainers.model.Generators.none());
  }

  /**
   * The request as it goes out: the configured headers set where they belong for this consumer,
   * then the request filters in order. A filter's exception is this interaction's error, naming the
   * filter (its class is the user's, not ours).
   */
  private HttpRequest shaped(HttpRequest generated) {
    HttpRequest request = generated;
    for (RequestHeader h : headers) {
      request = request.withHeaders(h.applyTo(consumer, request.headers()));
    }
    for (RequestFilter f : filters) {
      request = filtered(f, request);
      if (request == null) {
        throw new RequestFilterException(f, (RuntimeException) null);
      }
    }
    return request;
  }

  /** Runs the user's filters, each on a thread of its own so that one that hangs can be left. */
  private static final java.util.concurrent.ExecutorService FILTERS =
      java.util.concurrent.Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "pact-request-filter");
            t.setDaemon(true);
            return t;
          });

  /**
   * The filter's request, bounded by the request timeout: a filter that hangs (a token service that
   * does not answer) errs this interaction naming it, instead of holding the run forever.
   */
  private HttpRequest filtered(RequestFilter f, HttpRequest request) {
    java.util.concurrent.Future<HttpRequest> applied = FILTERS.submit(() -> f.apply(request));
    try {
      return applied.get(requestTimeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new RequestFilterException(
          f, e.getCause() instanceof RuntimeException r ? r : new RuntimeException(e.getCause()));
    } catch (java.util.concurrent.TimeoutException e) {
      applied.cancel(true);
      throw new RequestFilterException(f, requestTimeout);
    } catch (InterruptedException e) {
      applied.cancel(true);
      Thread.currentThread().interrupt();
      throw new RequestFilterException(f, new RuntimeException("interrupted"));
    }
  }

  /** The configured headers the state calls of this consumer's interactions carry. */
  private List<Map.Entry<String, String>> stateCallHeaders() {
    return headers.stream()
        .filter(h -> h.stateCalls() && h.appliesTo(consumer))
        .map(h -> Map.entry(h.name(), h.value()))
        .toList();
  }

  /** A request filter threw, or returned no request: the interaction cannot be sent. */
  static final class RequestFilterException extends PactContainersException {
    private static final long serialVersionUID = 1L;

    RequestFilterException(RequestFilter filter, RuntimeException cause) {
      super(
          "The request filter "
              + filterName(filter)
              + (cause == null
                  ? " returned no request"
                  : " threw " + cause.getClass().getName() + ": " + cause.getMessage())
              + "; the request was not sent",
          cause);
    }

    RequestFilterException(RequestFilter filter, Duration timeout) {
      super(
          "The request filter "
              + filterName(filter)
              + " did not return within "
              + timeout.toMillis()
              + " ms (the request timeout); the request was not sent: make the filter faster"
              + " or raise the request timeout");
    }

    private static String filterName(RequestFilter filter) {
      String name = filter.getClass().getName();
      // A lambda's class name says nothing ("...$$Lambda$12/0x..."): its enclosing class does.
      return filter.getClass().isSynthetic() ? name.replaceAll("\\$\\$Lambda.*", "") : name;
    }
  }

  private static Duration since(long t0) {
    return Duration.ofNanos(System.nanoTime() - t0);
  }

  /** A message interaction without a message URL to ask. */
  static final class MessageConfigException extends PactContainersException {
    private static final long serialVersionUID = 1L;

    MessageConfigException(String message) {
      super(message);
    }
  }

  /**
   * The error, followed by how the provider ended when it has (crashed, say): what to look at
   * first.
   */
  private String withProviderEnd(PactContainersException error) {
    if (!causedBy(error, IOException.class)) {
      return error.getMessage(); // the provider answered (a state endpoint's 500, say): it is up
    }
    end = providerEnded.get();
    return error.getMessage()
        + end.map(
                e ->
                    "; the provider "
                        + e.description()
                        + (e.kind() == io.pactcontainers.provider.ProviderEnd.Kind.ENGINE_GONE
                            ? ""
                            : ": see its log below and in target/pact/logs"))
            .orElse("");
  }
}
