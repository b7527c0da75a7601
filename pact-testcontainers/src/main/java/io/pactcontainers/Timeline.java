package io.pactcontainers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Where a run's time goes, phase by phase ({@code -Dpact.timings=true}): each phase with its start
 * offset from the run's start and its duration. Off unless a run switches it on; then the
 * verifier's own steps record into it from whichever thread they run on (Docker is found on its own
 * thread while the pacts load). One run at a time per JVM: a Maven build runs its goals in turn.
 */
public final class Timeline {
  private static volatile Timeline current;

  /** A phase: from {@code startMillis} after the run's start, for {@code durationMillis}. */
  public record Phase(String name, double startMillis, double durationMillis) {}

  private final long t0 = System.nanoTime();
  private final List<Phase> phases = new ArrayList<>();

  private Timeline() {}

  /**
   * Starts recording, from now; phases recorded by any thread until {@link #stop()} go to it.
   *
   * @return the timeline
   */
  public static Timeline start() {
    Timeline t = new Timeline();
    current = t;
    return t;
  }

  /**
   * Stops recording.
   *
   * @return the phases recorded, by start time
   */
  public List<Phase> stop() {
    if (current == this) {
      current = null;
    }
    synchronized (phases) {
      return phases.stream().sorted(Comparator.comparingDouble(Phase::startMillis)).toList();
    }
  }

  /**
   * Records a phase that began at {@code startNanos} ({@link System#nanoTime()}) and ends now; does
   * nothing when no timeline records.
   *
   * @param name what the phase did ("pacts read")
   * @param startNanos when it began
   */
  public static void phase(String name, long startNanos) {
    Timeline t = current;
    if (t != null) {
      long now = System.nanoTime();
      synchronized (t.phases) {
        t.phases.add(new Phase(name, (startNanos - t.t0) / 1e6, (now - startNanos) / 1e6));
      }
    }
  }

  /**
   * Records a moment (a phase of no duration).
   *
   * @param name what happened ("first request")
   */
  public static void moment(String name) {
    phase(name, System.nanoTime());
  }

  /**
   * A line per phase: {@code +1234 ms pacts read (56 ms)}.
   *
   * @param phases as {@link #stop()} returns them
   * @return one line each
   */
  public static List<String> lines(List<Phase> phases) {
    List<String> out = new ArrayList<>();
    for (Phase p : phases) {
      out.add(
          String.format(
              Locale.ROOT,
              "%+7.0f ms  %s%s",
              p.startMillis(),
              p.name(),
              p.durationMillis() >= 0.5
                  ? String.format(Locale.ROOT, " (%.0f ms)", p.durationMillis())
                  : ""));
    }
    return out;
  }
}
