package io.pactcontainers.provider;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of a provider's log lines belong to an interaction: those it wrote from the moment the
 * interaction began, after the previous one's teardown. Counting the lines that had reached us then
 * is not enough: Docker's log stream comes with a delay, so what the provider wrote while tearing
 * down the previous interaction's state (an access log line after the answer, say) could still be
 * on its way and be taken for the next interaction's. Docker gives each line the time it was
 * written, by the engine's clock; {@link Clocks} lines that clock up with ours.
 */
final class LogWindow {
  private LogWindow() {}

  /**
   * A log line and when the provider wrote it.
   *
   * @param text the line, masked
   * @param written when it was written: the engine's time when Docker gave it, else when it came
   */
  record Line(String text, Instant written) {
    Line {
      requireNonNull(text, "text");
      requireNonNull(written, "written");
    }
  }

  /**
   * How the engine's clock stands against ours, from the lines seen: each came after it was
   * written, so the least of (came - written) is the clocks' difference plus the shortest delay. A
   * line's time plus that is never earlier than when it was written by our clock, so no line an
   * interaction made is left out of its window, whatever the engine's clock says (a Docker Desktop
   * VM's clock may drift from the host's).
   */
  static final class Clocks {
    private Duration offset;

    synchronized void seen(Instant written, Instant came) {
      Duration d = Duration.between(written, came);
      if (offset == null || d.compareTo(offset) < 0) {
        offset = d;
      }
    }

    /** What to add to the engine's time for ours; zero before any stamped line. */
    synchronized Duration offset() {
      return offset == null ? Duration.ZERO : offset;
    }
  }

  /**
   * The lines written from {@code from} on, by our clock, the last {@code max} of them.
   *
   * @param lines the lines kept, oldest first
   * @param from when the window opens, by our clock
   * @param offset what to add to a line's time for ours ({@link Clocks#offset()})
   * @param max how many at most
   */
  static List<String> since(List<Line> lines, Instant from, Duration offset, int max) {
    List<String> out = new ArrayList<>();
    for (Line l : lines) {
      if (!l.written().plus(offset).isBefore(from)) {
        out.add(l.text());
      }
    }
    return List.copyOf(out.subList(Math.max(0, out.size() - max), out.size()));
  }
}
