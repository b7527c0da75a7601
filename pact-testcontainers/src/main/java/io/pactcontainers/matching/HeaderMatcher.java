package io.pactcontainers.matching;

import com.fasterxml.jackson.databind.node.TextNode;
import io.pactcontainers.model.Headers;
import io.pactcontainers.model.Mismatch;
import io.pactcontainers.model.RuleGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compares headers: names case-insensitively, values as comma-separated lists where whitespace
 * around commas does not matter but order does (RFC 9110 section 5.3); {@code Content-Type} and
 * {@code Accept} as media types, where the actual may add parameters and charsets ignore case.
 */
final class HeaderMatcher {
  private final RuleCheck check;

  HeaderMatcher(RuleCheck check) {
    this.check = check;
  }

  void compare(Headers expected, Headers actual, Map<String, RuleGroup> rules, List<Mismatch> out) {
    expected
        .values()
        .forEach(
            (name, values) -> {
              String expectedValue = String.join(", ", values);
              Optional<String> found = actual.joined(name);
              if (found.isEmpty()) {
                out.add(
                    new Mismatch.HeaderMismatch(
                        name,
                        expectedValue,
                        "",
                        "header "
                            + name
                            + ": expected \""
                            + expectedValue
                            + "\", but the header was missing"));
                return;
              }
              String actualValue = found.get();
              Optional<RuleGroup> rule = rule(rules, name);
              if (rule.isPresent()) {
                applyRule(name, rule.get(), expectedValue, actualValue, out);
              } else if (!valuesMatch(name, expectedValue, actualValue)) {
                out.add(
                    new Mismatch.HeaderMismatch(
                        name,
                        expectedValue,
                        actualValue,
                        "header "
                            + name
                            + ": expected \""
                            + expectedValue
                            + "\", found \""
                            + actualValue
                            + "\""));
              }
            });
  }

  private static Optional<RuleGroup> rule(Map<String, RuleGroup> rules, String name) {
    for (Map.Entry<String, RuleGroup> e : rules.entrySet()) {
      String key = e.getKey();
      if (key.equalsIgnoreCase(name)
          || key.equalsIgnoreCase("$." + name)
          || key.equalsIgnoreCase("$['" + name + "']")) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  private void applyRule(
      String name, RuleGroup group, String expected, String actual, List<Mismatch> out) {
    RuleCheck.combine(
            group,
            r -> {
              Optional<String> p =
                  check.check(r, TextNode.valueOf(expected), TextNode.valueOf(actual), true);
              if (p.isPresent() && actual.contains(",")) {
                // A rule written for one value of a multi-valued header holds for each value.
                p =
                    Arrays.stream(actual.split(","))
                        .map(
                            v ->
                                check.check(
                                    r,
                                    TextNode.valueOf(expected),
                                    TextNode.valueOf(v.trim()),
                                    true))
                        .filter(Optional::isPresent)
                        .findFirst()
                        .orElse(Optional.empty());
              }
              return p.map(List::of).orElse(List.of());
            })
        .forEach(
            p ->
                out.add(
                    new Mismatch.HeaderMismatch(
                        name, expected, actual, "header " + name + ": " + p)));
  }

  static boolean valuesMatch(String name, String expected, String actual) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("content-type")) {
      return mediaTypeMatches(expected, actual);
    }
    // Accept values keep their case (the specification's "header value is different case" case);
    // only their parameters get the media-type leniency.
    List<String> e = split(expected);
    List<String> a = split(actual);
    if (lower.equals("accept") && e.size() == a.size()) {
      for (int i = 0; i < e.size(); i++) {
        if (!baseOf(e.get(i)).equals(baseOf(a.get(i))) || !mediaTypeMatches(e.get(i), a.get(i))) {
          return false;
        }
      }
      return true;
    }
    return e.equals(a);
  }

  private static String baseOf(String mediaType) {
    return mediaType.split(";")[0].trim();
  }

  private static List<String> split(String value) {
    List<String> out = new ArrayList<>();
    for (String part : value.split(",")) {
      out.add(part.trim());
    }
    return out;
  }

  /** Same type and subtype (case-insensitive); every expected parameter present in the actual. */
  static boolean mediaTypeMatches(String expected, String actual) {
    String[] e = expected.split(";");
    String[] a = actual.split(";");
    if (!e[0].trim().equalsIgnoreCase(a[0].trim())) {
      return false;
    }
    Map<String, String> actualParams = params(a);
    for (Map.Entry<String, String> p : params(e).entrySet()) {
      String v = actualParams.get(p.getKey());
      if (v == null) {
        return false;
      }
      boolean caseless = p.getKey().equals("charset");
      if (caseless ? !v.equalsIgnoreCase(p.getValue()) : !v.equals(p.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, String> params(String[] parts) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      if (eq > 0) {
        String v = parts[i].substring(eq + 1).trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
          v = v.substring(1, v.length() - 1);
        }
        out.put(parts[i].substring(0, eq).trim().toLowerCase(Locale.ROOT), v);
      }
    }
    return out;
  }
}
