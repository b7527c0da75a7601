package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** One matching rule of the Pact specification (V2 to V4). */
public sealed interface MatchingRule {

  /** The name as written in pact files ({@code "match": "type"}). */
  String name();

  /**
   * Which rule this is, one constant per record: a {@code switch} over it must cover every rule
   * (Java 17 has no pattern switch), so a new rule type cannot be checked by no one.
   */
  RuleKind ruleKind();

  /** One constant per kind of rule. */
  enum RuleKind {
    REGEX,
    TYPE,
    MIN_MAX_TYPE,
    INCLUDE,
    INTEGER_RULE,
    DECIMAL_RULE,
    NUMBER_RULE,
    BOOLEAN_RULE,
    NULL_RULE,
    DATE_TIME,
    EQUALITY,
    VALUES,
    CONTENT_TYPE,
    ARRAY_CONTAINS,
    EACH_KEY,
    EACH_VALUE,
    NOT_EMPTY,
    SEMVER,
    STATUS_CODE
  }

  /** Rules that let arrays differ in length from the example (the example is a template). */
  default boolean isTypeLike() {
    return false;
  }

  record Regex(String regex) implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.REGEX;
    }

    public Regex {
      requireNonNull(regex, "regex");
    }

    public String name() {
      return "regex";
    }
  }

  record Type() implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.TYPE;
    }

    public String name() {
      return "type";
    }

    @Override
    public boolean isTypeLike() {
      return true;
    }
  }

  /** {@code min}, {@code max} or both; a bound of -1 is absent. */
  record MinMaxType(int min, int max) implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.MIN_MAX_TYPE;
    }

    public String name() {
      return min >= 0 && max >= 0 ? "min/max" : min >= 0 ? "min" : "max";
    }

    @Override
    public boolean isTypeLike() {
      return true;
    }
  }

  record Include(String value) implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.INCLUDE;
    }

    public Include {
      requireNonNull(value, "value");
    }

    public String name() {
      return "include";
    }
  }

  record IntegerRule() implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.INTEGER_RULE;
    }

    public String name() {
      return "integer";
    }
  }

  record DecimalRule() implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.DECIMAL_RULE;
    }

    public String name() {
      return "decimal";
    }
  }

  record NumberRule() implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.NUMBER_RULE;
    }

    public String name() {
      return "number";
    }
  }

  record BooleanRule() implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.BOOLEAN_RULE;
    }

    public String name() {
      return "boolean";
    }
  }

  record NullRule() implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.NULL_RULE;
    }

    public String name() {
      return "null";
    }
  }

  /** {@code date}, {@code time} or {@code datetime}/{@code timestamp}, with an optional format. */
  record DateTime(Kind kind, String format) implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.DATE_TIME;
    }

    public enum Kind {
      DATE,
      TIME,
      DATETIME
    }

    public DateTime {
      requireNonNull(kind, "kind");
    }

    public String name() {
      return switch (kind) {
        case DATE -> "date";
        case TIME -> "time";
        case DATETIME -> "datetime";
      };
    }
  }

  record Equality() implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.EQUALITY;
    }

    public String name() {
      return "equality";
    }
  }

  /** Object keys are free, every value is matched against the example's values. */
  record Values() implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.VALUES;
    }

    public String name() {
      return "values";
    }

    @Override
    public boolean isTypeLike() {
      return true;
    }
  }

  record ContentType(String contentType) implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.CONTENT_TYPE;
    }

    public ContentType {
      requireNonNull(contentType, "contentType");
    }

    public String name() {
      return "contentType";
    }
  }

  /** V4: the array must contain, somewhere, an element matching each variant. */
  record ArrayContains(List<Variant> variants) implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.ARRAY_CONTAINS;
    }

    public ArrayContains {
      variants = List.copyOf(variants);
    }

    public String name() {
      return "arrayContains";
    }

    /** One variant: the example element at {@code index}, with rules relative to that element. */
    public record Variant(int index, MatchingRules rules) {
      public Variant {
        requireNonNull(rules, "rules");
      }
    }
  }

  /** V4: every key of the object must satisfy these rules. */
  record EachKey(List<MatchingRule> rules) implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.EACH_KEY;
    }

    public EachKey {
      rules = List.copyOf(rules);
    }

    public String name() {
      return "eachKey";
    }
  }

  /** V4: every value of the object or array must satisfy these rules. */
  record EachValue(List<MatchingRule> rules) implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.EACH_VALUE;
    }

    public EachValue {
      rules = List.copyOf(rules);
    }

    public String name() {
      return "eachValue";
    }

    @Override
    public boolean isTypeLike() {
      return true;
    }
  }

  record NotEmpty() implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.NOT_EMPTY;
    }

    public String name() {
      return "notEmpty";
    }

    @Override
    public boolean isTypeLike() {
      return true;
    }
  }

  record Semver() implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.SEMVER;
    }

    public String name() {
      return "semver";
    }
  }

  /**
   * V4 status code rule.
   *
   * @param statusClass one of information, success, redirect, clientError, serverError, nonError,
   *     error; or null when {@code codes} lists the accepted codes
   */
  record StatusCode(String statusClass, List<Integer> codes) implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.STATUS_CODE;
    }

    public StatusCode {
      codes = List.copyOf(codes);
    }

    public String name() {
      return "statusCode";
    }
  }
}
