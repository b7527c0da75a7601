package io.pactcontainers.matching;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.model.HttpResponse;
import io.pactcontainers.model.MatchingRule;
import io.pactcontainers.model.MatchingRules;
import io.pactcontainers.model.Mismatch;
import io.pactcontainers.model.RuleGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares the response a provider returned with the one a pact expects: status, headers and body,
 * under the expected response's matching rules. Thread-safe; create one and reuse it.
 */
public final class ResponseMatcher {
  private final ObjectMapper mapper;
  private final RuleCheck check = new RuleCheck();
  private final HeaderMatcher headers = new HeaderMatcher(check);
  private final BodyMatcher bodies;

  public ResponseMatcher() {
    this(io.pactcontainers.model.JsonLimits.DEFAULT);
  }

  /**
   * @param limits how large a body may be read (larger ones error, naming the limit)
   */
  public ResponseMatcher(io.pactcontainers.model.JsonLimits limits) {
    this.mapper = io.pactcontainers.json.JsonMappers.exactNumbers(limits.maxBytes());
    this.bodies = new BodyMatcher(mapper, check, limits);
  }

  /**
   * Every difference, in the order status, headers, body; empty when the response honours the pact.
   */
  public List<Mismatch> match(HttpResponse expected, HttpResponse actual) {
    List<Mismatch> out = new ArrayList<>();
    status(expected, actual, out);
    headers.compare(
        expected.headers(),
        actual.headers(),
        expected.matchingRules().category(MatchingRules.HEADER),
        out);
    String expectedType =
        expected
            .body()
            .declaredContentType()
            .orElse(expected.headers().joined("Content-Type").orElse(null));
    String actualType = actual.headers().joined("Content-Type").orElse(actual.body().contentType());
    try {
      bodies.compare(
          expected.body(),
          expectedType,
          actual.body(),
          actualType,
          expected.matchingRules().category(MatchingRules.BODY),
          out);
    } catch (RuleResolver.InvalidRuleException e) {
      out.add(new Mismatch.BodyMismatch("$", "", "", "$: " + e.getMessage()));
    }
    return out;
  }

  private void status(HttpResponse expected, HttpResponse actual, List<Mismatch> out) {
    MatchingRule.StatusCode s = statusRule(expected.matchingRules());
    if (s != null) {
      if (!StatusClasses.accepts(s, actual.status())) {
        String wanted =
            s.statusClass() != null ? "a " + s.statusClass() + " status" : "one of " + s.codes();
        out.add(
            new Mismatch.StatusMismatch(
                wanted,
                String.valueOf(actual.status()),
                "status: expected " + wanted + ", found " + actual.status()));
      }
      return;
    }
    if (expected.status() != 0 && expected.status() != actual.status()) {
      out.add(
          new Mismatch.StatusMismatch(
              String.valueOf(expected.status()),
              String.valueOf(actual.status()),
              "status: expected " + expected.status() + ", found " + actual.status()));
    }
  }

  /**
   * The first {@code statusCode} rule, or null: a plain loop, as this runs for every interaction.
   */
  private static MatchingRule.StatusCode statusRule(MatchingRules rules) {
    Optional<RuleGroup> group = rules.single(MatchingRules.STATUS);
    if (group.isPresent()) {
      for (MatchingRule r : group.get().rules()) {
        if (r instanceof MatchingRule.StatusCode s) {
          return s;
        }
      }
    }
    return null;
  }

  /** The {@code statusCode} rule's classes (Pact V4 specification). */
  static final class StatusClasses {
    private StatusClasses() {}

    static boolean accepts(MatchingRule.StatusCode rule, int status) {
      if (rule.statusClass() == null) {
        return rule.codes().contains(status);
      }
      return switch (rule.statusClass()) {
        case "information" -> status >= 100 && status < 200;
        case "success" -> status >= 200 && status < 300;
        case "redirect" -> status >= 300 && status < 400;
        case "clientError" -> status >= 400 && status < 500;
        case "serverError" -> status >= 500 && status < 600;
        case "nonError" -> status < 400;
        case "error" -> status >= 400;
        default -> false;
      };
    }
  }
}
