package io.pactcontainers.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A concrete location in a document: {@code $}, then field names and array indices. */
final class DocPath {
  private static final java.util.regex.Pattern SIMPLE_NAME =
      java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  static final DocPath ROOT = new DocPath(List.of());

  /** Each token is a String (field) or an Integer (array index). */
  private final List<Object> tokens;

  private DocPath(List<Object> tokens) {
    this.tokens = tokens;
  }

  DocPath field(String name) {
    return with(name);
  }

  DocPath index(int i) {
    return with(i);
  }

  private DocPath with(Object token) {
    List<Object> t = new ArrayList<>(tokens.size() + 1);
    t.addAll(tokens);
    t.add(token);
    return new DocPath(Collections.unmodifiableList(t));
  }

  List<Object> tokens() {
    return tokens;
  }

  int length() {
    return tokens.size();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("$");
    for (Object t : tokens) {
      if (t instanceof Integer i) {
        sb.append('[').append(i).append(']');
      } else {
        String s = (String) t;
        if (SIMPLE_NAME.matcher(s).matches()) {
          sb.append('.').append(s);
        } else {
          sb.append("['").append(s).append("']");
        }
      }
    }
    return sb.toString();
  }
}
