package io.pactcontainers.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which body path each line of a pretty-printed JSON value stands for, and whether a differing line
 * is a real mismatch: the diff shows the pact's examples against the answer, and where a matching
 * rule accepted another value (a type, a regex), the two lines differ without anything being wrong.
 * A line counts as a difference when a mismatch is at its path, or when it is on one side only (an
 * element or key added or missing) under a mismatch's path; any other differing line is greyed.
 */
final class DiffPaths {
  /** Names written {@code .name} in a path, as the matcher writes them; others {@code ['n a']}. */
  private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private DiffPaths() {}

  /**
   * The path of each line Jackson's pretty printer writes for {@code node} (one value per line; a
   * non-empty container's opening and closing lines both stand for it).
   */
  static List<String> of(JsonNode node, String path) {
    List<String> out = new ArrayList<>();
    add(node, path, out);
    return out;
  }

  private static void add(JsonNode node, String path, List<String> out) {
    out.add(path);
    if (!node.isContainerNode() || node.isEmpty()) {
      return;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        add(f.getValue(), field(path, f.getKey()), out);
      }
    } else {
      for (int i = 0; i < node.size(); i++) {
        add(node.get(i), path + "[" + i + "]", out);
      }
    }
    out.add(path);
  }

  private static String field(String path, String name) {
    return SIMPLE_NAME.matcher(name).matches() ? path + "." + name : path + "['" + name + "']";
  }

  /**
   * Whether a line that differs is a real mismatch rather than a value a rule accepted.
   *
   * @param path the line's path
   * @param otherSide the paths of the other side's lines
   * @param mismatches the paths of the interaction's mismatches
   */
  static boolean real(String path, Set<String> otherSide, Collection<String> mismatches) {
    if (mismatches.contains(path)) {
      return true;
    }
    if (otherSide.contains(path)) {
      return false;
    }
    for (String m : mismatches) {
      if (path.startsWith(m + ".") || path.startsWith(m + "[")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The unified diff's lines with each differing line classed: {@code expected} and {@code actual}
   * are the paths of the lines diffed, in order.
   */
  static List<DiffLine> classed(
      List<String> unified,
      List<String> expected,
      List<String> actual,
      Collection<String> mismatches) {
    Set<String> expectedSet = new HashSet<>(expected);
    Set<String> actualSet = new HashSet<>(actual);
    List<DiffLine> out = new ArrayList<>();
    int e = 0;
    int a = 0;
    for (String line : unified) {
      if (line.startsWith("@@")) {
        // "@@ -e,n +a,m @@": where the hunk starts on each side, from 1.
        String[] parts = line.split(" ");
        e = Integer.parseInt(parts[1].substring(1).split(",")[0]) - 1;
        a = Integer.parseInt(parts[2].substring(1).split(",")[0]) - 1;
        out.add(DiffLine.of(line));
      } else if (line.startsWith("-")) {
        boolean real = e >= expected.size() || real(expected.get(e), actualSet, mismatches);
        out.add(new DiffLine(line, !real));
        e++;
      } else if (line.startsWith("+")) {
        boolean real = a >= actual.size() || real(actual.get(a), expectedSet, mismatches);
        out.add(new DiffLine(line, !real));
        a++;
      } else {
        out.add(DiffLine.of(line));
        e++;
        a++;
      }
    }
    return out;
  }
}
