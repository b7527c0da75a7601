package io.pactcontainers.matching;

import com.fasterxml.jackson.databind.JsonNode;
import io.pactcontainers.model.MatchingRule;
import io.pactcontainers.model.RuleGroup;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Applies one value-level matching rule to an actual value. Returns the problem ("expected a
 * decimal, found ...") or empty when the value satisfies the rule. Container structure (keys,
 * elements) is the body matcher's business, not this class's.
 */
final class RuleCheck {
  private static final Pattern INTEGER = Pattern.compile("-?\\d+");
  private static final Pattern DECIMAL =
      Pattern.compile("-?\\d*\\.\\d+([eE][-+]?\\d+)?|-?\\d+[eE][-+]?\\d+");
  private static final Pattern NUMBER =
      Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern SEMVER =
      Pattern.compile(
          "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");

  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();
  private final Map<String, DateTimeFormatter> formats = new ConcurrentHashMap<>();

  /**
   * @param textual true where every value is text on the wire (headers, query, XML), so that "12"
   *     satisfies {@code integer}
   */
  Optional<String> check(MatchingRule rule, JsonNode expected, JsonNode actual, boolean textual) {
    // Exhaustive over MatchingRule.RuleKind: a new rule type does not compile until it is checked
    // here.
    return switch (rule.ruleKind()) {
      case REGEX -> {
        MatchingRule.Regex r = (MatchingRule.Regex) rule;
        if (actual == null
            || actual.isNull()
            || actual.isMissingNode()
            || actual.isContainerNode()) {
          yield fail("a value matching /" + r.regex() + "/", actual);
        }
        String text = actual.asText();
        yield pattern(r.regex()).matcher(text).matches()
            ? ok()
            : fail("a value matching /" + r.regex() + "/", actual);
      }
      case TYPE -> {
        yield sameType(expected, actual, textual);
      }
      case MIN_MAX_TYPE -> {
        MatchingRule.MinMaxType m = (MatchingRule.MinMaxType) rule;
        Optional<String> type = sameType(expected, actual, textual);
        if (type.isPresent() || actual == null || !actual.isArray()) {
          yield type;
        }
        if (m.min() >= 0 && actual.size() < m.min()) {
          yield Optional.of(
              "expected an array of at least "
                  + m.min()
                  + " element"
                  + (m.min() == 1 ? "" : "s")
                  + ", found "
                  + Describe.value(actual));
        }
        if (m.max() >= 0 && actual.size() > m.max()) {
          yield Optional.of(
              "expected an array of at most "
                  + m.max()
                  + " element"
                  + (m.max() == 1 ? "" : "s")
                  + ", found "
                  + Describe.value(actual));
        }
        yield ok();
      }
      case INCLUDE -> {
        MatchingRule.Include i = (MatchingRule.Include) rule;
        yield actual != null
                && actual.isValueNode()
                && !actual.isNull()
                && actual.asText().contains(i.value())
            ? ok()
            : fail("a value including \"" + i.value() + "\"", actual);
      }
      case INTEGER_RULE -> {
        yield actual != null
                && (actual.isIntegralNumber()
                    || actual.isNumber() && isWhole(actual)
                    || textual
                        && actual.isTextual()
                        && INTEGER.matcher(actual.textValue()).matches())
            ? ok()
            : fail("an integer", actual);
      }
      case DECIMAL_RULE -> {
        yield actual != null
                && (actual.isFloatingPointNumber()
                    || textual
                        && actual.isTextual()
                        && DECIMAL.matcher(actual.textValue()).matches())
            ? ok()
            : fail("a decimal", actual);
      }
      case NUMBER_RULE -> {
        yield actual != null
                && (actual.isNumber()
                    || textual
                        && actual.isTextual()
                        && NUMBER.matcher(actual.textValue()).matches())
            ? ok()
            : fail("a number", actual);
      }
      case BOOLEAN_RULE -> {
        yield actual != null
                && (actual.isBoolean()
                    || actual.isTextual()
                        && (actual.textValue().equals("true")
                            || actual.textValue().equals("false")))
            ? ok()
            : fail("a boolean", actual);
      }
      case NULL_RULE -> {
        yield actual != null && actual.isNull() ? ok() : fail("null", actual);
      }
      case DATE_TIME -> {
        yield dateTime((MatchingRule.DateTime) rule, actual);
      }
      case EQUALITY -> {
        yield JsonEquality.equal(expected, actual)
            ? ok()
            : fail(Describe.value(expected).replaceFirst(" \\(.*\\)$", ""), actual);
      }
      case VALUES -> {
        yield sameType(expected, actual, textual);
      }
      case CONTENT_TYPE -> {
        yield ok();
      }
      case ARRAY_CONTAINS -> {
        yield actual != null && actual.isArray() ? ok() : fail("an array", actual);
      }
      case EACH_KEY -> {
        yield actual != null && actual.isObject() ? ok() : fail("an object", actual);
      }
      case EACH_VALUE -> {
        yield actual != null && actual.isContainerNode()
            ? ok()
            : fail("an object or an array", actual);
      }
      case NOT_EMPTY -> {
        yield actual == null
                || actual.isNull()
                || actual.isMissingNode()
                || actual.isContainerNode() && actual.isEmpty()
                || actual.isTextual() && actual.textValue().isEmpty()
            ? fail("a value that is not empty", actual)
            : sameType(expected, actual, textual);
      }
      case SEMVER -> {
        yield actual != null && actual.isTextual() && SEMVER.matcher(actual.textValue()).matches()
            ? ok()
            : fail("a semantic version (major.minor.patch)", actual);
      }
      case STATUS_CODE -> {
        yield ok();
      }
    };
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
    DateTimeFormatter f =
        d.format() == null
            ? switch (d.kind()) {
              case DATE -> DateTimeFormatter.ISO_LOCAL_DATE;
              case TIME -> DateTimeFormatter.ISO_TIME;
              case DATETIME -> DateTimeFormatter.ISO_DATE_TIME;
            }
            : formats.computeIfAbsent(d.format(), DateTimeFormatter::ofPattern);
    try {
      f.parse(actual.textValue());
      return ok();
    } catch (DateTimeParseException e) {
      return fail("a " + what, actual)
          .map(m -> m + literalZoneHint(d.format(), actual.textValue()));
    }
  }

