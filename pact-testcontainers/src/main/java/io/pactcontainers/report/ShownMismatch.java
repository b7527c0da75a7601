package io.pactcontainers.report;

import io.pactcontainers.model.Mismatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mismatch as the console and the HTML report show it: its line and the diff under it. The keys
 * missing from one object are one line with one diff of that object: five missing keys were five
 * identical eleven-line diffs. The reports of record (JSON, JUnit) keep every mismatch.
 *
 * @param category the mismatch's category ("Body had differences")
 * @param line what is wrong, in words
 * @param diff the body diff under it; empty when the line says it all
 */
record ShownMismatch(String category, String line, List<DiffLine> diff) {

  /** The mismatches of an interaction as shown, in the order of the first of each group. */
  static List<ShownMismatch> of(List<Mismatch> mismatches) {
    Map<Object, List<Mismatch>> groups = new LinkedHashMap<>();
    for (Mismatch m : mismatches) {
      Object key =
          m instanceof Mismatch.MissingKey k
              ? List.of(String.valueOf(k.objectPath()), k.expectedObject(), k.actualObject())
              : new Object(); // every other mismatch stands alone
      groups.computeIfAbsent(key, x -> new ArrayList<>()).add(m);
    }
    List<String> paths = mismatches.stream().map(Mismatch::path).toList();
    List<ShownMismatch> shown = new ArrayList<>();
    for (List<Mismatch> group : groups.values()) {
      Mismatch first = group.get(0);
      shown.add(
          new ShownMismatch(
              first.category(),
              group.size() == 1 ? first.message() : missingKeys(group),
              BodyDiff.compact(first, paths)));
    }
    return shown;
  }

  private static String missingKeys(List<Mismatch> group) {
    List<String> keys = new ArrayList<>();
    for (Mismatch m : group) {
      keys.add("\"" + ((Mismatch.MissingKey) m).key() + "\"");
    }
    return ((Mismatch.MissingKey) group.get(0)).objectPath()
        + ": expected keys "
        + String.join(", ", keys)
        + ", but they were missing";
  }
}
