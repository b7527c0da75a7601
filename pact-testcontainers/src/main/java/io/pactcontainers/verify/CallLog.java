package io.pactcontainers.verify;

import io.pactcontainers.model.HttpResponse;
import io.pactcontainers.model.SentRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The calls one interaction's attempt sent, kept apart by phase, and the provider's answer: the
 * evidence a failure carries. The HTTP client tells the log of every request it sends; a new log
 * per attempt, so nothing of the previous interaction's calls leaks into the next one's evidence.
 */
final class CallLog {
  /** Which of the interaction's calls the HTTP client is sending. */
  enum Phase {
    STATE_SETUP,
    REQUEST,
    STATE_TEARDOWN
  }

  private final URI provider;
  private final Optional<String> image;
  private Phase phase = Phase.STATE_SETUP;
  private final List<SentRequest> setupSent = new ArrayList<>();
  private SentRequest requestSent;
  private final List<SentRequest> redirectsSent = new ArrayList<>();
  private HttpResponse received;
  private final List<Evidence.StateInProcess> statesInProcess = new ArrayList<>();
  private String messageProducedBy;

  /**
   * @param provider the provider's base URL the calls go to
   * @param image the id of the image the provider's container runs, when known
   */
  CallLog(URI provider, Optional<String> image) {
    this.provider = provider;
    this.image = image;
  }

  void enter(Phase next) {
    phase = next;
  }

  /** A request the HTTP client is about to send. */
  void sent(SentRequest request) {
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

  /** A state set up by Java code in this JVM: no call to send again, the reproduction says so. */
  void setUpInProcess(String state, String setBy) {
    statesInProcess.add(new Evidence.StateInProcess(state, setBy));
  }

  /**
   * The message produced by Java code in this JVM: no request to send again, the reproduction says
   * so.
   */
  void messageProducedBy(String by) {
    messageProducedBy = by;
  }

  /** The provider's answer to the interaction's request (or to the request for its message). */
  void received(HttpResponse response) {
    received = response;
  }

  Evidence evidence() {
    return new Evidence(
        setupSent,
        Optional.ofNullable(requestSent),
        Optional.ofNullable(received),
        List.of(),
        Optional.of(provider),
        redirectsSent,
        statesInProcess,
        image,
        Optional.ofNullable(messageProducedBy));
  }
}
