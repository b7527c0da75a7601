package io.pactcontainers.model;

import io.pactcontainers.PactContainersException;

/**
 * A pact nested deeper than the JSON parser reads: not larger than the size limit, and not read by
 * raising it.
 */
public final class JsonDepthException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  /** The deepest nesting read. */
  private final int maxDepth;

  JsonDepthException(String location, int maxDepth, Throwable cause) {
    super(
        "The pact "
            + location
            + " is nested deeper than "
            + maxDepth
            + " levels, the most the JSON parser reads; check what wrote it (no consumer test"
            + " nests a pact this deep)",
        cause);
    this.maxDepth = maxDepth;
  }

  /**
   * The deepest nesting read.
   *
   * @return levels of arrays and objects
   */
  public int maxDepth() {
    return maxDepth;
  }
}
