package io.pactcontainers.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.pactcontainers.model.MatchingRule;
import io.pactcontainers.model.MatchingRules;
import io.pactcontainers.model.Mismatch;
import io.pactcontainers.model.RuleGroup;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares two JSON trees under matching rules (Pact specification V3 section "Matching Rules", V4
 * additions). Objects may have keys the example lacks; arrays must have the example's length unless
 * a type-like rule makes the example a template.
 */
final class JsonTreeMatcher {
  private final RuleResolver rules;
  private final RuleCheck check;
  private final List<Mismatch> out;

  JsonTreeMatcher(RuleResolver rules, RuleCheck check, List<Mismatch> out) {
    this.rules = rules;
    this.check = check;
    this.out = out;
  }

  void compare(DocPath path, JsonNode expected, JsonNode actual) {
    Optional<RuleResolver.Resolved> resolved = rules.resolve(path);
    if (resolved.isEmpty()) {
      compareStrict(path, expected, actual);
      return;
    }
    if (onlyEquality(resolved.get().group())) {
      // equality means equal: an object with a key more is not (the Rust verifier compares the
      // whole values)
      if (resolved.get().direct()
          && expected.isContainerNode()
          && actual.isContainerNode()
          && expected.size() != actual.size()
          && expected.getNodeType() == actual.getNodeType()) {
        out.add(
            new Mismatch.BodyMismatch(
                path.toString(),
                Describe.raw(expected),
                Describe.raw(actual),
                path
                    + ": expected exactly "
                    + Describe.shorten(expected.toString())
                    + " (equality), found "
                    + Describe.shorten(actual.toString())));
      }
      compareStrict(path, expected, actual);
      return;
    }
    RuleGroup group = resolved.get().group();
    List<String> problems =
        RuleCheck.combine(
            group,
            rule -> {
              List<String> ruleProblems = new ArrayList<>();
              check.check(rule, expected, actual, false).ifPresent(ruleProblems::add);
              if (rule instanceof MatchingRule.ArrayContains contains && actual.isArray()) {
                ruleProblems.addAll(arrayContains(path, contains, expected, actual));
              }
              if (rule instanceof MatchingRule.EachKey eachKey && actual.isObject()) {
                ruleProblems.addAll(eachKey(eachKey, actual));
              }
              return ruleProblems;
            });
    for (String p : problems) {
      out.add(
          new Mismatch.BodyMismatch(
              path.toString(), Describe.raw(expected), Describe.raw(actual), path + ": " + p));
    }
    descend(path, group, expected, actual);
  }

  private static boolean onlyEquality(RuleGroup g) {
    return g.rules().stream().allMatch(r -> r instanceof MatchingRule.Equality);
  }

