package io.pactcontainers.verify;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the run's filters left out: a run that left out anything is partial, and every output that
 * shows its result says so (a filtered run must never look like a whole verification).
 *
 * @param available the interactions of the pacts found for the provider, before any filter
 * @param leftOut per filter that was set, how many interactions it left out
 */
public record Filtering(int available, List<Filtering.LeftOut> leftOut) {
  /** No filter set. */
  public static final Filtering NONE = new Filtering(0, List.of());

  /**
   * Checks the components.
   *
   * @param available the interactions of the pacts found for the provider, before any filter
   * @param leftOut per filter that was set, how many interactions it left out
   */
  public Filtering {
    leftOut = List.copyOf(leftOut);
  }

  /**
   * One filter and what it left out. An interaction several filters would leave out counts for the
   * first: consumers, then description, then provider state.
   *
   * @param setting the filter as the front end names it ({@code <interactionDescription>})
   * @param pattern what it was set to
   * @param interactions how many interactions it left out
   */
  public record LeftOut(String setting, String pattern, int interactions) {
    /**
     * Checks the components.
     *
     * @param setting the filter as the front end names it
     * @param pattern what it was set to
     * @param interactions how many interactions it left out
     */
    public LeftOut {
      java.util.Objects.requireNonNull(setting, "setting");
      java.util.Objects.requireNonNull(pattern, "pattern");
    }

    /**
     * The filter in words: {@code <interactionDescription> ^(?!.*no auth token)}.
     *
     * @return the setting and its value
     */
    public String filter() {
      return setting + " " + pattern;
    }
  }

  /**
   * Whether a filter left anything out: the run verified part of the pacts only.
   *
   * @return true when at least one interaction was left out
   */
  public boolean partial() {
    return leftOutCount() > 0;
  }

  /**
   * How many interactions the filters left out.
   *
   * @return the sum over the filters
   */
  public int leftOutCount() {
    return leftOut.stream().mapToInt(LeftOut::interactions).sum();
  }

  /**
   * What was left out, in one phrase: "2 of 7 interactions left out by {@code
   * <interactionDescription> ^(?!.*no auth token)}".
   *
   * @return the phrase; empty when nothing was left out
   */
  public String describe() {
    if (!partial()) {
      return "";
    }
    return leftOutCount()
        + " of "
        + available
        + " interaction"
        + (available == 1 ? "" : "s")
        + leftOutPhrase().substring(String.valueOf(leftOutCount()).length());
  }

  /**
   * What was left out, without the total: "2 left out by {@code <interactionDescription> ^a}", or
   * "3 left out: 2 by ..., 1 by ...".
   *
   * @return the phrase; empty when nothing was left out
   */
  public String leftOutPhrase() {
    List<LeftOut> effective = leftOut.stream().filter(l -> l.interactions() > 0).toList();
    if (effective.isEmpty()) {
      return "";
    }
    if (effective.size() == 1) {
      return leftOutCount() + " left out by " + effective.get(0).filter();
    }
    return leftOutCount()
        + " left out: "
        + effective.stream()
            .map(l -> l.interactions() + " by " + l.filter())
            .collect(Collectors.joining(", "));
  }
}
