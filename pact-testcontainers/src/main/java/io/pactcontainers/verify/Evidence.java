package io.pactcontainers.verify;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.model.HttpResponse;
import io.pactcontainers.model.SentRequest;
import java.util.List;
import java.util.Optional;

/**
 * What a reader needs to look into an interaction that did not pass: the state set-up calls and the
 * request exactly as sent (to send them again), the provider's answer, and what the provider logged
 * while the interaction ran. Kept for failed and errored interactions only: passed ones would cost
 * memory on big pacts for nothing anyone reads.
 *
 * @param stateSetup the state set-up calls, in the order sent
 * @param request the interaction's request (for a message, the request for the message), when it
 *     was sent
 * @param response the provider's answer to it, when one came
 * @param providerLog the provider container's log lines written while the interaction ran, the last
 *     20 at most
 * @param provider the provider's base URL the calls went to, when known: the commands that send
 *     them again write it as {@code $PROVIDER}
 * @param redirects the requests sent after {@code request} because its answer was a redirect
 *     followed; the commands that send it again follow them too ({@code curl -L})
 * @param statesInProcess the states set up by Java code in the verifying JVM rather than by a call
 *     that could be sent again: the commands say so instead
 * @param image the id of the image the provider's container ran ({@code sha256:...}), when the
 *     verifier started it from a named image: the commands that start it again run that id, not a
 *     tag that may have moved since
 * @param messageProducedBy what produced the interaction's message in the verifying JVM (a {@code
 *     MessageProvider} method), in words that finish "produced by ...": no request for it to send
 *     again, the commands say so instead
 */
