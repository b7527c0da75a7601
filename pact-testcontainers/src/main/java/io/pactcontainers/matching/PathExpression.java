package io.pactcontainers.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * A matching rule's path expression ({@code $.items[*].price}, {@code $['a b'][0]}, {@code $.*}),
 * parsed once, and how well it matches a concrete path.
 */
final class PathExpression {
  /** Marker tokens: {@code *} (any field) and {@code [*]} (any index). */
  static final Object ANY_FIELD = new Object();

  static final Object ANY_INDEX = new Object();

  private final String text;
  private final List<Object> tokens;

  private PathExpression(String text, List<Object> tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  String text() {
    return text;
  }

  int length() {
    return tokens.size();
  }

  /** Parses an expression; throws IllegalArgumentException naming the fault. */
  static PathExpression parse(String text) {
    String s = text.trim();
    List<Object> tokens = new ArrayList<>();
    int i = 0;
    if (s.startsWith("$")) {
      i = 1;
    } else if (!s.isEmpty()) {
      // Header-like keys and bare field names ("a.b") are taken as relative to the root.
      s = "$." + s;
      i = 1;
    }
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '.') {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != '.' && s.charAt(j) != '[') {
          j++;
        }
        String name = s.substring(i + 1, j);
        if (name.isEmpty()) {
          throw new IllegalArgumentException("empty field name at position " + i + " in " + text);
        }
        tokens.add(name.equals("*") ? ANY_FIELD : name);
        i = j;
      } else if (c == '[') {
        int close = findClose(s, i, text);
        String inner = s.substring(i + 1, close).trim();
        if (inner.equals("*")) {
          tokens.add(ANY_INDEX);
        } else if (!inner.isEmpty() && inner.chars().allMatch(Character::isDigit)) {
          tokens.add(Integer.parseInt(inner));
        } else if (inner.length() >= 2
            && (inner.startsWith("'") && inner.endsWith("'")
                || inner.startsWith("\"") && inner.endsWith("\""))) {
          String name = inner.substring(1, inner.length() - 1);
          tokens.add(name.equals("*") ? ANY_FIELD : name);
        } else {
          throw new IllegalArgumentException("invalid index [" + inner + "] in " + text);
        }
        i = close + 1;
      } else {
        throw new IllegalArgumentException(
            "unexpected '" + c + "' at position " + i + " in " + text);
      }
    }
    return new PathExpression(text, List.copyOf(tokens));
  }

  private static int findClose(String s, int open, String text) {
    char quote = 0;
    for (int k = open + 1; k < s.length(); k++) {
      char c = s.charAt(k);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == ']') {
        return k;
      }
    }
    throw new IllegalArgumentException("unclosed '[' in " + text);
  }

  /**
   * The same expression with index tokens removed (XML documents have no indices in their paths).
   */
  PathExpression withoutIndices() {
    List<Object> t = new ArrayList<>();
    for (Object o : tokens) {
      if (!(o instanceof Integer) && o != ANY_INDEX) {
        t.add(o);
      }
    }
    return new PathExpression(text, List.copyOf(t));
  }

  /**
   * How well this expression matches the start of {@code path}: 0 when it does not; otherwise a
   * weight where exact names and indices count more than wildcards, so the most specific rule wins.
   */
  long weight(DocPath path) {
    List<Object> p = path.tokens();
    if (tokens.size() > p.size()) {
      return 0;
    }
    long w = 2;
    for (int k = 0; k < tokens.size(); k++) {
      Object t = tokens.get(k);
      Object a = p.get(k);
      if (t == ANY_FIELD) {
        w *= 1;
      } else if (t == ANY_INDEX) {
        if (!(a instanceof Integer)) {
          return 0;
        }
        w *= 1;
      } else if (t.equals(a)) {
        w *= 2;
      } else {
        return 0;
      }
    }
    return w;
  }

  @Override
  public String toString() {
    return text;
  }
}
