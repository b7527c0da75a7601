package io.pactcontainers.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import io.pactcontainers.message.MessageRequest;
import io.pactcontainers.message.MessageSource;
import io.pactcontainers.model.Body;
import io.pactcontainers.model.Generators;
import io.pactcontainers.model.Headers;
import io.pactcontainers.model.HttpRequest;
import io.pactcontainers.model.HttpResponse;
import io.pactcontainers.model.MatchingRules;
import io.pactcontainers.model.Message;
import io.pactcontainers.model.ProviderState;
import io.pactcontainers.replay.RequestReplayer;
import java.io.IOException;
import java.net.URI;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The provider's message endpoint as a {@link MessageSource}, as the Pact verifiers ask it: POST
 * the description and states (and, for a V4 synchronous message, the request message) to it; the
 * body is the message, header {@code Pact-Message-Metadata} its metadata (base64 JSON).
 */
final class HttpMessageSource implements MessageSource {
  private final ObjectMapper mapper = new ObjectMapper();
  private final String url;
  private final RequestReplayer replayer;
  private final Consumer<HttpResponse> received;
  private final VerificationListener listener;

  /**
   * @param url the message endpoint (path or URL)
   * @param replayer sends the request to the provider
   * @param received told of the endpoint's answer, for the interaction's evidence
   * @param listener told of a metadata header that cannot be read
   */
  HttpMessageSource(
      String url,
      RequestReplayer replayer,
      Consumer<HttpResponse> received,
      VerificationListener listener) {
    this.url = url;
    this.replayer = replayer;
    this.received = received;
    this.listener = listener;
  }

  /** None: the request for the message is in the evidence, sent again by the commands. */
  @Override
  public java.util.Optional<String> producedBy(String description) {
    return java.util.Optional.empty();
  }

  @Override
  public Message produce(MessageRequest request) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("description", request.description());
    request.request().ifPresent(r -> body.put("request", requestMessage(r)));
    if (!request.providerStates().isEmpty()) {
      body.put("providerStates", states(request.providerStates()));
    }
    byte[] json;
    try {
      json = mapper.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new MessageAsker.MessageConfigException(
          "Cannot encode the message request: " + e.getMessage());
    }
    HttpRequest post =
        new HttpRequest(
            "POST",
            url.startsWith("http") ? URI.create(url).getPath() : url,
            Map.of(),
            new Headers(Map.of("Content-Type", List.of("application/json"))),
            Body.of(json, "application/json"),
            MatchingRules.none(),
            Generators.none());
    HttpResponse actual = replayer.send(post);
    received.accept(actual);
    if (actual.status() / 100 != 2) {
      throw new MessageAsker.MessageConfigException(
          "Request to fetch message from provider failed: status "
              + actual.status()
              + " from "
              + url
              + " for "
              + request.description()
              + "; check that the message endpoint knows this description");
    }
    return new Message(actual.body(), metadata(actual), MatchingRules.none(), Generators.none());
  }

  /** The request message as a V4 pact writes it (the Rust verifier sends the same: c163). */
  private static Map<String, Object> requestMessage(Message request) {
    Map<String, Object> out = new LinkedHashMap<>();
    Body contents = request.contents();
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("content", contentsAsJson(contents));
    if (contents.contentType() != null) {
      c.put("contentType", contents.contentType());
    }
    c.put("encoded", false);
    out.put("contents", c);
    if (!request.metadata().isEmpty()) {
      out.put("metadata", request.metadata());
    }
    return out;
  }

  /** The states as the Rust verifier sends them: the name, and the params when there are any. */
  private static List<Map<String, Object>> states(List<ProviderState> states) {
    return states.stream()
        .map(
            s -> {
              // In this order, every run: the request is the same bytes each time (Map.of's order
              // changes from one JVM to the next).
              Map<String, Object> state = new LinkedHashMap<>();
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
}
