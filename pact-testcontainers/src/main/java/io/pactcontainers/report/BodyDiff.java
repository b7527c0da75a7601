package io.pactcontainers.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import io.pactcontainers.model.Body;
import io.pactcontainers.model.HttpInteraction;
import io.pactcontainers.model.MessageInteraction;
import io.pactcontainers.model.Mismatch;
import io.pactcontainers.verify.InteractionResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The diff shown under a body mismatch, expected ({@code -}) against actual ({@code +}), one value
 * per line (JSON pretty-printed). Compact: only where a mismatch is about an object or an array,
 * the differing lines of that part with two lines of context. Full ({@code
 * -Dpact.showFullDiff=true}): the whole bodies. A pact's expected body holds example values that
 * matching rules may accept in other forms, so a full diff shows more than the mismatches; the
 * mismatch lines say what counts.
 */
final class BodyDiff {
  static final int COMPACT_LINES = 40;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One value per line, array elements too, so that a diff points at the element that differs. */
  private static final com.fasterxml.jackson.databind.ObjectWriter PRETTY =
      JSON.writer(
          new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
              .withArrayIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n"))
              .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n")));

  private BodyDiff() {}

  /** The compact diff for one body mismatch, with no other mismatch to tell real lines by. */
  static List<DiffLine> compact(Mismatch mismatch) {
    return compact(mismatch, List.of(mismatch.path()));
  }

  /**
   * The compact diff for one body mismatch; empty when the mismatch line says it all.
   *
   * @param mismatch the mismatch
   * @param mismatchPaths the paths of all the interaction's mismatches: other differing lines are
   *     values the matching rules accepted, greyed
   */
  static List<DiffLine> compact(Mismatch mismatch, Collection<String> mismatchPaths) {
    Optional<JsonNode> expected;
    Optional<JsonNode> actual;
    String root;
    if (mismatch instanceof Mismatch.MissingKey missing) {
      // The objects around the key: what is there instead shows beside what is missing.
      expected = container(missing.expectedObject());
      actual = container(missing.actualObject());
      root = missing.objectPath();
    } else if (mismatch instanceof Mismatch.BodyMismatch) {
      expected = container(mismatch.expected());
      actual = container(mismatch.actual());
      root = mismatch.path();
    } else {
      return List.of();
    }
    if (expected.isEmpty() || actual.isEmpty() || root == null) {
      return List.of();
    }
    List<DiffLine> diff = json(expected.get(), actual.get(), root, mismatchPaths, 2);
    if (diff.size() > COMPACT_LINES) {
      List<DiffLine> cut = new ArrayList<>(diff.subList(0, COMPACT_LINES));
      cut.add(
          DiffLine.of(
              "... "
                  + (diff.size() - COMPACT_LINES)
                  + " more lines (-Dpact.showFullDiff=true shows the whole bodies)"));
      return cut;
    }
    return diff;
  }

  /** The whole expected body against the whole actual one; empty when either is unknown. */
  static List<DiffLine> full(InteractionResult result) {
    Optional<Body> expected = expectedBody(result);
    Optional<Body> actual = result.evidence().response().map(r -> r.body());
    if (expected.isEmpty() || actual.isEmpty()) {
      return List.of();
    }
    Optional<JsonNode> e = container(expected.get().asString().strip());
    Optional<JsonNode> a = container(actual.get().asString().strip());
    if (e.isPresent() && a.isPresent()) {
      List<String> paths =
          result instanceof InteractionResult.Failed f
              ? f.mismatches().stream().map(Mismatch::path).toList()
              : List.of();
      return json(e.get(), a.get(), "$", paths, Integer.MAX_VALUE);
    }
    List<String> el = lines(expected.get());
    List<String> al = lines(actual.get());
    return diff(el, al, Math.max(el.size(), al.size())).stream().map(DiffLine::of).toList();
  }

  /**
   * Two JSON values diffed, the actual one's keys in the expected one's order, each differing line
   * classed as a real mismatch or a value the rules accepted.
   */
  private static List<DiffLine> json(
      JsonNode expected,
      JsonNode actual,
      String root,
      Collection<String> mismatchPaths,
      int context) {
    JsonNode shown = aligned(expected, actual);
    List<String> el = pretty(expected);
    List<String> al = pretty(shown);
    List<String> diff = diff(el, al, Math.min(context, Math.max(el.size(), al.size())));
    List<String> ep = DiffPaths.of(expected, root);
    List<String> ap = DiffPaths.of(shown, root);
    if (ep.size() != el.size() || ap.size() != al.size()) {
      // Not one value per line after all: shown as it is, every differing line a difference.
      return diff.stream().map(DiffLine::of).toList();
    }
    return DiffPaths.classed(diff, ep, ap, mismatchPaths);
  }

  /**
   * The actual value with the keys it shares with the expected one in the expected one's order, and
   * each key the pact lacks where it was: after the shared key it followed. JSON objects have no
   * order, and a pact's (often alphabetical) order against a provider's showed unchanged keys as
   * removed and added again.
   */
  static JsonNode aligned(JsonNode expected, JsonNode actual) {
    if (expected.isObject() && actual.isObject()) {
      // The keys only the answer has, by the shared key they follow in it (null: at the start).
      java.util.Map<String, List<String>> after = new java.util.HashMap<>();
      String anchor = null;
      for (java.util.Map.Entry<String, JsonNode> f : actual.properties()) {
        if (expected.has(f.getKey())) {
          anchor = f.getKey();
        } else {
          after.computeIfAbsent(anchor, k -> new ArrayList<>()).add(f.getKey());
        }
      }
      com.fasterxml.jackson.databind.node.ObjectNode out = JSON.createObjectNode();
      after.getOrDefault(null, List.of()).forEach(k -> out.set(k, actual.get(k)));
      for (java.util.Map.Entry<String, JsonNode> e : expected.properties()) {
        if (actual.has(e.getKey())) {
          out.set(e.getKey(), aligned(e.getValue(), actual.get(e.getKey())));
          after.getOrDefault(e.getKey(), List.of()).forEach(k -> out.set(k, actual.get(k)));
        }
      }
      return out;
    }
    if (expected.isArray() && actual.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode out = JSON.createArrayNode();
      for (int i = 0; i < actual.size(); i++) {
        out.add(i < expected.size() ? aligned(expected.get(i), actual.get(i)) : actual.get(i));
      }
      return out;
    }
    return actual;
  }

  static Optional<Body> expectedBody(InteractionResult result) {
    if (result.interaction() instanceof HttpInteraction h) {
      return Optional.of(h.response().body());
    }
    if (result.interaction() instanceof MessageInteraction m) {
      return Optional.of(m.message().contents());
    }
    return Optional.empty();
  }

  /** A body as lines: JSON pretty-printed, anything else as text. */
  static List<String> lines(Body body) {
    if (!body.isPresent()) {
      return List.of();
    }
    Optional<JsonNode> json = container(body.asString().strip());
    return json.map(BodyDiff::pretty).orElseGet(() -> body.asString().lines().toList());
  }

  private static List<String> diff(List<String> expected, List<String> actual, int context) {
    Patch<String> patch = DiffUtils.diff(expected, actual);
    if (patch.getDeltas().isEmpty()) {
      return List.of();
    }
    List<String> unified =
        UnifiedDiffUtils.generateUnifiedDiff("expected", "actual", expected, patch, context);
    // Lines 1-2 are the "--- expected" / "+++ actual" headers: the caption says which is which.
    return unified.subList(2, unified.size());
  }

  private static Optional<JsonNode> container(String raw) {
    if (raw == null || raw.isEmpty() || !(raw.startsWith("{") || raw.startsWith("["))) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readTree(raw));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private static List<String> pretty(JsonNode node) {
    try {
      return PRETTY.writeValueAsString(node).lines().toList();
    } catch (JsonProcessingException e) {
      return node.toString().lines().toList();
    }
  }
}
