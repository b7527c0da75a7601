package io.pactcontainers.broker;

import java.util.Map;
import java.util.Objects;

/**
 * Which version of a pacticipant describe-version describes: one by its number, the latest, the
 * latest with a tag (the Pact Broker CLI's {@code --latest TAG}) or the latest of a branch (ours:
 * the Broker CLI has no way to ask it).
 */
public sealed interface VersionQuery {

  /**
   * In the words of a message: "version 1.4.2 of pacticipant grill-chef", "version of pacticipant
   * grill-chef tagged prod"...
   *
   * @param pacticipant the pacticipant's name
   * @return the words
   */
  String of(String pacticipant);

  /**
   * A version by its number.
   *
   * @param number the version number
   */
  record Number(String number) implements VersionQuery {
    /**
     * @param number the version number
     */
    public Number {
      Objects.requireNonNull(number, "number");
    }

    @Override
    public String of(String pacticipant) {
      return "version " + number + " of pacticipant " + pacticipant;
    }
  }

  /** The latest version (the one created last). */
  record Latest() implements VersionQuery {
    @Override
    public String of(String pacticipant) {
      return "version of pacticipant " + pacticipant;
    }
  }

  /**
   * The latest version with a tag.
   *
   * @param tag the tag
   */
  record LatestWithTag(String tag) implements VersionQuery {
    /**
     * @param tag the tag
     */
    public LatestWithTag {
      Objects.requireNonNull(tag, "tag");
    }

    @Override
    public String of(String pacticipant) {
      return "version of pacticipant " + pacticipant + " tagged " + tag;
    }
  }

  /**
   * The latest version of a branch.
   *
   * @param branch the branch
   */
  record LatestOfBranch(String branch) implements VersionQuery {
    /**
     * @param branch the branch
     */
    public LatestOfBranch {
      Objects.requireNonNull(branch, "branch");
    }

    @Override
    public String of(String pacticipant) {
      return "version of pacticipant " + pacticipant + " on branch " + branch;
    }
  }

  /**
   * The index relation and its parameters that lead to the version (a branch's: two steps).
   *
   * @param pacticipant the pacticipant's name
   * @return the relation and its template's parameters
   */
  default Map.Entry<String, Map<String, String>> relation(String pacticipant) {
    if (this instanceof Number n) {
      return Map.entry(
          "pb:pacticipant-version", Map.of("pacticipant", pacticipant, "version", n.number()));
    }
    if (this instanceof LatestWithTag t) {
      return Map.entry(
          "pb:latest-tagged-version", Map.of("pacticipant", pacticipant, "tag", t.tag()));
    }
    if (this instanceof LatestOfBranch b) {
      return Map.entry(
          "pb:pacticipant-branch", Map.of("pacticipant", pacticipant, "branch", b.branch()));
    }
    return Map.entry("pb:latest-version", Map.of("pacticipant", pacticipant));
  }
}
