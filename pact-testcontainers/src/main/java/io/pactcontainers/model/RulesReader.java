package io.pactcontainers.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.pactcontainers.model.MatchingRule.ArrayContains;
import io.pactcontainers.model.MatchingRule.DateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads matching rules and generators in their V2 (flat) and V3/V4 (per category) forms. */
final class RulesReader {
  static final List<String> MATCHER_NAMES =
      List.of(
          "regex",
          "type",
          "min",
          "max",
          "include",
          "integer",
          "decimal",
          "number",
          "boolean",
          "null",
          "date",
          "time",
          "timestamp",
          "datetime",
          "equality",
          "values",
          "contentType",
          "content-type",
          "arrayContains",
          "eachKey",
          "eachValue",
          "notEmpty",
          "semver",
          "statusCode");

  /**
   * The regular expressions and date/time formats found valid so far: a pact repeats the same few
   * in every interaction, and compiling one each time was a tenth of the time to read a big pact.
   * Concurrent: a reader may read several pacts at once.
   */
  private final java.util.Set<String> validRegexes =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final java.util.Set<String> validFormats =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  RulesReader() {}

  MatchingRules matchingRules(JsonCursor rules) {
    if (rules.isMissing() || rules.isNull()) {
      return MatchingRules.none();
    }
    rules.requireObject();
    Map<String, Map<String, RuleGroup>> categories = new LinkedHashMap<>();
    for (Map.Entry<String, JsonCursor> entry : rules.fields()) {
      String key = entry.getKey();
      if (key.startsWith("$")) {
        readV2Rule(key, entry.getValue(), categories);
      } else {
        String category = "content".equals(key) ? MatchingRules.BODY : key;
        categories
            .computeIfAbsent(category, c -> new LinkedHashMap<>())
            .putAll(readCategory(entry.getValue()));
      }
    }
    return new MatchingRules(categories);
  }

  /**
   * V2: {@code "$.body.x": {"match": "type"}}, {@code "$.headers.Accept"}, {@code "$.query.q"},
   * {@code "$.path"}.
   */
  private void readV2Rule(String key, JsonCursor value, Map<String, Map<String, RuleGroup>> out) {
    RuleGroup group = new RuleGroup(List.of(matcher(value.requireObject())), RuleGroup.Combine.AND);
    String category;
    String path;
    if (key.equals("$.body") || key.startsWith("$.body.") || key.startsWith("$.body[")) {
      category = MatchingRules.BODY;
      path = "$" + key.substring("$.body".length());
    } else if (key.startsWith("$.headers.") || key.startsWith("$.header.")) {
      category = MatchingRules.HEADER;
      path = unquote(key.substring(key.indexOf('.', 2) + 1));
    } else if (key.startsWith("$.headers[") || key.startsWith("$.header[")) {
      category = MatchingRules.HEADER;
      path = unquote(key.substring(key.indexOf('[')));
    } else if (key.startsWith("$.query.")) {
      category = MatchingRules.QUERY;
      path = unquote(key.substring("$.query.".length()));
    } else if (key.startsWith("$.query[")) {
      category = MatchingRules.QUERY;
      path = unquote(key.substring("$.query".length()));
    } else if (key.equals("$.path")) {
      category = MatchingRules.PATH;
      path = "";
    } else if (key.startsWith("$.metadata.") || key.startsWith("$.metaData.")) {
      category = MatchingRules.METADATA;
      path = unquote(key.substring(key.indexOf('.', 2) + 1));
    } else {
      throw value.fail("matching rule path must start with $.body, $.headers, $.query or $.path");
    }
    out.computeIfAbsent(category, c -> new LinkedHashMap<>()).put(path, group);
  }

  private static String unquote(String s) {
    String t = s;
    if (t.startsWith("[") && t.endsWith("]")) {
      t = t.substring(1, t.length() - 1);
    }
    if (t.length() >= 2
        && (t.startsWith("'") && t.endsWith("'") || t.startsWith("\"") && t.endsWith("\""))) {
      t = t.substring(1, t.length() - 1);
    }
    return t;
  }

