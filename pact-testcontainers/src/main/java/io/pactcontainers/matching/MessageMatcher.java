package io.pactcontainers.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.model.MatchingRules;
import io.pactcontainers.model.Message;
import io.pactcontainers.model.Mismatch;
import io.pactcontainers.model.RuleGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Compares a message the provider produced with the one a pact expects: contents and metadata. */
public final class MessageMatcher {
  private final ObjectMapper mapper;
  private final RuleCheck check = new RuleCheck();
  private final BodyMatcher bodies;

  public MessageMatcher() {
    this(io.pactcontainers.model.JsonLimits.DEFAULT);
  }

  /**
   * @param limits how large a body may be read (larger ones error, naming the limit)
   */
  public MessageMatcher(io.pactcontainers.model.JsonLimits limits) {
    this.mapper = io.pactcontainers.json.JsonMappers.exactNumbers(limits.maxBytes());
    this.bodies = new BodyMatcher(mapper, check, limits);
  }

  public List<Mismatch> match(Message expected, Message actual) {
    List<Mismatch> out = new ArrayList<>();
    String expectedType =
        expected.contents().declaredContentType().orElse(contentType(expected.metadata()));
    String actualType =
        actual.contents().declaredContentType().orElse(contentType(actual.metadata()));
    try {
      bodies.compare(
          expected.contents(),
          expectedType,
          actual.contents(),
          actualType,
          expected.matchingRules().category(MatchingRules.BODY),
          out);
    } catch (RuleResolver.InvalidRuleException e) {
      out.add(new Mismatch.BodyMismatch("$", "", "", "$: " + e.getMessage()));
    }
    metadata(expected, actual, out);
    return out;
  }

  private void metadata(Message expected, Message actual, List<Mismatch> out) {
    Map<String, RuleGroup> rules = expected.matchingRules().category(MatchingRules.METADATA);
    expected
        .metadata()
        .forEach(
            (key, value) -> {
              String lower = key.toLowerCase(Locale.ROOT);
              Object found = actual.metadata().get(key);
              if (found == null && (lower.equals("contenttype") || lower.equals("content-type"))) {
                found = contentType(actual.metadata());
                if (found == null) {
                  return; // the contents' own type was already compared with the body
                }
              }
              if (found == null) {
                out.add(
                    new Mismatch.MetadataMismatch(
                        key,
                        String.valueOf(value),
                        "",
                        "metadata " + key + ": expected " + value + ", but it was missing"));
                return;
              }
              if (lower.equals("contenttype") || lower.equals("content-type")) {
                if (!HeaderMatcher.mediaTypeMatches(String.valueOf(value), String.valueOf(found))) {
                  out.add(
                      new Mismatch.MetadataMismatch(
                          key,
                          String.valueOf(value),
                          String.valueOf(found),
                          "metadata " + key + ": expected " + value + ", found " + found));
                }
                return;
              }
              JsonNode e = mapper.valueToTree(value);
              JsonNode a = mapper.valueToTree(found);
              List<Mismatch> scratch = new ArrayList<>();
              RuleGroup group = rules.get(key);
              RuleResolver resolver =
                  group == null ? RuleResolver.NONE : RuleResolver.of(Map.of("$", group), false);
              new JsonTreeMatcher(resolver, check, scratch).compare(DocPath.ROOT, e, a);
              for (Mismatch m : scratch) {
                out.add(
                    new Mismatch.MetadataMismatch(
                        key,
                        m.expected(),
                        m.actual(),
                        "metadata " + key + ": " + m.message().replaceFirst("^\\$: ", "")));
              }
            });
  }

  private static String contentType(Map<String, Object> metadata) {
    for (Map.Entry<String, Object> e : metadata.entrySet()) {
      if (e.getKey().equalsIgnoreCase("contentType")
          || e.getKey().equalsIgnoreCase("content-type")) {
        return String.valueOf(e.getValue());
      }
    }
    return null;
  }
}
