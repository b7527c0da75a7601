package io.pactcontainers.report;

import io.pactcontainers.model.ProviderState;
import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.Progress;
import io.pactcontainers.verify.Reproduction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a person reads in the terminal as a run goes: one line per interaction (verdict, consumer,
 * description, states, time, and {@code [120/1000]} once a run takes longer than {@link
 * #PROGRESS_AFTER}), its V4 comments under it, and for one that did not pass its mismatches with a
 * diff of the bodies, the curl commands that send it again and the provider's log lines written
 * while it ran. The Maven plugin prints these lines; a Gradle plugin or a CLI would too.
 */
public final class ConsoleReport {
  /** Runs shorter than this show no progress count: they are over before anyone reads it. */
  public static final Duration PROGRESS_AFTER = Duration.ofSeconds(2);

  /** How important a line is: the plugin maps it onto its log's levels. */
  public enum Level {
    /** An ordinary line. */
    INFO,
    /** Something to look at. */
    WARN,
    /** A failure or error. */
    ERROR
  }

  /**
   * One console line.
   *
   * @param level how important it is
   * @param text the text, colour codes included when colour is on
   */
  public record Line(Level level, String text) {}

  private static final String GREEN = "\u001b[32m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String BOLD = "\u001b[1m";
  private static final String GREY = "\u001b[90m";
  private static final String RESET = "\u001b[0m";

  private final boolean colour;
  private final boolean fullDiff;
  private final Reproduction reproduction;

  /**
   * @param colour ANSI colours, for an interactive terminal only
   * @param fullDiff whole bodies diffed under a body mismatch, not only the differing part
   */
  public ConsoleReport(boolean colour, boolean fullDiff) {
    this(colour, fullDiff, Reproduction.NONE);
  }

  /**
   * @param colour ANSI colours, for an interactive terminal only
   * @param fullDiff whole bodies diffed under a body mismatch, not only the differing part
   * @param reproduction how the provider was started, which headers are secrets and the run's
   *     secrets: under a failure, the commands start the provider again and send the calls to it;
   *     every line has the secrets masked
   */
  public ConsoleReport(boolean colour, boolean fullDiff, Reproduction reproduction) {
    this.colour = colour;
    this.fullDiff = fullDiff;
    this.reproduction = java.util.Objects.requireNonNull(reproduction, "reproduction");
  }

  /**
   * The lines for one verified interaction of {@code consumer}'s pact: its verdict, and for a
   * failure or error its mismatches, diff, curl commands and the provider's log.
   *
   * @param consumer the pact's consumer
   * @param result the interaction's result
   * @param progress how far the run is (a count is shown once the run is over 2 s old)
   * @return the lines, in order
   */
  public List<Line> interaction(String consumer, InteractionResult result, Progress progress) {
    List<Line> out = new ArrayList<>();
    Level level = result.passed() || result.pending() ? Level.INFO : Level.ERROR;
    String count =
        progress.elapsed().compareTo(PROGRESS_AFTER) > 0
            ? "[" + progress.done() + "/" + progress.total() + "] "
            : "";
    out.add(
        new Line(
            level,
            "  "
                + verdict(result)
                + count
                + consumer
                + " "
                + result.interaction().label()
                + given(result.interaction().providerStates())
                + " ("
                + result.duration().toMillis()
                + " ms)"));
    result.interaction().comments().forEach(c -> out.add(new Line(Level.INFO, "      " + c)));
    if (!result.passed() && !notSent(result)) {
      // An interaction not sent has nothing to show: why the run stopped was said when it did.
      details(result).forEach(d -> out.add(new Line(level, d)));
    }
    return masked(out);
  }

  /**
   * The lines with the run's secrets masked: a provider may echo a token into its answer or its
   * log, and a front end shows these lines as they are.
   */
  private List<Line> masked(List<Line> lines) {
    if (reproduction.secrets().isEmpty()) {
      return lines;
    }
    return lines.stream()
        .map(l -> new Line(l.level(), reproduction.secrets().mask(l.text())))
        .toList();
  }

  /**
   * What is shown under an interaction that did not pass: its mismatches (with diffs) or error, the
   * commands that reproduce it and the provider's log while it ran; a front end's failure message.
   *
   * @param result the interaction's result
   * @return the lines, indented
   */
  public List<String> details(InteractionResult result) {
    List<String> out = new ArrayList<>();
    if (result instanceof InteractionResult.Failed f) {
      String category = null;
      for (ShownMismatch m : ShownMismatch.of(f.mismatches())) {
        if (!m.category().equals(category)) {
          category = m.category();
          out.add("    " + category + ":");
        }
        out.add("      - " + m.line());
        if (!fullDiff) {
          m.diff().forEach(d -> out.add("          " + paint(d)));
        }
      }
      if (fullDiff) {
        List<DiffLine> diff = BodyDiff.full(result);
        if (!diff.isEmpty()) {
          out.add("    Whole body, expected (-) against actual (+):");
          diff.forEach(d -> out.add("      " + paint(d)));
        }
      }
    } else if (result instanceof InteractionResult.Errored e) {
      out.add("    Error: " + e.error());
    }
    List<String> curl = Curl.commands(result.evidence(), reproduction);
    if (!curl.isEmpty()) {
      out.add("    " + reproductionHeading(result.evidence(), reproduction));
      curl.forEach(c -> out.add("      " + c));
    }
    List<String> log = result.evidence().providerLog();
    if (!log.isEmpty()) {
      out.add(
          "    The provider's log while it ran"
              + (log.stream().anyMatch(l -> l.startsWith("... ("))
                  ? " (an excerpt; all of it in target/pact/logs)"
                  : "")
              + ":");
      log.forEach(l -> out.add("      | " + l));
    }
    return reproduction.secrets().isEmpty()
        ? out
        : out.stream().map(reproduction.secrets()::mask).toList();
  }

  static boolean notSent(InteractionResult result) {
    return result instanceof InteractionResult.Errored e && e.notSent();
  }

  /** What the commands under a failure do, in the words that head them. */
  static String reproductionHeading(
      io.pactcontainers.verify.Evidence evidence, Reproduction reproduction) {
    boolean states = !evidence.stateSetup().isEmpty();
    // A message Java code produced has no request to send: only the state set-up is sent.
    String what =
        evidence.messageProducedBy().isPresent()
            ? "the state set-up"
            : states ? "the state set-up and the request" : "the request";
    if (reproduction.target().isPresent() && evidence.provider().isPresent()) {
      // A provider the verifier did not start (a URL) cannot be started again from here: it is
      // the user's, and it may be gone (a test's server stops with the test).
      return reproduction.target().get() instanceof io.pactcontainers.provider.RunningProvider
          ? "To reproduce it (bash): with the provider serving again at the address below (it"
              + " was not started by the verifier), send "
              + what
              + ":"
          : "To reproduce it (bash): start the provider as the verifier did, then send "
              + what
              + ":";
    }
    return evidence.messageProducedBy().isPresent()
        ? "To send the state set-up again:"
        : states ? "To send it again (the state set-up, then the request):" : "To send it again:";
  }

  private String verdict(InteractionResult result) {
    if (result.passed()) {
      return paint(GREEN, "OK      ");
    }
    String word =
        result instanceof InteractionResult.Failed
            ? "FAILED  "
            : notSent(result) ? "NOT SENT " : "ERROR   ";
    return result.pending()
        ? paint(YELLOW, word) + "(pending, not counted) "
        : paint(RED + BOLD, word);
  }

  private String paint(DiffLine line) {
    String text = line.text();
    if (line.byRule()) {
      // A line that differs without being wrong (a value a matching rule accepted, a key the pact
      // does not have, a comma that moved): shown for context, not as a difference. Without colour
      // (a CI log) the words say it, or it would read as a mismatch; not "accepted by a matching
      // rule", which only the first of the three is.
      return colour ? paint(GREY, text) : text + "   (not a mismatch)";
    }
    if (text.startsWith("-")) {
      return paint(RED, text);
    }
    if (text.startsWith("+")) {
      return paint(GREEN, text);
    }
    return text;
  }

  private String paint(String code, String text) {
    return colour ? code + text + RESET : text;
  }

  static String given(List<ProviderState> states) {
    return states.isEmpty()
        ? ""
        : " given "
            + states.stream().map(s -> "\"" + s.name() + "\"").collect(Collectors.joining(" and "));
  }
}
