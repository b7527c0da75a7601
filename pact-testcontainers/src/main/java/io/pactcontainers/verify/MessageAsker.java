package io.pactcontainers.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import io.pactcontainers.PactContainersException;
import io.pactcontainers.Setting;
import io.pactcontainers.matching.MessageMatcher;
import io.pactcontainers.model.Body;
import io.pactcontainers.model.Generators;
import io.pactcontainers.model.Headers;
import io.pactcontainers.model.HttpRequest;
import io.pactcontainers.model.HttpResponse;
import io.pactcontainers.model.Interaction;
import io.pactcontainers.model.JsonLimits;
import io.pactcontainers.model.MatchingRules;
import io.pactcontainers.model.Message;
import io.pactcontainers.model.MessageInteraction;
import io.pactcontainers.model.Mismatch;
import io.pactcontainers.model.SynchronousMessageInteraction;
import io.pactcontainers.replay.RequestReplayer;
import java.io.IOException;
import java.net.URI;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Asks the provider for a message interaction's message, as the Pact verifiers do over HTTP: POST
 * the description and states (and, for a V4 synchronous message, the request message) to the
 * message endpoint; the body is the message, header {@code Pact-Message-Metadata} its metadata
 * (base64 JSON). Then matches it.
 */
final class MessageAsker {
  private final ObjectMapper mapper = new ObjectMapper();
  private final Set<String> warnedMultipleResponses = new HashSet<>();
  private final Optional<String> messageUrl;
  private final RequestReplayer replayer;
  private final MessageMatcher messages;
  private final VerificationListener listener;

  MessageAsker(
      Optional<String> messageUrl,
      RequestReplayer replayer,
      JsonLimits limits,
      VerificationListener listener) {
    this.messageUrl = messageUrl;
    this.replayer = replayer;
    this.messages = new MessageMatcher(limits);
    this.listener = listener;
  }

  /** An asynchronous message: the description and states asked for, the message matched. */
  List<Mismatch> verify(MessageInteraction interaction, CallLog calls) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("description", interaction.description());
    if (!interaction.providerStates().isEmpty()) {
      body.put("providerStates", states(interaction));
    }
    return messages.match(interaction.message(), ask(interaction, body, calls));
  }

  /**
   * A V4 synchronous message, as the Rust verifier verifies it: the request message ({@code
   * contents} and {@code metadata}) sent too; the answer is the response message, matched against
   * the first expected response.
   */
  List<Mismatch> verify(SynchronousMessageInteraction interaction, CallLog calls) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("description", interaction.description());
    body.put("request", requestMessage(interaction));
    if (!interaction.providerStates().isEmpty()) {
      body.put("providerStates", states(interaction));
    }
    Message produced = ask(interaction, body, calls);
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

  /** The request message as a V4 pact writes it (the Rust verifier sends the same: c163). */
  private Map<String, Object> requestMessage(SynchronousMessageInteraction interaction) {
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
    return request;
  }

  /** The states as the Rust verifier sends them: the name, and the params when there are any. */
  private static List<Map<String, Object>> states(Interaction interaction) {
    return interaction.providerStates().stream()
        .map(
            s -> {
              // In this order, every run: the request is the same bytes each time (Map.of's order
              // changes from one JVM to the next).
              Map<String, Object> state = new java.util.LinkedHashMap<>();
              state.put("name", s.name());
              if (!s.params().isEmpty()) {
                state.put("params", s.params());
              }
              return state;
            })
        .toList();
  }

  private static Object contentsAsJson(Body contents) {
    if (!contents.isPresent()) {
      return null;
    }
    if (contents.writtenFromJson()) {
      // Embedded as written, byte for byte: read back and written again, 1.50 could become 1.5.
      return new RawValue(contents.asString());
    }
    return contents.asString();
  }

  private Message ask(Interaction interaction, Map<String, Object> body, CallLog calls) {
    String url =
        messageUrl.orElseThrow(
            () ->
                new MessageConfigException(
                    "Message interaction "
                        + interaction.label()
                        + " needs the provider's message URL; set "
                        + listener.settingName(Setting.MESSAGE_URL)));
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
            new Headers(Map.of("Content-Type", List.of("application/json"))),
            Body.of(json, "application/json"),
            MatchingRules.none(),
            Generators.none());
    HttpResponse actual = replayer.send(request);
    calls.received(actual);
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
    return new Message(actual.body(), metadata(actual), MatchingRules.none(), Generators.none());
  }

  /** The message's metadata: header {@code Pact-Message-Metadata}, and its content type. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> metadata(HttpResponse actual) {
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
                listener.event(new RunEvent.MetadataHeaderIgnored(h));
              }
            });
    String type = actual.headers().joined("Content-Type").orElse(null);
    if (type != null) {
      metadata.putIfAbsent("contentType", type);
    }
    return metadata;
  }

  /** A message interaction without a message URL to ask, or whose endpoint did not answer 2xx. */
  static final class MessageConfigException extends PactContainersException {
    private static final long serialVersionUID = 1L;

    MessageConfigException(String message) {
      super(message);
    }
  }
}
