package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The rules written for one path, combined with AND (all must hold) or OR (one must hold).
 *
 * @param rules the rules, in the pact's order
 * @param combine how they combine
 */
public record RuleGroup(List<MatchingRule> rules, Combine combine) {
  /** How the rules of a group combine. */
  public enum Combine {
    /** Every rule must hold. */
    AND,
    /** One rule must hold. */
    OR
  }

  /**
   * Checks the components.
   *
   * @param rules the rules, in the pact's order
   * @param combine how they combine
   */
  public RuleGroup {
    rules = List.copyOf(rules);
    requireNonNull(combine, "combine");
  }

  /**
   * Rules that must all hold.
   *
   * @param rules the rules
   * @return the group
   */
  public static RuleGroup of(MatchingRule... rules) {
    return new RuleGroup(List.of(rules), Combine.AND);
  }

  /**
   * Whether a rule of the group matches by type (then arrays and objects are compared by shape).
   *
   * @return true when one rule is type-like
   */
  public boolean isTypeLike() {
    return rules.stream().anyMatch(MatchingRule::isTypeLike);
  }
}