  /**
   * After the rules at a container held, its contents are compared (the example may be a template).
   */
  private void descend(DocPath path, RuleGroup group, JsonNode expected, JsonNode actual) {
    boolean template = group.isTypeLike();
    boolean contains =
        group.rules().stream().anyMatch(r -> r instanceof MatchingRule.ArrayContains);
    boolean keysFree =
        group.rules().stream()
            .anyMatch(
                r ->
                    r instanceof MatchingRule.Values
                        || r instanceof MatchingRule.EachValue
                        || r instanceof MatchingRule.EachKey);
    if (expected.isObject() && actual.isObject()) {
      if (keysFree) {
        JsonNode first = expected.isEmpty() ? null : expected.elements().next();
        Iterator<Map.Entry<String, JsonNode>> it = actual.properties().iterator();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          JsonNode example = expected.has(e.getKey()) ? expected.get(e.getKey()) : first;
          if (example != null) {
            compare(path.field(e.getKey()), example, e.getValue());
          }
        }
      } else {
        compareObjects(path, expected, actual);
      }
    } else if (expected.isArray() && actual.isArray() && !contains) {
      if (template) {
        if (expected.isEmpty()) {
          return;
        }
        for (int i = 0; i < actual.size(); i++) {
          compare(
              path.index(i),
              i < expected.size() ? expected.get(i) : expected.get(0),
              actual.get(i));
        }
      } else {
        compareArrays(path, expected, actual);
      }
    }
  }

  private void compareStrict(DocPath path, JsonNode expected, JsonNode actual) {
    if (expected.isObject() && actual.isObject()) {
      compareObjects(path, expected, actual);
    } else if (expected.isArray() && actual.isArray()) {
      compareArrays(path, expected, actual);
    } else if (!JsonEquality.equal(expected, actual)) {
      String message =
          expected.getNodeType() != actual.getNodeType()
                  && !(expected.isNumber() && actual.isNumber())
              ? "expected "
                  + Describe.type(expected)
                  + " "
                  + Describe.raw(expected)
                  + ", found "
                  + Describe.value(actual)
              : "expected " + Describe.value(expected) + ", found " + Describe.value(actual);
      out.add(
          new Mismatch.BodyMismatch(
              path.toString(),
              Describe.raw(expected),
              Describe.raw(actual),
              path + ": " + message));
    }
  }

  private void compareObjects(DocPath path, JsonNode expected, JsonNode actual) {
    Iterator<Map.Entry<String, JsonNode>> it = expected.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      DocPath child = path.field(e.getKey());
      JsonNode a = actual.get(e.getKey());
      if (a == null) {
        out.add(
            new Mismatch.MissingKey(
                child.toString(),
                Describe.raw(e.getValue()),
                child
                    + ": expected key \""
                    + e.getKey()
                    + "\" with "
                    + Describe.value(e.getValue())
                    + ", but it was missing",
                Describe.raw(expected),
                Describe.raw(actual),
                path.toString(),
                e.getKey()));
      } else {
        compare(child, e.getValue(), a);
      }
    }
  }

  private void compareArrays(DocPath path, JsonNode expected, JsonNode actual) {
    if (expected.size() != actual.size()) {
      out.add(
          new Mismatch.BodyMismatch(
              path.toString(),
              Describe.raw(expected),
              Describe.raw(actual),
              path
                  + ": expected an array of "
                  + expected.size()
                  + (expected.size() == 1 ? " element" : " elements")
                  + ", found "
                  + actual.size()
                  + " "
                  + Describe.shorten(actual.toString())));
    }
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      compare(path.index(i), expected.get(i), actual.get(i));
    }
  }

  private List<String> arrayContains(
      DocPath path, MatchingRule.ArrayContains rule, JsonNode expected, JsonNode actual) {
    List<String> problems = new ArrayList<>();
    for (MatchingRule.ArrayContains.Variant v : rule.variants()) {
      if (v.index() >= expected.size()) {
        continue;
      }
      JsonNode example = expected.get(v.index());
      RuleResolver variantRules = RuleResolver.of(v.rules().category(MatchingRules.BODY), false);
      boolean found = false;
      for (int i = 0; i < actual.size() && !found; i++) {
        List<Mismatch> scratch = new ArrayList<>();
        new JsonTreeMatcher(variantRules, check, scratch)
            .compare(DocPath.ROOT, example, actual.get(i));
        found = scratch.isEmpty();
      }
      if (!found) {
        problems.add(
            "expected the array to contain an element matching variant "
                + v.index()
                + " "
                + Describe.shorten(example.toString())
                + ", found none among "
                + actual.size());
      }
    }
    return problems;
  }

  private List<String> eachKey(MatchingRule.EachKey rule, JsonNode actual) {
    List<String> problems = new ArrayList<>();
    Iterator<String> names = actual.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      for (MatchingRule r : rule.rules()) {
        check
            .check(r, TextNode.valueOf(name), TextNode.valueOf(name), true)
            .ifPresent(p -> problems.add("key \"" + name + "\": " + p));
      }
    }
    return problems;
  }
}
