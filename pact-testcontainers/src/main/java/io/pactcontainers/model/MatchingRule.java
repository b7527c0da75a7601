package io.pactcontainers.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** One matching rule of the Pact specification (V2 to V4). */
public sealed interface MatchingRule {

  /**
   * The name as written in pact files ({@code "match": "type"}).
   *
   * @return the name
   */
  String name();

  /**
   * Which rule this is, one constant per record: a {@code switch} over it must cover every rule
   * (Java 17 has no pattern switch), so a new rule type cannot be checked by no one.
   *
   * @return the rule's kind
   */
  RuleKind ruleKind();

  /** One constant per kind of rule. */
  enum RuleKind {
    /** {@link Regex}. */
    REGEX,
    /** {@link Type}. */
    TYPE,
    /** {@link MinMaxType}. */
    MIN_MAX_TYPE,
    /** {@link Include}. */
    INCLUDE,
    /** {@link IntegerRule}. */
    INTEGER_RULE,
    /** {@link DecimalRule}. */
    DECIMAL_RULE,
    /** {@link NumberRule}. */
    NUMBER_RULE,
    /** {@link BooleanRule}. */
    BOOLEAN_RULE,
    /** {@link NullRule}. */
    NULL_RULE,
    /** {@link DateTime}. */
    DATE_TIME,
    /** {@link Equality}. */
    EQUALITY,
    /** {@link Values}. */
    VALUES,
    /** {@link ContentType}. */
    CONTENT_TYPE,
    /** {@link ArrayContains}. */
    ARRAY_CONTAINS,
    /** {@link EachKey}. */
    EACH_KEY,
    /** {@link EachValue}. */
    EACH_VALUE,
    /** {@link NotEmpty}. */
    NOT_EMPTY,
    /** {@link Semver}. */
    SEMVER,
    /** {@link StatusCode}. */
    STATUS_CODE
  }

  /**
   * Rules that let arrays differ in length from the example (the example is a template).
   *
   * @return true for type-like rules
   */
  default boolean isTypeLike() {
    return false;
  }

  /**
   * The value, as text, must match a regular expression (whole).
   *
   * @param regex the expression
   */
  record Regex(String regex) implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.REGEX;
    }

    /**
     * Checks the components.
     *
     * @param regex the expression
     */
    public Regex {
      requireNonNull(regex, "regex");
    }

    public String name() {
      return "regex";
    }
  }

  /** The value must be of the example's type; arrays may differ in length. */
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

  /**
   * {@code min}, {@code max} or both; a bound of -1 is absent.
   *
   * @param min the fewest elements an array may have, or -1
   * @param max the most elements an array may have, or -1
   */
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

  /**
   * The value, as text, must contain a string.
   *
   * @param value the string
   */
  record Include(String value) implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.INCLUDE;
    }

    /**
     * Checks the components.
     *
     * @param value the string
     */
    public Include {
      requireNonNull(value, "value");
    }

    public String name() {
      return "include";
    }
  }

  /** The value must be an integer. */
  record IntegerRule() implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.INTEGER_RULE;
    }

    public String name() {
      return "integer";
    }
  }

  /** The value must be a decimal number (with a fraction). */
  record DecimalRule() implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.DECIMAL_RULE;
    }

    public String name() {
      return "decimal";
    }
  }

  /** The value must be a number. */
  record NumberRule() implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.NUMBER_RULE;
    }

    public String name() {
      return "number";
    }
  }

  /** The value must be a boolean. */
  record BooleanRule() implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.BOOLEAN_RULE;
    }

    public String name() {
      return "boolean";
    }
  }

  /** The value must be null. */
  record NullRule() implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.NULL_RULE;
    }

    public String name() {
      return "null";
    }
  }

  /**
   * {@code date}, {@code time} or {@code datetime}/{@code timestamp}, with an optional format.
   *
   * @param kind date, time or both
   * @param format the pattern ({@code yyyy-MM-dd}), or null for ISO 8601
   */
  record DateTime(Kind kind, String format) implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.DATE_TIME;
    }

    /** What the value holds. */
    public enum Kind {
      /** A date. */
      DATE,
      /** A time of day. */
      TIME,
      /** A date and time (also {@code timestamp}). */
      DATETIME
    }

    /**
     * Checks the components.
     *
     * @param kind date, time or both
     * @param format the pattern ({@code yyyy-MM-dd}), or null for ISO 8601
     */
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

  /** The value must equal the example. */
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

  /**
   * The body (or a part) must be of a content type, by its bytes.
   *
   * @param contentType the type ({@code image/png})
   */
  record ContentType(String contentType) implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.CONTENT_TYPE;
    }

    /**
     * Checks the components.
     *
     * @param contentType the type ({@code image/png})
     */
    public ContentType {
      requireNonNull(contentType, "contentType");
    }

    public String name() {
      return "contentType";
    }
  }

  /**
   * V4: the array must contain, somewhere, an element matching each variant.
   *
   * @param variants the variants
   */
  record ArrayContains(List<Variant> variants) implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.ARRAY_CONTAINS;
    }

    /**
     * Checks the components.
     *
     * @param variants the variants
     */
    public ArrayContains {
      variants = List.copyOf(variants);
    }

    public String name() {
      return "arrayContains";
    }

    /**
     * One variant: the example element at {@code index}, with rules relative to that element.
     *
     * @param index the example element's index in the array
     * @param rules rules relative to that element
     */
    public record Variant(int index, MatchingRules rules) {
      /**
       * Checks the components.
       *
       * @param index the example element's index in the array
       * @param rules rules relative to that element
       */
      public Variant {
        requireNonNull(rules, "rules");
      }
    }
  }

  /**
   * V4: every key of the object must satisfy these rules.
   *
   * @param rules the rules for the keys
   */
  record EachKey(List<MatchingRule> rules) implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.EACH_KEY;
    }

    /**
     * Checks the components.
     *
     * @param rules the rules for the keys
     */
    public EachKey {
      rules = List.copyOf(rules);
    }

    public String name() {
      return "eachKey";
    }
  }

  /**
   * V4: every value of the object or array must satisfy these rules.
   *
   * @param rules the rules for the values
   */
  record EachValue(List<MatchingRule> rules) implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.EACH_VALUE;
    }

    /**
     * Checks the components.
     *
     * @param rules the rules for the values
     */
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

  /** V4: the value must be present and not empty (no empty string, array or object). */
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

  /** V4: the value must be a semantic version ({@code 1.2.3}). */
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
   * @param codes the accepted codes, when no class is given
   */
  record StatusCode(String statusClass, List<Integer> codes) implements MatchingRule {
    @Override
    public RuleKind ruleKind() {
      return RuleKind.STATUS_CODE;
    }

    /**
     * Checks the components.
     *
     * @param statusClass one of information, success, redirect, clientError, serverError, nonError,
     *     error; or null when {@code codes} lists the accepted codes
     * @param codes the accepted codes, when no class is given
     */
    public StatusCode {
      codes = List.copyOf(codes);
    }

    public String name() {
      return "statusCode";
    }
  }
}
