package io.pactcontainers.matching;

import com.fasterxml.jackson.databind.JsonNode;
import io.pactcontainers.model.MatchingRule;
import io.pactcontainers.model.RuleGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Applies one value-level matching rule to an actual value. Returns the problem ("expected a
 * decimal, found ...") or empty when the value satisfies the rule. Container structure (keys,
 * elements) is the body matcher's business, not this class's.
 */
final class RuleCheck {
  private static final Pattern INTEGER = Pattern.compile("-?\\d+");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d*\\.\\d+([eE][-+]?\\d+)?|-?\\d+[eE][-+]?\\d+");
  private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern SEMVER = Pattern.compile(
      "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");

  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();
  private final Map<String, DateTimeFormatter> formats = new ConcurrentHashMap<>();

  /**
   * @param textual true where every value is text on the wire (headers, query, XML), so that
   *     "12" satisfies {@code integer}
   */
  Optional<String> check(MatchingRule rule, JsonNode expected, JsonNode actual, boolean textual) {
    if (rule instanceof MatchingRule.Regex r) {
        if (actual == null || actual.isNull() || actual.isMissingNode() || actual.isContainerNode()) {
          return fail("a value matching /" + r.regex() + "/", actual);
        }
        String text = actual.asText();
        return pattern(r.regex()).matcher(text).matches() ? ok() : fail("a value matching /" + r.regex() + "/", actual);
      }
    if (rule instanceof MatchingRule.Type t) {
      return sameType(expected, actual, textual);
    }
    if (rule instanceof MatchingRule.MinMaxType m) {
        Optional<String> type = sameType(expected, actual, textual);
        if (type.isPresent() || actual == null || !actual.isArray()) {
          return type;
        }
        if (m.min() >= 0 && actual.size() < m.min()) {
          return Optional.of("expected an array of at least " + m.min() + " element" + (m.min() == 1 ? "" : "s")
              + ", found " + Describe.value(actual));
        }
        if (m.max() >= 0 && actual.size() > m.max()) {
          return Optional.of("expected an array of at most " + m.max() + " element" + (m.max() == 1 ? "" : "s")
              + ", found " + Describe.value(actual));
        }
        return ok();
      }
    if (rule instanceof MatchingRule.Include i) {
      return actual != null && actual.isValueNode() && !actual.isNull()
          && actual.asText().contains(i.value()) ? ok() : fail("a value including \"" + i.value() + "\"", actual);
    }
    if (rule instanceof MatchingRule.IntegerRule i) {
      return actual != null && (actual.isIntegralNumber()
          || actual.isNumber() && isWhole(actual)
          || textual && actual.isTextual() && INTEGER.matcher(actual.textValue()).matches())
          ? ok() : fail("an integer", actual);
    }
    if (rule instanceof MatchingRule.DecimalRule d) {
      return actual != null && (actual.isFloatingPointNumber()
          || textual && actual.isTextual() && DECIMAL.matcher(actual.textValue()).matches())
          ? ok() : fail("a decimal", actual);
    }
    if (rule instanceof MatchingRule.NumberRule n) {
      return actual != null && (actual.isNumber()
          || textual && actual.isTextual() && NUMBER.matcher(actual.textValue()).matches())
          ? ok() : fail("a number", actual);
    }
    if (rule instanceof MatchingRule.BooleanRule b) {
      return actual != null && (actual.isBoolean()
          || actual.isTextual() && (actual.textValue().equals("true") || actual.textValue().equals("false")))
          ? ok() : fail("a boolean", actual);
    }
    if (rule instanceof MatchingRule.NullRule n) {
      return actual != null && actual.isNull() ? ok() : fail("null", actual);
    }
    if (rule instanceof MatchingRule.DateTime d) {
      return dateTime(d, actual);
    }
    if (rule instanceof MatchingRule.Equality e) {
      return JsonEquality.equal(expected, actual) ? ok()
          : fail(Describe.value(expected).replaceFirst(" \\(.*\\)$", ""), actual);
    }
    if (rule instanceof MatchingRule.Values v) {
      return sameType(expected, actual, textual);
    }
    if (rule instanceof MatchingRule.ContentType c) {
      return ok();
    }
    if (rule instanceof MatchingRule.ArrayContains a) {
      return actual != null && actual.isArray() ? ok() : fail("an array", actual);
    }
    if (rule instanceof MatchingRule.EachKey k) {
      return actual != null && actual.isObject() ? ok() : fail("an object", actual);
    }
    if (rule instanceof MatchingRule.EachValue v) {
      return actual != null && actual.isContainerNode() ? ok() : fail("an object or an array", actual);
    }
    if (rule instanceof MatchingRule.NotEmpty n) {
      return actual == null || actual.isNull() || actual.isMissingNode()
          || actual.isContainerNode() && actual.isEmpty() || actual.isTextual() && actual.textValue().isEmpty()
          ? fail("a value that is not empty", actual) : sameType(expected, actual, textual);
    }
    if (rule instanceof MatchingRule.Semver s) {
      return actual != null && actual.isTextual() && SEMVER.matcher(actual.textValue()).matches()
          ? ok() : fail("a semantic version (major.minor.patch)", actual);
    }
    if (rule instanceof MatchingRule.StatusCode s) {
      return ok();
    }
    return ok();
  }

