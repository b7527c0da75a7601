package io.pactcontainers.verify;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.Setting;
import io.pactcontainers.matching.ResponseMatcher;
import io.pactcontainers.model.HttpInteraction;
import io.pactcontainers.model.HttpRequest;
import io.pactcontainers.model.HttpResponse;
import io.pactcontainers.model.Interaction;
import io.pactcontainers.model.MessageInteraction;
import io.pactcontainers.model.Mismatch;
import io.pactcontainers.model.SynchronousMessageInteraction;
import io.pactcontainers.provider.ProviderEnd;
import io.pactcontainers.replay.ProviderHttpClient;
import io.pactcontainers.replay.ReplayException;
import io.pactcontainers.replay.RequestGenerators;
import io.pactcontainers.replay.RequestReplayer;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Verifies one interaction after another on one provider: state set-up, request (shaped, sent,
 * matched) or message, teardown. The parts live apart: {@link StateCalls}, {@link RequestShaper},
 * {@link MessageAsker}, {@link HaltWatch}; each interaction is an {@link Attempt} with its own
 * {@link CallLog}. Not thread-safe: each container has its own runner, used by one thread at a
 * time.
 */
final class InteractionRunner {
  private final ResponseMatcher responses;
  private final RequestGenerators generators = new RequestGenerators();
  private final RequestReplayer replayer;
  private final RequestShaper shaper;
  private final MessageAsker messages;
  private final StateCalls states;
  private final HaltWatch halt;
  private final URI baseUrl;
  private final Optional<String> image;
  private final boolean followRedirects;
  private final VerificationListener listener;

  /** The calls of the interaction being verified, which the HTTP client tells of as it sends. */
  private CallLog calls;

  InteractionRunner(
      VerificationConfig config,
      URI baseUrl,
      Optional<String> image,
      ProviderHttpClient http,
      VerificationListener listener,
      Supplier<Optional<ProviderEnd>> providerEnded) {
    this.baseUrl = baseUrl;
    this.image = image;
    this.followRedirects = config.followRedirects();
    this.listener = listener;
    this.shaper =
        new RequestShaper(
            config.requestHeaders(),
            config.requestFilters(),
            config.requestHooks(),
            config.requestTimeout());
    this.states = new StateCalls(config, baseUrl, http, shaper, listener);
    // The base path goes before the interactions' paths only: state calls have their own URL.
    this.replayer =
        new RequestReplayer(
            URI.create(baseUrl.toString().replaceAll("/+$", "") + config.basePath()),
            http,
            config.followRedirects());
    this.responses = new ResponseMatcher(config.jsonLimits());
    this.messages =
        new MessageAsker(
            config.messageUrl(), config.messageSource(), replayer, config.jsonLimits(), listener);
    this.halt =
        new HaltWatch(
            providerEnded,
            config.requestTimeout(),
            listener,
            config
                .providerTls()
                .clientCertificate()
                .map(io.pactcontainers.source.ClientCertificate::description));
    this.calls = new CallLog(baseUrl, image);
    http.observe(r -> calls.sent(r));
  }

  InteractionResult run(String consumer, Interaction interaction, boolean pendingPact) {
    halt.begin();
    calls = new CallLog(baseUrl, image);
    InteractionResult result = verify(Attempt.begin(consumer, interaction, pendingPact));
    halt.finished(result);
    return result;
  }

  /**
   * Why no further request should be sent after the interaction just verified, if so: the provider
   * is gone (exited, killed for memory, its container removed), the Docker engine stopped
   * answering, or two interactions in a row got no answer at all.
   *
   * @param number the interaction's number in the run (1 for the first)
   * @return the reason, in words naming the interaction and what to do
   */
  Optional<String> haltReason(int number) {
    return halt.haltReason(number);
  }

  private InteractionResult verify(Attempt attempt) {
    Map<String, Object> values;
    try {
      values = states.setUp(attempt, calls);
    } catch (PactContainersException e) {
      return attempt.errored(halt.withProviderEnd(e), calls.evidence());
    }
    calls.enter(CallLog.Phase.REQUEST);
    InteractionResult result = exchange(attempt, values);
    calls.enter(CallLog.Phase.STATE_TEARDOWN);
    try {
      states.tearDown(attempt);
    } catch (PactContainersException e) {
      if (result.passed()) {
        result = attempt.errored(e.getMessage(), calls.evidence());
      }
    }
    return result;
  }

  /** The request (or the request for the message) sent and its answer matched. */
  private InteractionResult exchange(Attempt attempt, Map<String, Object> values) {
    Interaction interaction = attempt.interaction();
    try {
      List<Mismatch> mismatches;
      if (interaction instanceof HttpInteraction http) {
        mismatches = verifyHttp(attempt, http, StateCalls.withStateParams(interaction, values));
      } else if (interaction instanceof MessageInteraction message) {
        mismatches = messages.verify(message, calls);
      } else {
        mismatches = messages.verify((SynchronousMessageInteraction) interaction, calls);
      }
      return attempt.matched(mismatches, calls.evidence());
    } catch (ReplayException e) {
      // A provider that does not answer may have crashed: say so, it is what the user needs to know
      // first.
      return attempt.errored(halt.withProviderEnd(e), calls.evidence());
    } catch (PactContainersException e) {
      return attempt.errored(e.getMessage(), calls.evidence());
    } catch (IllegalArgumentException e) {
      return attempt.errored("The request cannot be sent: " + e.getMessage(), calls.evidence());
    } catch (RuntimeException e) {
      return attempt.errored(
          "Verifying the interaction failed unexpectedly: " + e, calls.evidence());
    }
  }

  private List<Mismatch> verifyHttp(
      Attempt attempt, HttpInteraction interaction, Map<String, Object> values) {
    HttpRequest generated = generators.apply(interaction.request(), values, baseUrl);
    HttpRequest request = shaper.shaped(attempt.consumer(), interaction, generated);
    HttpResponse actual =
        replayer.send(
            request,
            RequestShaper.setByUs(generated, request),
            redirect -> followed(attempt, redirect));
    calls.received(actual);
    return Redirects.explained(
        responses.match(interaction.response(), actual), actual, followRedirects, listener);
  }

  /**
   * A redirect followed: said, so that no report reads as if the pact's path itself had answered,
   * with the headers left out because it leads to another origin.
   */
  private void followed(Attempt attempt, RequestReplayer.Redirect redirect) {
    listener.event(
        new RunEvent.RedirectFollowed(
            listener.settingName(Setting.FOLLOW_REDIRECTS),
            attempt.interaction().description(),
            redirect.status(),
            redirect.method(),
            String.valueOf(redirect.to()),
            redirect.dropped()));
  }
}
