package io.pactcontainers.verify;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.Setting;
import io.pactcontainers.matching.MessageMatcher;
import io.pactcontainers.message.MessageRequest;
import io.pactcontainers.message.MessageSource;
import io.pactcontainers.model.Interaction;
import io.pactcontainers.model.JsonLimits;
import io.pactcontainers.model.Message;
import io.pactcontainers.model.MessageInteraction;
import io.pactcontainers.model.Mismatch;
import io.pactcontainers.model.SynchronousMessageInteraction;
import io.pactcontainers.replay.RequestReplayer;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Gets a message interaction's message from its {@link MessageSource} and matches it. The source is
 * the configured one (Java code, {@code @MessageProvider} methods) for the descriptions it answers,
 * else the provider's message endpoint ({@link HttpMessageSource}) when one is configured: a team
 * can move its messages to methods one at a time.
 */
final class MessageAsker {
  private final Set<String> warnedMultipleResponses = new HashSet<>();
  private final Optional<MessageSource> code;
  private final Optional<MessageSource> endpoint;
  private final MessageMatcher messages;
  private final VerificationListener listener;

  /** The calls of the interaction being verified, where the endpoint's answer is recorded. */
  private CallLog calls;

  MessageAsker(
      Optional<String> messageUrl,
      Optional<MessageSource> code,
      RequestReplayer replayer,
      JsonLimits limits,
      VerificationListener listener) {
    this.code = code;
    this.endpoint =
        messageUrl.map(
            url -> new HttpMessageSource(url, replayer, r -> calls.received(r), listener));
    this.messages = new MessageMatcher(limits);
    this.listener = listener;
  }

  /** An asynchronous message: produced for the description and states, matched. */
  List<Mismatch> verify(MessageInteraction interaction, CallLog calls) {
    MessageRequest request =
        new MessageRequest(
            interaction.description(), interaction.providerStates(), Optional.empty());
    return messages.match(interaction.message(), produce(interaction, request, calls));
  }

  /**
   * A V4 synchronous message, as the Rust verifier verifies it: the request message given too; the
   * answer is the response message, matched against the first expected response.
   */
  List<Mismatch> verify(SynchronousMessageInteraction interaction, CallLog calls) {
    MessageRequest request =
        new MessageRequest(
            interaction.description(),
            interaction.providerStates(),
            Optional.of(interaction.request()));
    Message produced = produce(interaction, request, calls);
    if (interaction.responses().isEmpty()) {
      return List.of();
    }
    if (interaction.responses().size() > 1 && warnedMultipleResponses.add(interaction.label())) {
      listener.event(
          new RunEvent.OnlyFirstResponseMatched(
              interaction.label(), interaction.responses().size()));
    }
    return messages.match(interaction.responses().get(0), produced);
  }

  private Message produce(Interaction interaction, MessageRequest request, CallLog calls) {
    this.calls = calls;
    MessageSource source =
        code.filter(c -> c.answers(request.description()))
            .or(() -> endpoint)
            .or(() -> code)
            .orElseThrow(
                () ->
                    new MessageConfigException(
                        "Message interaction "
                            + interaction.label()
                            + " needs the provider's message URL; set "
                            + listener.settingName(Setting.MESSAGE_URL)));
    source.producedBy(request.description()).ifPresent(calls::messageProducedBy);
    try {
      return source.produce(request);
    } catch (PactContainersException e) {
      throw e;
    } catch (Exception e) {
      throw new MessageConfigException(
          "Producing the message of " + interaction.label() + " failed: " + e, e);
    }
  }

  /** A message interaction without a message URL to ask, or whose endpoint did not answer 2xx. */
  static final class MessageConfigException extends PactContainersException {
    private static final long serialVersionUID = 1L;

    MessageConfigException(String message) {
      super(message);
    }

    MessageConfigException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