  /**
   * The problems of a rule group, combined as the group says: with AND every rule must hold, with
   * OR one is enough. Empty when the group holds.
   */
  static List<String> combine(RuleGroup group, Function<MatchingRule, List<String>> perRule) {
    List<String> problems = new ArrayList<>();
    boolean anyPassed = false;
    for (MatchingRule rule : group.rules()) {
      List<String> p = perRule.apply(rule);
      anyPassed |= p.isEmpty();
      problems.addAll(p);
    }
    boolean holds = group.combine() == RuleGroup.Combine.OR ? anyPassed : problems.isEmpty();
    return holds ? List.of() : problems;
  }

  /** {@link #combine} for rules on one value. */
  List<String> checkGroup(RuleGroup group, JsonNode expected, JsonNode actual, boolean textual) {
    return combine(group, r -> check(r, expected, actual, textual).map(List::of).orElse(List.of()));
  }

  private static boolean isWhole(JsonNode n) {
    try {
      return n.decimalValue().stripTrailingZeros().scale() <= 0 && !n.isFloatingPointNumber();
    } catch (ArithmeticException e) {
      return false;
    }
  }

  private Optional<String> dateTime(MatchingRule.DateTime d, JsonNode actual) {
    String what = d.name() + (d.format() == null ? "" : " in the format \"" + d.format() + "\"");
    if (actual == null || !actual.isTextual()) {
      return fail("a " + what, actual);
    }
    DateTimeFormatter f = d.format() == null ? switch (d.kind()) {
      case DATE -> DateTimeFormatter.ISO_LOCAL_DATE;
      case TIME -> DateTimeFormatter.ISO_TIME;
      case DATETIME -> DateTimeFormatter.ISO_DATE_TIME;
    } : formats.computeIfAbsent(d.format(), DateTimeFormatter::ofPattern);
    try {
      f.parse(actual.textValue());
      return ok();
    } catch (DateTimeParseException e) {
      return fail("a " + what, actual);
    }
  }

  static Optional<String> sameType(JsonNode expected, JsonNode actual, boolean textual) {
    if (expected == null || expected.isMissingNode()) {
      return ok();
    }
    if (actual == null || actual.isMissingNode()) {
      return Optional.of("expected " + Describe.type(expected) + ", found nothing");
    }
    boolean same = expected.isNull() ? actual.isNull()
        : expected.isTextual() ? actual.isTextual() || textual && actual.isValueNode() && !actual.isNull()
        : expected.isNumber() ? actual.isNumber()
        : expected.isBoolean() ? actual.isBoolean()
        : expected.isArray() ? actual.isArray()
        : expected.isObject() && actual.isObject();
    return same ? ok() : Optional.of("expected " + Describe.type(expected) + " like " + Describe.raw(expected)
        + ", found " + Describe.value(actual));
  }

  private Pattern pattern(String regex) {
    return patterns.computeIfAbsent(regex, Pattern::compile);
  }

  private static Optional<String> ok() {
    return Optional.empty();
  }

  private static Optional<String> fail(String expectedWhat, JsonNode actual) {
    return Optional.of("expected " + expectedWhat + ", found " + Describe.value(actual));
  }
}
