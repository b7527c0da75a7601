package io.pactcontainers.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The provider's log lines written while an interaction ran, cut to what explains a failure. The
 * last lines alone are the bottom of a Java stack trace (Tomcat's frames), so where the lines hold
 * a stack trace its head comes first: the line that logged it, the exception and each {@code Caused
 * by}, each with its first frames; then the last lines; {@code ...} where lines were cut.
 */
public final class LogExcerpt {
  /** Lines an excerpt shows at most (the cut markers aside). */
  public static final int MAX_LINES = 20;

  /** At most this many of them for the stack traces' heads: the last lines keep the rest. */
  private static final int HEAD_LINES = 12;

  /** Frames kept under each exception line. */
  private static final int FRAMES = 2;

  /** A stack frame, or the "... 12 more" that stands for frames (Java; Python's "File" lines). */
  private static final Pattern FRAME = Pattern.compile("^\\s+(at |\\.\\.\\. \\d+ more|File \")");

  private LogExcerpt() {}

  /**
   * The excerpt of these lines.
   *
   * @param lines the lines written while the interaction ran, in order
   * @return them all when few; else the stack traces' heads, the last lines and {@code ...} where
   *     cut
   */
  public static List<String> of(List<String> lines) {
    if (lines.size() <= MAX_LINES) {
      return List.copyOf(lines);
    }
    TreeSet<Integer> kept = new TreeSet<>();
    for (int i = 0; i < lines.size() && kept.size() < HEAD_LINES; i++) {
      // An exception (or a cause) is the line a frame follows: whatever its class is called.
      if (FRAME.matcher(lines.get(i)).find()
          || i + 1 >= lines.size()
          || !FRAME.matcher(lines.get(i + 1)).find()) {
        continue;
      }
      // The line that logged the trace ("Servlet.service() ... threw exception"), when it is one.
      if (i > 0 && !FRAME.matcher(lines.get(i - 1)).find() && kept.isEmpty()) {
        kept.add(i - 1);
      }
      kept.add(i);
      for (int f = i + 1; f <= i + FRAMES && f < lines.size(); f++) {
        if (FRAME.matcher(lines.get(f)).find()) {
          kept.add(f);
        }
      }
    }
    while (kept.size() > HEAD_LINES) {
      kept.pollLast();
    }
    for (int i = lines.size() - 1; i >= 0 && kept.size() < MAX_LINES; i--) {
      kept.add(i);
    }
    List<String> out = new ArrayList<>();
    int previous = -1;
    for (int i : kept) {
      if (i > previous + 1) {
        int cut = i - previous - 1;
        out.add("... (" + cut + " line" + (cut == 1 ? "" : "s") + " cut)");
      }
      out.add(lines.get(i));
      previous = i;
    }
    return out;
  }
}