  private Map<String, RuleGroup> readCategory(JsonCursor category) {
    category.requireObject();
    Map<String, RuleGroup> out = new LinkedHashMap<>();
    if (category.has("matchers")) {
      out.put("", group(category));
      return out;
    }
    for (Map.Entry<String, JsonCursor> entry : category.fields()) {
      out.put(entry.getKey(), group(entry.getValue()));
    }
    return out;
  }

  RuleGroup group(JsonCursor group) {
    group.requireObject();
    if (!group.has("matchers")) {
      // Some writers put a lone matcher where a group belongs.
      return new RuleGroup(List.of(matcher(group)), RuleGroup.Combine.AND);
    }
    List<MatchingRule> rules = new ArrayList<>();
    for (JsonCursor m : group.field("matchers").elements()) {
      rules.add(matcher(m.requireObject()));
    }
    String combine = group.field("combine").optionalText().orElse("AND");
    RuleGroup.Combine c;
    if (combine.equalsIgnoreCase("AND")) {
      c = RuleGroup.Combine.AND;
    } else if (combine.equalsIgnoreCase("OR")) {
      c = RuleGroup.Combine.OR;
    } else {
      throw group.field("combine").fail("combine must be AND or OR, found \"" + combine + "\"");
    }
    return new RuleGroup(rules, c);
  }

  List<MatchingRule> ruleList(JsonCursor list) {
    List<MatchingRule> rules = new ArrayList<>();
    for (JsonCursor m : list.requireArray().elements()) {
      rules.add(matcher(m.requireObject()));
    }
    return rules;
  }

  MatchingRule matcher(JsonCursor m) {
    String match = m.field("match").optionalText().orElse(null);
    if (match == null) {
      if (m.has("regex")) {
        match = "regex";
      } else if (m.has("min") || m.has("max")) {
        match = "type";
      } else {
        throw m.fail(
            "matcher has no \"match\" field; valid matchers: " + String.join(", ", MATCHER_NAMES));
      }
    }
    int min = m.field("min").optionalInt(-1);
    int max = m.field("max").optionalInt(-1);
    return switch (match) {
      case "regex" -> {
        String regex = m.field("regex").requiredText();
        if (!validRegexes.contains(regex)) {
          try {
            java.util.regex.Pattern.compile(regex);
          } catch (java.util.regex.PatternSyntaxException e) {
            throw m.field("regex")
                .fail("invalid regular expression \"" + regex + "\": " + e.getDescription());
          }
          validRegexes.add(regex);
        }
        yield new MatchingRule.Regex(regex);
      }
      case "type" ->
          min < 0 && max < 0 ? new MatchingRule.Type() : new MatchingRule.MinMaxType(min, max);
      case "min", "max" -> new MatchingRule.MinMaxType(min, max);
      case "include" ->
          new MatchingRule.Include(
              m.field("value")
                  .optionalText()
                  .orElseThrow(() -> m.field("value").fail("include matcher needs a \"value\"")));
      case "integer" -> new MatchingRule.IntegerRule();
      case "decimal" -> new MatchingRule.DecimalRule();
      case "number" -> new MatchingRule.NumberRule();
      case "boolean" -> new MatchingRule.BooleanRule();
      case "null" -> new MatchingRule.NullRule();
      case "date" -> new DateTime(DateTime.Kind.DATE, format(m, "date"));
      case "time" -> new DateTime(DateTime.Kind.TIME, format(m, "time"));
      case "timestamp", "datetime" -> new DateTime(DateTime.Kind.DATETIME, format(m, match));
      case "equality" -> new MatchingRule.Equality();
      case "values" -> new MatchingRule.Values();
      case "contentType", "content-type" ->
          new MatchingRule.ContentType(m.field("value").requiredText());
      case "arrayContains" -> arrayContains(m);
      case "eachKey" -> new MatchingRule.EachKey(ruleList(m.field("rules")));
      case "eachValue" -> new MatchingRule.EachValue(ruleList(m.field("rules")));
      case "notEmpty" -> new MatchingRule.NotEmpty();
      case "semver" -> new MatchingRule.Semver();
      case "statusCode" -> statusCode(m.field("status"));
      default ->
          throw m.field("match")
              .fail(
                  "unknown matcher \""
                      + match
                      + "\"; valid matchers: "
                      + String.join(", ", MATCHER_NAMES));
    };
  }