public record Evidence(
    List<SentRequest> stateSetup,
    Optional<SentRequest> request,
    Optional<HttpResponse> response,
    List<String> providerLog,
    Optional<java.net.URI> provider,
    List<SentRequest> redirects,
    List<StateInProcess> statesInProcess,
    Optional<String> image,
    Optional<String> messageProducedBy) {
  /** No evidence: what a passed interaction carries. */
  public static final Evidence NONE =
      new Evidence(List.of(), Optional.empty(), Optional.empty(), List.of(), Optional.empty());

  /**
   * A provider state set up in the verifying JVM, which no command can set up again.
   *
   * @param state the state's name
   * @param setBy what set it up, in words that finish "set up by ..."
   */
  public record StateInProcess(String state, String setBy) {
    /**
     * Checks the components.
     *
     * @param state the state's name
     * @param setBy what set it up
     */
    public StateInProcess {
      requireNonNull(state, "state");
      requireNonNull(setBy, "setBy");
    }
  }

  /**
   * Evidence without the provider's image id: the commands start the provider by its tag.
   *
   * @param stateSetup the state set-up calls, in the order sent
   * @param request the interaction's request, when it was sent
   * @param response the provider's answer to it, when one came
   * @param providerLog the provider container's log lines written while the interaction ran
   * @param provider the provider's base URL the calls went to, when known
   * @param redirects the requests sent after {@code request} following redirects
   * @param statesInProcess the states set up by Java code in the verifying JVM
   */
  public Evidence(
      List<SentRequest> stateSetup,
      Optional<SentRequest> request,
      Optional<HttpResponse> response,
      List<String> providerLog,
      Optional<java.net.URI> provider,
      List<SentRequest> redirects,
      List<StateInProcess> statesInProcess) {
    this(
        stateSetup,
        request,
        response,
        providerLog,
        provider,
        redirects,
        statesInProcess,
        Optional.empty());
  }

  /**
   * Evidence of states set up by calls only.
   *
   * @param stateSetup the state set-up calls, in the order sent
   * @param request the interaction's request, when it was sent
   * @param response the provider's answer to it, when one came
   * @param providerLog the provider container's log lines written while the interaction ran
   * @param provider the provider's base URL the calls went to, when known
   * @param redirects the requests sent after {@code request} following redirects
   */
  public Evidence(
      List<SentRequest> stateSetup,
      Optional<SentRequest> request,
      Optional<HttpResponse> response,
      List<String> providerLog,
      Optional<java.net.URI> provider,
      List<SentRequest> redirects) {
    this(stateSetup, request, response, providerLog, provider, redirects, List.of());
  }

  /**
   * Evidence without redirects followed.
   *
   * @param stateSetup the state set-up calls, in the order sent
   * @param request the interaction's request, when it was sent
   * @param response the provider's answer to it, when one came
   * @param providerLog the provider container's log lines written while the interaction ran
   * @param provider the provider's base URL the calls went to, when known
   */
  public Evidence(
      List<SentRequest> stateSetup,
      Optional<SentRequest> request,
      Optional<HttpResponse> response,
      List<String> providerLog,
      Optional<java.net.URI> provider) {
    this(stateSetup, request, response, providerLog, provider, List.of());
  }

  /**
   * Checks that nothing is null and copies the lists.
   *
   * @param stateSetup the state set-up calls, in the order sent
   * @param request the interaction's request (for a message, the request for the message), when it
   *     was sent
   * @param response the provider's answer to it, when one came
   * @param providerLog the provider container's log lines written while the interaction ran, the
   *     cut to an excerpt by {@link LogExcerpt}
   * @param provider the provider's base URL the calls went to, when known
   * @param redirects the requests sent after {@code request} following redirects
   * @param statesInProcess the states set up by Java code in the verifying JVM
   * @param image the id of the image the provider's container ran, when known
   * @param messageProducedBy what produced the message in the verifying JVM, when something did
   */
  public Evidence {
    stateSetup = List.copyOf(stateSetup);
    requireNonNull(request, "request");
    requireNonNull(response, "response");
    providerLog = List.copyOf(providerLog);
    requireNonNull(provider, "provider");
    redirects = List.copyOf(redirects);
    statesInProcess = List.copyOf(statesInProcess);
    requireNonNull(image, "image");
    requireNonNull(messageProducedBy, "messageProducedBy");
  }

  /**
   * Evidence of a request sent for the message, if any.
   *
   * @param stateSetup the state set-up calls, in the order sent
   * @param request the interaction's request, when it was sent
   * @param response the provider's answer to it, when one came
   * @param providerLog the provider container's log lines written while the interaction ran
   * @param provider the provider's base URL the calls went to, when known
   * @param redirects the requests sent after {@code request} following redirects
   * @param statesInProcess the states set up by Java code in the verifying JVM
   * @param image the id of the image the provider's container ran, when known
   */
  public Evidence(
      List<SentRequest> stateSetup,
      Optional<SentRequest> request,
      Optional<HttpResponse> response,
      List<String> providerLog,
      Optional<java.net.URI> provider,
      List<SentRequest> redirects,
      List<StateInProcess> statesInProcess,
      Optional<String> image) {
    this(
        stateSetup,
        request,
        response,
        providerLog,
        provider,
        redirects,
        statesInProcess,
        image,
        Optional.empty());
  }

  /**
   * Evidence whose provider URL is not known: the commands that send it again name the URLs sent.
   *
   * @param stateSetup the state set-up calls, in the order sent
   * @param request the interaction's request, when it was sent
   * @param response the provider's answer to it, when one came
   * @param providerLog the provider container's log lines written while the interaction ran
   */
  public Evidence(
      List<SentRequest> stateSetup,
      Optional<SentRequest> request,
      Optional<HttpResponse> response,
      List<String> providerLog) {
    this(stateSetup, request, response, providerLog, Optional.empty());
  }

  /**
   * The same evidence with the provider's log lines.
   *
   * @param lines the provider container's log lines written while the interaction ran
   * @return the evidence with those lines
   */
  public Evidence withProviderLog(List<String> lines) {
    return new Evidence(
        stateSetup,
        request,
        response,
        lines,
        provider,
        redirects,
        statesInProcess,
        image,
        messageProducedBy);
  }
}
