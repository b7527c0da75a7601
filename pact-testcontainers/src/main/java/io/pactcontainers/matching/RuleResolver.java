package io.pactcontainers.matching;

import io.pactcontainers.model.MatchingRule;
import io.pactcontainers.model.RuleGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the rules that govern a path. A rule written for a path also governs everything below it
 * (that is how a "like" on an object makes its fields match by type) unless a more specific rule
 * applies; only the rules that make sense for descendants are passed down.
 */
final class RuleResolver {
  private record Entry(PathExpression expression, RuleGroup group) {}

  /** The rules for a path; {@code direct} when written for this very depth, not inherited. */
  record Resolved(RuleGroup group, boolean direct, String expression) {}

  static final RuleResolver NONE = new RuleResolver(List.of());

  private final List<Entry> entries;

  private RuleResolver(List<Entry> entries) {
    this.entries = entries;
  }

  static RuleResolver of(Map<String, RuleGroup> rules, boolean xml) {
    List<Entry> entries = new ArrayList<>();
    rules.forEach(
        (path, group) -> {
          PathExpression e;
          try {
            e = PathExpression.parse(path.isEmpty() ? "$" : path);
          } catch (IllegalArgumentException ex) {
            throw new InvalidRuleException(
                "invalid matching rule path \"" + path + "\": " + ex.getMessage());
          }
          entries.add(new Entry(xml ? e.withoutIndices() : e, group));
        });
    return new RuleResolver(List.copyOf(entries));
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  Optional<Resolved> resolve(DocPath path) {
    Entry best = null;
    long bestWeight = 0;
    for (Entry e : entries) {
      long w = e.expression().weight(path);
      if (w > bestWeight
          || w > 0 && w == bestWeight && e.expression().length() > best.expression().length()) {
        best = e;
        bestWeight = w;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    if (best.expression().length() == path.length()) {
      return Optional.of(new Resolved(best.group(), true, best.expression().text()));
    }
    List<MatchingRule> inherited = new ArrayList<>();
    for (MatchingRule r : best.group().rules()) {
      // values does not cascade: under it, keys are free and the values compared as written (the
      // Rust
      // verifier and pact-jvm both fail {"a": 1} with values against {"x": 2}).
      if (r instanceof MatchingRule.Type
          || r instanceof MatchingRule.MinMaxType
          || r instanceof MatchingRule.NotEmpty
          || r instanceof MatchingRule.EachKey && best.expression().length() + 1 == path.length()) {
        inherited.add(new MatchingRule.Type());
      } else if (r instanceof MatchingRule.Equality) {
        inherited.add(r);
      } else if (r instanceof MatchingRule.EachValue ev
          && best.expression().length() + 1 == path.length()) {
        inherited.addAll(ev.rules());
      }
    }
    if (inherited.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Resolved(
            new RuleGroup(inherited, best.group().combine()), false, best.expression().text()));
  }

  /** A rule whose path cannot be understood. */
  static final class InvalidRuleException extends io.pactcontainers.PactContainersException {
    private static final long serialVersionUID = 1L;

    InvalidRuleException(String message) {
      super(message);
    }
  }
}
