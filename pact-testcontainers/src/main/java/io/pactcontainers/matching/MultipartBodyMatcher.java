package io.pactcontainers.matching;

import io.pactcontainers.model.Body;
import io.pactcontainers.model.Mismatch;
import io.pactcontainers.model.RuleGroup;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares multipart bodies (RFC 7578): each expected part, found by name, compared by its own
 * type.
 */
final class MultipartBodyMatcher {
  private static final Pattern BOUNDARY =
      Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME =
      Pattern.compile("name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

  private final BodyMatcher bodies;

  MultipartBodyMatcher(BodyMatcher bodies) {
    this.bodies = bodies;
  }

  record Part(String name, Map<String, String> headers, byte[] content) {
    String contentType() {
      return headers.getOrDefault("content-type", null);
    }
  }

  /**
   * @param bodyRules the body's rules: those under {@code $.<part name>} apply to that part, with
   *     {@code $.<part name>} as the part's root (a {@code contentType} rule on a file part, rules
   *     inside a JSON part), as pact-jvm and the Rust verifier read them
   */
  void compare(
      Body expected,
      String expectedType,
      Body actual,
      String actualType,
      Map<String, RuleGroup> bodyRules,
      List<Mismatch> out) {
    List<Part> expectedParts = parse(expected.content(), expectedType);
    List<Part> actualParts = parse(actual.content(), actualType);
    if (expectedParts == null || actualParts == null) {
      if (!Arrays.equals(expected.content(), actual.content())) {
        out.add(
            new Mismatch.BodyMismatch(
                "$",
                "multipart",
                "multipart",
                "$: the multipart bodies differ and their boundary could not be found"));
      }
      return;
    }
    for (int i = 0; i < expectedParts.size(); i++) {
      Part e = expectedParts.get(i);
      Part a = find(actualParts, e, i);
      String label = e.name() != null ? e.name() : "#" + i;
      if (a == null) {
        out.add(
            new Mismatch.BodyMismatch(
                "$." + label,
                "part " + label,
                "",
                "$."
                    + label
                    + ": expected a multipart part named \""
                    + label
                    + "\", but it was missing"));
        continue;
      }
      List<Mismatch> partOut = new ArrayList<>();
      String type = e.contentType() != null ? e.contentType() : "text/plain";
      bodies.compare(
          Body.of(e.content(), type),
          type,
          Body.of(a.content(), a.contentType()),
          a.contentType() != null ? a.contentType() : "text/plain",
          e.name() == null ? Map.of() : partRules(bodyRules, e.name()),
          partOut);
      for (Mismatch m : partOut) {
        out.add(
            new Mismatch.BodyMismatch(
                "$." + label + m.path().substring(1),
                m.expected(),
                m.actual(),
                "part \"" + label + "\": " + m.message()));
      }
    }
  }

  /** The rules under the part's path, re-rooted at {@code $}. */
  static Map<String, RuleGroup> partRules(Map<String, RuleGroup> bodyRules, String part) {
    Map<String, RuleGroup> out = new LinkedHashMap<>();
    List<String> prefixes = List.of("$." + part, "$['" + part + "']", "$[\"" + part + "\"]");
    for (Map.Entry<String, RuleGroup> rule : bodyRules.entrySet()) {
      String path = rule.getKey();
      for (String prefix : prefixes) {
        if (path.equals(prefix)) {
          out.put("$", rule.getValue());
        } else if (path.startsWith(prefix)
            && (path.charAt(prefix.length()) == '.' || path.charAt(prefix.length()) == '[')) {
          out.put("$" + path.substring(prefix.length()), rule.getValue());
        }
      }
    }
    return out;
  }

  private static Part find(List<Part> parts, Part wanted, int index) {
    if (wanted.name() != null) {
      for (Part p : parts) {
        if (wanted.name().equals(p.name())) {
          return p;
        }
      }
      return null;
    }
    return index < parts.size() ? parts.get(index) : null;
  }

  /**
   * Splits a multipart body; the boundary comes from the content type or, failing that, the first
   * line.
   */
  static List<Part> parse(byte[] content, String contentType) {
    String text = new String(content, StandardCharsets.ISO_8859_1);
    String boundary = null;
    if (contentType != null) {
      Matcher m = BOUNDARY.matcher(contentType);
      if (m.find()) {
        boundary = m.group(1);
      }
    }
    if (boundary == null) {
      String first = text.stripLeading();
      int eol = first.indexOf('\n');
      if (!first.startsWith("--") || eol < 0) {
        return null;
      }
      boundary = first.substring(2, eol).trim();
    }
    String delimiter = "--" + boundary;
    List<Part> parts = new ArrayList<>();
    String[] chunks = text.split(Pattern.quote(delimiter));
    for (int i = 1; i < chunks.length; i++) {
      String chunk = chunks[i];
      if (chunk.startsWith("--")) {
        break;
      }
      chunk = chunk.replaceFirst("^\r?\n", "");
      int split = chunk.indexOf("\r\n\r\n");
      int sepLen = 4;
      if (split < 0) {
        split = chunk.indexOf("\n\n");
        sepLen = 2;
      }
      if (split < 0) {
        continue;
      }
      Map<String, String> headers = new LinkedHashMap<>();
      for (String line : chunk.substring(0, split).split("\r?\n")) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          headers.put(
              line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
              line.substring(colon + 1).trim());
        }
      }
      String body = chunk.substring(split + sepLen).replaceFirst("\r?\n$", "");
      String disposition = headers.getOrDefault("content-disposition", "");
      Matcher n = NAME.matcher(disposition);
      parts.add(
          new Part(
              n.find() ? n.group(1) : null, headers, body.getBytes(StandardCharsets.ISO_8859_1)));
    }
    return parts;
  }
}
