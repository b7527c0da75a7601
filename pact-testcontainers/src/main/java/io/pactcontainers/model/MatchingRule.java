package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** One matching rule of the Pact specification (V2 to V4). */
public sealed interface MatchingRule {

  /** The name as written in pact files ({@code "match": "type"}). */
  String name();

  /** Rules that let arrays differ in length from the example (the example is a template). */
  default boolean isTypeLike() {
    return false;
  }

  record Regex(String regex) implements MatchingRule {
    public Regex {
      requireNonNull(regex, "regex");
    }

    public String name() {
      return "regex";
    }
  }

  record Type() implements MatchingRule {
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
    public String name() {
      return min >= 0 && max >= 0 ? "min/max" : min >= 0 ? "min" : "max";
    }

    @Override
    public boolean isTypeLike() {
      return true;
    }
  }

  record Include(String value) implements MatchingRule {
    public Include {
      requireNonNull(value, "value");
    }

    public String name() {
      return "include";
    }
  }

  record IntegerRule() implements MatchingRule {
    public String name() {
      return "integer";
    }
  }

  record DecimalRule() implements MatchingRule {
    public String name() {
      return "decimal";
    }
  }

  record NumberRule() implements MatchingRule {
    public String name() {
      return "number";
    }
  }

  record BooleanRule() implements MatchingRule {
    public String name() {
      return "boolean";
    }
  }

  record NullRule() implements MatchingRule {
    public String name() {
      return "null";
    }
  }

  /** {@code date}, {@code time} or {@code datetime}/{@code timestamp}, with an optional format. */
  record DateTime(Kind kind, String format) implements MatchingRule {
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
    public String name() {
      return "equality";
    }
  }

  /** Object keys are free, every value is matched against the example's values. */
  record Values() implements MatchingRule {
    public String name() {
      return "values";
    }

    @Override
    public boolean isTypeLike() {
      return true;
    }
  }

  record ContentType(String contentType) implements MatchingRule {
    public ContentType {
      requireNonNull(contentType, "contentType");
    }

    public String name() {
      return "contentType";
    }
  }

  /** V4: the array must contain, somewhere, an element matching each variant. */
  record ArrayContains(List<Variant> variants) implements MatchingRule {
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
    public EachKey {
      rules = List.copyOf(rules);
    }

    public String name() {
      return "eachKey";
    }
  }

  /** V4: every value of the object or array must satisfy these rules. */
  record EachValue(List<MatchingRule> rules) implements MatchingRule {
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
    public String name() {
      return "notEmpty";
    }

    @Override
    public boolean isTypeLike() {
      return true;
    }
  }

  record Semver() implements MatchingRule {
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
    public StatusCode {
      codes = List.copyOf(codes);
    }

    public String name() {
      return "statusCode";
    }
  }
}
