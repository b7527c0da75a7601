package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The rules written for one path, combined with AND (all must hold) or OR (one must hold). */
public record RuleGroup(List<MatchingRule> rules, Combine combine) {
  public enum Combine {
    AND,
    OR
  }

  public RuleGroup {
    rules = List.copyOf(rules);
    requireNonNull(combine, "combine");
  }

  public static RuleGroup of(MatchingRule... rules) {
    return new RuleGroup(List.of(rules), Combine.AND);
  }

  public boolean isTypeLike() {
    return rules.stream().anyMatch(MatchingRule::isTypeLike);
  }
}