  /**
   * The hint for the commonest wrong format (pact-jvm's trackers have it often): a value written in
   * UTC ending in the letter Z, and a format whose offset letter ({@code Z}, {@code x}) reads +0000
   * and never that letter.
   */
  static String literalZoneHint(String format, String value) {
    if (format == null || !value.endsWith("Z")) {
      return "";
    }
    String unquoted = format.replaceAll("'[^']*'", "");
    boolean offsetLetter =
        unquoted.contains("x") || unquoted.contains("Z") && !unquoted.contains("ZZZZZ");
    return offsetLetter
        ? "; the pattern letters Z and x read an offset such as +0000, never the letter Z: write X"
            + " (an offset or Z) or 'Z' (the letter itself) in the format"
        : "";
  }

  static Optional<String> sameType(JsonNode expected, JsonNode actual, boolean textual) {
    if (expected == null || expected.isMissingNode()) {
      return ok();
    }
    if (actual == null || actual.isMissingNode()) {
      return Optional.of("expected " + Describe.type(expected) + ", found nothing");
    }
    boolean same =
        expected.isNull()
            ? actual.isNull()
            : expected.isTextual()
                ? actual.isTextual() || textual && actual.isValueNode() && !actual.isNull()
                : expected.isNumber()
                    ? actual.isNumber()
                    : expected.isBoolean()
                        ? actual.isBoolean()
                        : expected.isArray()
                            ? actual.isArray()
                            : expected.isObject() && actual.isObject();
    return same
        ? ok()
        : Optional.of(
            "expected "
                + Describe.type(expected)
                + " like "
                + Describe.raw(expected)
                + ", found "
                + Describe.value(actual));
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