  private String format(JsonCursor m, String alternative) {
    String f =
        m.field("format").optionalText().orElse(m.field(alternative).optionalText().orElse(null));
    if (f != null && !validFormats.contains(f)) {
      try {
        java.time.format.DateTimeFormatter.ofPattern(f);
      } catch (IllegalArgumentException e) {
        throw m.fail("invalid date/time format \"" + f + "\": " + e.getMessage());
      }
      validFormats.add(f);
    }
    return f;
  }

  private MatchingRule arrayContains(JsonCursor m) {
    List<ArrayContains.Variant> variants = new ArrayList<>();
    for (JsonCursor v : m.field("variants").requireArray().elements()) {
      int index = v.field("index").optionalInt(variants.size());
      Map<String, Map<String, RuleGroup>> rules = new LinkedHashMap<>();
      JsonCursor r = v.field("rules");
      if (!r.isMissing() && !r.isNull()) {
        Map<String, RuleGroup> byPath = new LinkedHashMap<>();
        for (Map.Entry<String, JsonCursor> e : r.fields()) {
          byPath.put(e.getKey(), group(e.getValue()));
        }
        rules.put(MatchingRules.BODY, byPath);
      }
      variants.add(new ArrayContains.Variant(index, new MatchingRules(rules)));
    }
    return new ArrayContains(variants);
  }

  private static MatchingRule statusCode(JsonCursor status) {
    JsonNode n = status.node();
    if (n.isTextual()) {
      List<String> classes =
          List.of(
              "information",
              "success",
              "redirect",
              "clientError",
              "serverError",
              "nonError",
              "error");
      if (!classes.contains(n.textValue())) {
        throw status.fail(
            "unknown status class \"" + n.textValue() + "\"; valid: " + String.join(", ", classes));
      }
      return new MatchingRule.StatusCode(n.textValue(), List.of());
    }
    List<Integer> codes = new ArrayList<>();
    for (JsonCursor c : status.requireArray().elements()) {
      codes.add(c.optionalInt(0));
    }
    return new MatchingRule.StatusCode(null, codes);
  }

  Generators generators(JsonCursor gens) {
    if (gens.isMissing() || gens.isNull()) {
      return Generators.none();
    }
    Map<String, Map<String, Generator>> categories = new LinkedHashMap<>();
    for (Map.Entry<String, JsonCursor> cat : gens.requireObject().fields()) {
      String name = "content".equals(cat.getKey()) ? MatchingRules.BODY : cat.getKey();
      Map<String, Generator> byPath = new LinkedHashMap<>();
      JsonCursor c = cat.getValue().requireObject();
      if (c.has("type")) {
        byPath.put("", generator(c));
      } else {
        for (Map.Entry<String, JsonCursor> e : c.fields()) {
          byPath.put(e.getKey(), generator(e.getValue().requireObject()));
        }
      }
      categories.put(name, byPath);
    }
    return new Generators(categories);
  }

  private Generator generator(JsonCursor g) {
    String type = g.field("type").requiredText();
    return switch (type) {
      case "ProviderState" ->
          new Generator.FromProviderState(
              g.field("expression").requiredText(),
              g.field("dataType").optionalText().orElse("RAW"));
      case "MockServerURL" ->
          new Generator.MockServerUrl(
              g.field("example").requiredText(), g.field("regex").requiredText());
      default -> {
        Map<String, Object> attributes = TreeValues.map(g.node());
        attributes.remove("type");
        yield new Generator.Other(type, attributes);
      }
    };
  }
}
